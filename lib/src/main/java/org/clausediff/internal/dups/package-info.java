/**
 * Engine — duplicate detection inside one document: takes a segmented {@link
 * org.clausediff.segment.Document} and its {@link
 * org.clausediff.internal.normalize.NormalizedText}, gives a {@link
 * org.clausediff.dups.DuplicateReport}.
 *
 * <p>Exact repeats come from a {@link org.clausediff.internal.dups.SuffixArray} over the normalized
 * code points; near repeats from MinHash signatures of sentence shingles, bucketed by
 * locality-sensitive hashing. {@link org.clausediff.internal.dups.DuplicateDetector} does the work;
 * {@link org.clausediff.internal.dups.RepeatIndex} and {@link
 * org.clausediff.internal.dups.SentenceSketches} are the two halves of its input, which the
 * pipeline builds side by side: the sentences are located first ({@link
 * org.clausediff.internal.dups.LocatedSentences}), so that the exact repeats ({@link
 * org.clausediff.internal.dups.ExactRepeats}) are found while the sketches are made in parts. Not
 * exported.
 */
package org.clausediff.internal.dups;
