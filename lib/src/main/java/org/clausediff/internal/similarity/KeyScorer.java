package org.clausediff.internal.similarity;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.clausediff.compare.Measure;
import org.clausediff.compare.Similarity;

/**
 * Scores runs of consecutive keyed units of two documents against each other with {@link
 * Measure#COMBINED} and its parts: {@link Measure#JACCARD}, {@link Measure#CONTAINMENT}, {@link
 * Measure#DICE} and {@link Measure#EDIT}. A run of several units is scored as their keys joined
 * (the union of their shingles, the concatenation of their tokens).
 *
 * <p>Cost: linear in the shingles for the set measures; {@code O(⌈m/64⌉ n)} for the edit similarity
 * of {@code m ≤ n} tokens. Above {@link Lcs#MAX_CELLS} ({@code m n > 2^26}) the edit similarity is
 * not computed and the Dice coefficient stands in for it. Immutable and thread-safe.
 */
public final class KeyScorer {
  private final UnitKeys left;
  private final UnitKeys right;

  private KeyScorer(UnitKeys left, UnitKeys right) {
    this.left = left;
    this.right = right;
  }

  /** A scorer of the units of {@code keys}. */
  public static KeyScorer of(UnitKeys.Pair keys) {
    checkNotNull(keys, "keys");
    return new KeyScorer(keys.left(), keys.right());
  }

  /** The similarity of the left positions {@code [lFrom, lTo)} and right {@code [rFrom, rTo)}. */
  public Similarity score(int lFrom, int lTo, int rFrom, int rTo) {
    ShingleSet a = shingles(left, lFrom, lTo);
    ShingleSet b = shingles(right, rFrom, rTo);
    int shared = a.intersectionSize(b);
    double dice = ShingleSet.dice(shared, a.size(), b.size());
    double edit = edit(dice, lFrom, lTo, rFrom, rTo);
    return new Similarity(
        Measure.COMBINED,
        (dice + edit) / 2,
        ImmutableMap.of(
            Measure.JACCARD,
            ShingleSet.jaccard(shared, a.size(), b.size()),
            Measure.CONTAINMENT,
            ShingleSet.containment(shared, a.size(), b.size()),
            Measure.DICE,
            dice,
            Measure.EDIT,
            edit));
  }

  /** Whether the joined keys of the two runs are identical. */
  public boolean identical(int lFrom, int lTo, int rFrom, int rTo) {
    if (lTo - lFrom == 1 && rTo - rFrom == 1) {
      return left.sameKey(lFrom, right, rFrom);
    }
    int aStart = left.keyStart(lFrom);
    int aEnd = left.keyEnd(lTo - 1);
    int bStart = right.keyStart(rFrom);
    int bEnd = right.keyEnd(rTo - 1);
    if (aEnd - aStart != bEnd - bStart) {
      return false;
    }
    for (int i = 0; i < aEnd - aStart; i++) {
      if (left.token(aStart + i) != right.token(bStart + i)) {
        return false;
      }
    }
    return true;
  }

  private static final Similarity IDENTICAL =
      Similarity.identical(
          Measure.COMBINED,
          List.of(Measure.JACCARD, Measure.CONTAINMENT, Measure.DICE, Measure.EDIT));

  /** The similarity of identical keys (one shared immutable value). */
  public static Similarity identicalScore() {
    return IDENTICAL;
  }

  /**
   * The {@link Measure#COMBINED} score of the runs, without its parts: the same number as {@code
   * score(…).value()}, for ranking candidates without building a {@link Similarity}.
   */
  public double combined(int lFrom, int lTo, int rFrom, int rTo) {
    ShingleSet a = shingles(left, lFrom, lTo);
    ShingleSet b = shingles(right, rFrom, rTo);
    double dice = ShingleSet.dice(a.intersectionSize(b), a.size(), b.size());
    return (dice + edit(dice, lFrom, lTo, rFrom, rTo)) / 2;
  }

  /**
   * {@link #combined} of the single units {@code p} (left) and {@code q} (right) whose shingle sets
   * share {@code shared} shingles: for a caller that counted them already.
   */
  public double combined(int p, int q, int shared) {
    double dice = ShingleSet.dice(shared, left.shingles(p).size(), right.shingles(q).size());
    return (dice + edit(dice, p, p + 1, q, q + 1)) / 2;
  }

  private double edit(double dice, int lFrom, int lTo, int rFrom, int rTo) {
    int aStart = left.keyStart(lFrom);
    int aEnd = left.keyEnd(lTo - 1);
    int bStart = right.keyStart(rFrom);
    int bEnd = right.keyEnd(rTo - 1);
    long cells = (long) (aEnd - aStart) * (bEnd - bStart);
    return cells <= Lcs.MAX_CELLS
        ? Lcs.similarity(
            Lcs.length(left, aStart, aEnd, right, bStart, bEnd), aEnd - aStart, bEnd - bStart)
        : dice;
  }

  private static ShingleSet shingles(UnitKeys keys, int from, int to) {
    if (to - from == 1) {
      return keys.shingles(from);
    }
    List<ShingleSet> sets = new ArrayList<>(to - from);
    for (int p = from; p < to; p++) {
      sets.add(keys.shingles(p));
    }
    return ShingleSet.union(sets);
  }
}
