/**
 * The similarity stage: comparison keys of units and the named measures that score them.
 *
 * <p>Takes a segmented {@link org.clausediff.segment.Document} with its {@link
 * org.clausediff.text.normalize.NormalizedText} and gives {@link
 * org.clausediff.similarity.UnitKeys}: for each unit of one level (sentences by default) its
 * comparison key — the normalized text of the unit without its heading label, as diff tokens (a CJK
 * character, a Latin word or number, or one other character) and as a {@link
 * org.clausediff.similarity.ShingleSet} of token bigrams. The measures ({@link
 * org.clausediff.similarity.Measure}) score pairs of keys in {@code [0, 1]}; {@link
 * org.clausediff.similarity.Similarity} carries a score with the name of its measure and its parts.
 * {@link org.clausediff.similarity.Lcs} computes the longest common subsequence of two token
 * sequences bit-parallel, and {@link org.clausediff.similarity.WeightedShingles} the TF-IDF cosine
 * of larger units.
 *
 * <p>Every type is immutable and thread-safe, or a stateless function.
 */
package org.clausediff.internal.similarity;
