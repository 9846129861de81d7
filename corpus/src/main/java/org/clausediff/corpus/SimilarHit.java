package org.clausediff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A document of the corpus found by {@link Corpus#similar}, with how much it resembles the query.
 *
 * @param path the indexed file
 * @param sha256 the SHA-256 of its decoded text
 * @param length its length in code points
 * @param similarity the document similarity of the query and this document as {@code compare}
 *     computes it ({@link org.clausediff.compare.Measure#ALIGNED_EDIT}), in {@code [0, 1]}
 * @param coverage the share of the query's units (sentences) that {@code compare} links to a unit
 *     of this document
 * @param estimate the similarity estimated from the fingerprints before verification ({@link
 *     org.clausediff.fingerprint.DocumentMatch#similarity()})
 * @param exactUnits the number of the query's units whose key occurs verbatim in this document
 */
public record SimilarHit(
    String path,
    String sha256,
    int length,
    double similarity,
    double coverage,
    double estimate,
    int exactUnits) {

  /** Validates the fields. */
  public SimilarHit {
    checkNotNull(path, "path");
    checkNotNull(sha256, "sha256");
    for (double share : new double[] {similarity, coverage, estimate}) {
      checkArgument(share >= 0 && share <= 1, "a share must be in [0, 1] but was %s", share);
    }
    checkArgument(length >= 0 && exactUnits >= 0, "negative length or count");
  }

  /** The name of the measure of {@link #similarity()}: {@code aligned-edit}. */
  public String measure() {
    return org.clausediff.compare.Measure.ALIGNED_EDIT.id();
  }
}
