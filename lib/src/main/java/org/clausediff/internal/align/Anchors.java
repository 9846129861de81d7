package org.clausediff.internal.align;

import java.util.List;

/**
 * Links known to be in order (unique identical keys on a heaviest increasing subsequence), used to
 * predict where a unit of one side should land on the other: at the same distance from the nearest
 * anchor before it, or after it. Breaks ties between equally good candidates in favour of the one
 * in place.
 */
final class Anchors {
  private final int[] left;
  private final int[] right;

  /**
   * @param anchors {@code {p, q}} pairs increasing in both coordinates
   */
  Anchors(List<int[]> anchors) {
    this.left = new int[anchors.size()];
    this.right = new int[anchors.size()];
    for (int i = 0; i < anchors.size(); i++) {
      left[i] = anchors.get(i)[0];
      right[i] = anchors.get(i)[1];
    }
  }

  /** Where left position {@code p} should land on the right. */
  int rightOf(int p) {
    return predict(p, left, right);
  }

  /** Where right position {@code q} should land on the left. */
  int leftOf(int q) {
    return predict(q, right, left);
  }

  /**
   * How far the link {@code p → q} is from where the anchors put it, seen from both sides: on each
   * side the smaller distance to the place predicted by the nearest anchor before and by the
   * nearest anchor after.
   */
  long displacement(int p, int q) {
    return displacement(p, leftRank(p), q, rightRank(q));
  }

  /**
   * {@link #displacement(int, int)} with the ranks of {@code p} and {@code q} known: for a caller
   * that weighs each position against several others.
   */
  long displacement(int p, int pRank, int q, int qRank) {
    return distance(p, pRank, q, left, right) + distance(q, qRank, p, right, left);
  }

  /** The number of anchors at or before left position {@code p}. */
  int leftRank(int p) {
    return firstAfter(p, left);
  }

  /** The number of anchors at or before right position {@code q}. */
  int rightRank(int q) {
    return firstAfter(q, right);
  }

  private static long distance(int x, int after, int y, int[] from, int[] to) {
    long best = after == 0 ? Math.abs((long) x - y) : Long.MAX_VALUE;
    if (after > 0) {
      best = Math.min(best, Math.abs((long) to[after - 1] + (x - from[after - 1]) - y));
    }
    if (after < from.length) {
      best = Math.min(best, Math.abs((long) to[after] - (from[after] - x) - y));
    }
    return best;
  }

  private static int predict(int x, int[] from, int[] to) {
    int after = firstAfter(x, from);
    return after == 0 ? x : to[after - 1] + (x - from[after - 1]);
  }

  /** The index of the first anchor whose coordinate in {@code from} is above {@code x}. */
  private static int firstAfter(int x, int[] from) {
    int low = 0;
    int high = from.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (from[mid] <= x) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
