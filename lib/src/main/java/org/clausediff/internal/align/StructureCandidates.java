package org.clausediff.internal.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The pairs of structural units worth scoring: when the two documents have at most {@value
 * #ALL_PAIRS} pairs of structural units, every pair; otherwise the pairs that contain the two ends
 * of a level link (those {@link PairSums} has summed).
 */
final class StructureCandidates {
  static final int ALL_PAIRS = 40_000;

  private StructureCandidates() {}

  /** A left and a right structural unit, by their index among each side's structural units. */
  record UnitPair(int left, int right) {}

  /**
   * The candidate pairs, in ascending order of left then right unit.
   *
   * @param leftUnits the number of structural units on the left
   * @param rightUnits the number on the right
   * @param shared the content the level links share, per pair of units
   */
  static List<UnitPair> of(int leftUnits, int rightUnits, PairSums shared) {
    List<UnitPair> pairs = new ArrayList<>();
    if ((long) leftUnits * rightUnits <= ALL_PAIRS) {
      for (int a = 0; a < leftUnits; a++) {
        for (int b = 0; b < rightUnits; b++) {
          pairs.add(new UnitPair(a, b));
        }
      }
    } else {
      for (long k : shared.sortedPairs()) {
        pairs.add(new UnitPair((int) (k >>> 32), (int) (k & 0xFFFFFFFFL)));
      }
    }
    return pairs;
  }
}
