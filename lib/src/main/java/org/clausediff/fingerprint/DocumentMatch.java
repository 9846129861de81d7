package org.clausediff.fingerprint;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How much of one document (the query) another covers, estimated from their fingerprints.
 *
 * <p>Each unit is matched to its most similar unit of the other document: a unit with the same key
 * scores 1, any other pair its estimated {@link org.clausediff.compare.Measure#JACCARD} similarity
 * ({@link UnitFingerprint#estimate}), and a unit matches when its best score reaches the threshold.
 * Only pairs that share a key or a band key are scored (see {@link UnitFingerprint#bandKeys()}), so
 * a pair near the threshold may be missed. Units without key tokens take no part.
 *
 * <p>{@code similarity} is {@code Σ s(u)·|u| / Σ |u|} over the units {@code u} of both documents,
 * {@code s(u)} being the best score of a matching unit (0 for one that does not match) and {@code
 * |u|} its number of key tokens: the share of both documents' text that has a counterpart, weighed
 * by how alike the counterparts are. It is 1 for documents with the same keys, symmetric, and
 * approaches {@link org.clausediff.compare.Measure#ALIGNED_EDIT} of {@code compare} when units are
 * linked one to one.
 *
 * @param similarity the estimated matched share of both documents' text, in {@code [0, 1]}
 * @param coverage the share of the query's units that match a unit of the other document
 * @param otherCoverage the share of the other document's units that match a unit of the query
 * @param matchedUnits the number of the query's units that match
 * @param exactUnits the number of the query's units whose key occurs in the other document
 */
public record DocumentMatch(
    double similarity, double coverage, double otherCoverage, int matchedUnits, int exactUnits) {

  /** Validates the shares and counts. */
  public DocumentMatch {
    for (double share : new double[] {similarity, coverage, otherCoverage}) {
      checkArgument(share >= 0 && share <= 1, "a share must be in [0, 1] but was %s", share);
    }
    checkArgument(
        0 <= exactUnits && exactUnits <= matchedUnits,
        "exactUnits %s must be in [0, matchedUnits %s]",
        exactUnits,
        matchedUnits);
  }
}
