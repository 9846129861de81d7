package org.clausediff.internal.align;

import java.util.Arrays;
import java.util.List;
import org.clausediff.internal.similarity.UnitKeys;

/**
 * The heaviest increasing subsequence of a set of links: the links that can stay in place while the
 * others count as moved. A longest increasing subsequence weighted by the links' sizes, so that one
 * long passage in place outweighs several short sentences.
 *
 * <p>Among subsequences of equal weight, the one whose links are displaced least ({@code Σ |left −
 * right|}) wins, and among those the one with the largest sum of the points' tie-breaks (a hash of
 * their content that is the same whichever document is left), so that the choice does not depend on
 * which document is left — two crossing links of equal weight, each the other's mirror image, would
 * otherwise go to whichever came first. {@code O(k log k)} for {@code k} links, with a Fenwick tree
 * of prefix maxima over the ranks of the right coordinates.
 */
final class IncreasingSubsequence {
  private static final int TREE_STRIDE = 4;

  private IncreasingSubsequence() {}

  /**
   * Which of {@code proposals} are in place: those on the heaviest increasing subsequence, each
   * weighed by its score times the length of its keys on both sides, ties broken by the sum of
   * their keys' hashes — both the same for a proposal and its mirror, so that swapping the
   * documents mirrors the choice. {@link ClauseAligner} marks the others as moved; {@link
   * GapFiller} fills the gaps between these.
   */
  static boolean[] ofProposals(UnitKeys left, UnitKeys right, List<Proposal> proposals) {
    int k = proposals.size();
    int[] ls = new int[k];
    int[] rs = new int[k];
    long[] weights = new long[k];
    long[] tieBreaks = new long[k];
    for (int i = 0; i < k; i++) {
      Proposal p = proposals.get(i);
      ls[i] = p.lFrom();
      rs[i] = p.rFrom();
      long length = 0;
      long hash = 0;
      for (int x = p.lFrom(); x < p.lTo(); x++) {
        length += left.keyLength(x);
        hash += left.hash(x);
      }
      for (int y = p.rFrom(); y < p.rTo(); y++) {
        length += right.keyLength(y);
        hash += right.hash(y);
      }
      weights[i] = 1 + Math.round(1000 * p.score() * length);
      tieBreaks[i] = hash;
    }
    return heaviest(ls, rs, weights, tieBreaks);
  }

  /**
   * Which of the points {@code (left[i], right[i])} lie on a heaviest subsequence increasing in
   * both coordinates. The left coordinates must be distinct, as must the right ones.
   *
   * @param weights the positive weight of each point
   */
  static boolean[] heaviest(int[] left, int[] right, long[] weights) {
    return heaviest(left, right, weights, new long[left.length]);
  }

  /**
   * Like {@link #heaviest(int[], int[], long[])}; among subsequences of equal weight and
   * displacement, the one whose {@code tieBreaks} sum highest wins.
   *
   * @param tieBreaks for each point, a value that does not depend on which side is left (a hash of
   *     the content of both sides, combined commutatively)
   */
  static boolean[] heaviest(int[] left, int[] right, long[] weights, long[] tieBreaks) {
    int k = left.length;
    // Sorted by left coordinate, then by index: the order of a stable sort by left coordinate.
    long[] byLeft = new long[k];
    for (int i = 0; i < k; i++) {
      byLeft[i] = ((long) left[i] << 32) | i;
    }
    Arrays.sort(byLeft);
    int[] sortedRight = right.clone();
    Arrays.sort(sortedRight);
    // The Fenwick tree's nodes side by side (value, tie, hash, index; index -1 for none): one
    // cache line per node visited.
    long[] tree = new long[TREE_STRIDE * (k + 1)];
    for (int r = 0; r <= k; r++) {
      tree[TREE_STRIDE * r + 3] = -1;
    }
    long[] best = new long[k];
    long[] bestTie = new long[k];
    long[] bestHash = new long[k];
    int[] previous = new int[k];
    for (long packed : byLeft) {
      int i = (int) packed;
      int rank = Arrays.binarySearch(sortedRight, right[i]) + 1;
      long value = 0;
      long tie = 0;
      long hash = 0;
      int from = -1;
      for (int r = rank - 1; r > 0; r -= r & -r) {
        int node = TREE_STRIDE * r;
        if (tree[node + 3] >= 0
            && better(tree[node], tree[node + 1], tree[node + 2], value, tie, hash, from < 0)) {
          value = tree[node];
          tie = tree[node + 1];
          hash = tree[node + 2];
          from = (int) tree[node + 3];
        }
      }
      best[i] = value + weights[i];
      bestTie[i] = tie - Math.abs((long) left[i] - right[i]);
      bestHash[i] = hash + tieBreaks[i];
      previous[i] = from;
      for (int r = rank; r <= k; r += r & -r) {
        int node = TREE_STRIDE * r;
        if (tree[node + 3] < 0
            || better(
                best[i],
                bestTie[i],
                bestHash[i],
                tree[node],
                tree[node + 1],
                tree[node + 2],
                false)) {
          tree[node] = best[i];
          tree[node + 1] = bestTie[i];
          tree[node + 2] = bestHash[i];
          tree[node + 3] = i;
        }
      }
    }
    int end = -1;
    for (long packed : byLeft) {
      int i = (int) packed;
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

  /**
   * Whether {@code (value, tie, hash)} beats {@code (otherValue, otherTie, otherHash)} in that
   * order; anything beats nothing. Hash sums may overflow: they only need to be the same whichever
   * side is left.
   */
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
