package org.clausediff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The heaviest increasing subsequence is the one the plain Fenwick tree (boxed sort, one array per
 * field) finds, ties and all, and the anchors' displacement is the one a linear scan gives.
 */
class IncreasingSubsequenceProperties {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void heaviestIsThePlainFenwickChoice(long seed) {
    Random random = new Random(seed);
    int k = random.nextInt(60);
    int[] left = distinct(random, k);
    int[] right = distinct(random, k);
    long[] weights = new long[k];
    long[] tieBreaks = new long[k];
    for (int i = 0; i < k; i++) {
      weights[i] = 1 + random.nextInt(3); // few values: many ties
      tieBreaks[i] = random.nextInt(4) - 2;
    }
    assertThat(IncreasingSubsequence.heaviest(left, right, weights, tieBreaks))
        .isEqualTo(plainHeaviest(left, right, weights, tieBreaks));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void displacementIsTheLinearScanOne(long seed) {
    Random random = new Random(seed);
    int k = random.nextInt(20);
    int[] ls = increasing(random, k);
    int[] rs = increasing(random, k);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      pairs.add(new int[] {ls[i], rs[i]});
    }
    Anchors anchors = new Anchors(pairs);
    for (int p = 0; p < 40; p++) {
      for (int q = 0; q < 40; q++) {
        long expected = plainDistance(p, q, ls, rs) + plainDistance(q, p, rs, ls);
        assertThat(anchors.displacement(p, q)).as("%d → %d", p, q).isEqualTo(expected);
        assertThat(anchors.displacement(p, anchors.leftRank(p), q, anchors.rightRank(q)))
            .isEqualTo(expected);
      }
    }
  }

  private static int[] distinct(Random random, int k) {
    List<Integer> values = new ArrayList<>();
    for (int v = 0; v < 2 * k; v++) {
      values.add(v);
    }
    Collections.shuffle(values, random);
    return values.subList(0, k).stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] increasing(Random random, int k) {
    int[] values = new int[k];
    int at = random.nextInt(3);
    for (int i = 0; i < k; i++) {
      values[i] = at;
      at += 1 + random.nextInt(3);
    }
    return values;
  }

  /**
   * The smaller distance to where the nearest anchor before and the nearest after put {@code y}.
   */
  private static long plainDistance(int x, int y, int[] from, int[] to) {
    int after = 0;
    while (after < from.length && from[after] <= x) {
      after++;
    }
    long best = after == 0 ? Math.abs((long) x - y) : Long.MAX_VALUE;
    if (after > 0) {
      best = Math.min(best, Math.abs((long) to[after - 1] + (x - from[after - 1]) - y));
    }
    if (after < from.length) {
      best = Math.min(best, Math.abs((long) to[after] - (from[after] - x) - y));
    }
    return best;
  }

  /** The implementation before the tree's fields were put side by side. */
  private static boolean[] plainHeaviest(
      int[] left, int[] right, long[] weights, long[] tieBreaks) {
    int k = left.length;
    Integer[] byLeft = new Integer[k];
    for (int i = 0; i < k; i++) {
      byLeft[i] = i;
    }
    Arrays.sort(byLeft, (x, y) -> Integer.compare(left[x], left[y]));
    int[] sortedRight = right.clone();
    Arrays.sort(sortedRight);
    long[] treeValue = new long[k + 1];
    long[] treeTie = new long[k + 1];
    long[] treeHash = new long[k + 1];
    int[] treeIndex = new int[k + 1];
    Arrays.fill(treeIndex, -1);
    long[] best = new long[k];
    long[] bestTie = new long[k];
    long[] bestHash = new long[k];
    int[] previous = new int[k];
    for (int i : byLeft) {
      int rank = Arrays.binarySearch(sortedRight, right[i]) + 1;
      long value = 0;
      long tie = 0;
      long hash = 0;
      int from = -1;
      for (int r = rank - 1; r > 0; r -= r & -r) {
        if (treeIndex[r] >= 0
            && better(treeValue[r], treeTie[r], treeHash[r], value, tie, hash, from < 0)) {
          value = treeValue[r];
          tie = treeTie[r];
          hash = treeHash[r];
          from = treeIndex[r];
        }
      }
      best[i] = value + weights[i];
      bestTie[i] = tie - Math.abs((long) left[i] - right[i]);
      bestHash[i] = hash + tieBreaks[i];
      previous[i] = from;
      for (int r = rank; r <= k; r += r & -r) {
        if (treeIndex[r] < 0
            || better(
                best[i], bestTie[i], bestHash[i], treeValue[r], treeTie[r], treeHash[r], false)) {
          treeValue[r] = best[i];
          treeTie[r] = bestTie[i];
          treeHash[r] = bestHash[i];
          treeIndex[r] = i;
        }
      }
    }
    int end = -1;
    for (int i : byLeft) {
      if (end < 0
          || better(
              best[i], bestTie[i], bestHash[i], best[end], bestTie[end], bestHash[end], false)) {
        end = i;
      }
    }
    boolean[] on = new boolean[k];
    for (int i = end; i >= 0; i = previous[i]) {
      on[i] = true;
    }
    return on;
  }

  private static boolean better(
      long value,
      long tie,
      long hash,
      long otherValue,
      long otherTie,
      long otherHash,
      boolean none) {
    return none
        || value > otherValue
        || (value == otherValue && (tie > otherTie || (tie == otherTie && hash > otherHash)));
  }
}
