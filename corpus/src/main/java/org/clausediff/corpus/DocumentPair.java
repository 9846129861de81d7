package org.clausediff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Two documents that share REUSE passages, and how much.
 *
 * @param left the first document (the smaller path)
 * @param right the second document
 * @param sharedLength the code points of {@code left} in passages it shares with {@code right}
 * @param leftShare {@code sharedLength} over the length of {@code left}'s units
 * @param rightShare the code points of {@code right} in those passages over the length of its units
 */
public record DocumentPair(
    String left, String right, long sharedLength, double leftShare, double rightShare) {

  /** Validates the fields. */
  public DocumentPair {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkArgument(left.compareTo(right) < 0, "left %s must sort before right %s", left, right);
    checkArgument(sharedLength >= 0, "negative shared length");
    for (double share : new double[] {leftShare, rightShare}) {
      checkArgument(share >= 0 && share <= 1, "a share must be in [0, 1] but was %s", share);
    }
  }
}
