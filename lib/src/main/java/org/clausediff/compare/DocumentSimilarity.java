package org.clausediff.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How similar two documents are as a whole.
 *
 * @param value the similarity under {@code measure}, in {@code [0, 1]}
 * @param measure {@link Measure#ALIGNED_EDIT}
 * @param leftCoverage the share of the left document's key tokens that lie in links
 * @param rightCoverage the share of the right document's key tokens that lie in links
 * @param inPlace the share of linked key tokens (both sides) in links that did not move
 */
public record DocumentSimilarity(
    double value, Measure measure, double leftCoverage, double rightCoverage, double inPlace) {

  /** Validates the scores. */
  public DocumentSimilarity {
    checkNotNull(measure, "measure");
    for (double share : new double[] {value, leftCoverage, rightCoverage, inPlace}) {
      checkArgument(share >= 0 && share <= 1, "a share must be in [0, 1] but was %s", share);
    }
  }
}
