/**
 * Duplicate detection inside one document: takes a segmented {@link
 * org.clausediff.segment.Document} and its {@link org.clausediff.text.normalize.NormalizedText},
 * gives a {@link org.clausediff.dups.DuplicateReport}.
 *
 * <p>Exact repeats come from a {@link org.clausediff.dups.SuffixArray} over the normalized code
 * points; near repeats from MinHash signatures of sentence shingles, bucketed by locality-sensitive
 * hashing. Each repeated passage ({@link org.clausediff.dups.DuplicatePassage}) is labelled
 * DUPLICATION or BOILERPLATE and carries its occurrences as source spans. The main types are {@link
 * org.clausediff.dups.DuplicateDetector}, {@link org.clausediff.dups.DuplicateOptions} and {@link
 * org.clausediff.dups.DuplicateReport}; {@link org.clausediff.dups.RepeatIndex} and {@link
 * org.clausediff.dups.SentenceSketches} are the two halves of the input a caller may build on two
 * threads. This package uses only {@code text}, {@code text.normalize}, {@code segment} and {@code
 * internal}.
 */
package org.clausediff.dups;
