package org.clausediff.internal.align;

import java.util.ArrayList;
import java.util.List;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.UnitKeys;

/**
 * The heaviest order-preserving matching between the units of two gaps ({@link GapFiller}), chosen
 * so that the matching of the swapped gaps is its mirror image. {@code O(n m)} for gaps of {@code
 * n} and {@code m} units.
 */
final class OrderedMatching {
  private OrderedMatching() {}

  /**
   * The pairs {@code (ps[i], qs[j])} of an order-preserving matching among pairs scoring at least
   * {@code min}; by dynamic programming over the two gaps. The matching maximizes, in this order:
   * the sum of the scores (in millionths, so that sums are exact whichever way they are added);
   * minus the sum of {@code i + j} (earlier pairs first); the sum of {@code i·h(ps[i]) +
   * j·h(qs[j])} with {@code h} a 20-bit hash of a unit's key. Each criterion gives a pair the value
   * of its mirror image {@code (qs[j], ps[i])}, so the matching of the swapped gaps is the mirror
   * of this one, unless two different matchings agree on all three (repeated keys in crossing
   * places).
   */
  static List<int[]> heaviest(
      UnitKeys left,
      UnitKeys right,
      List<Integer> ps,
      List<Integer> qs,
      KeyScorer scorer,
      double min) {
    int n = ps.size();
    int m = qs.size();
    long[][] weight = new long[n][m];
    long[][] hash = new long[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        int p = ps.get(i);
        int q = qs.get(j);
        double s = scorer.combined(p, p + 1, q, q + 1);
        weight[i][j] = s >= min ? Math.max(1, Math.round(s * 1_000_000)) : 0;
        hash[i][j] = i * (left.hash(p) >>> 44) + j * (right.hash(q) >>> 44);
      }
    }
    long[][][] best = new long[n + 1][m + 1][3];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        long[] value = better(best[i + 1][j], best[i][j + 1]) ? best[i + 1][j] : best[i][j + 1];
        if (weight[i][j] > 0) {
          long[] take = take(best[i + 1][j + 1], weight[i][j], i + j, hash[i][j]);
          value = better(take, value) ? take : value;
        }
        best[i][j] = value;
      }
    }
    List<int[]> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (weight[i][j] > 0
          && equal(best[i][j], take(best[i + 1][j + 1], weight[i][j], i + j, hash[i][j]))) {
        pairs.add(new int[] {ps.get(i), qs.get(j)});
        i++;
        j++;
      } else if (equal(best[i][j], best[i + 1][j])) {
        i++;
      } else {
        j++;
      }
    }
    return pairs;
  }

  private static long[] take(long[] rest, long weight, long place, long hash) {
    return new long[] {rest[0] + weight, rest[1] - place, rest[2] + hash};
  }

  private static boolean better(long[] a, long[] b) {
    for (int c = 0; c < 3; c++) {
      if (a[c] != b[c]) {
        return a[c] > b[c];
      }
    }
    return false;
  }

  private static boolean equal(long[] a, long[] b) {
    return a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
  }
}
