package org.clausediff.internal.align;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.clausediff.compare.Similarity;

/**
 * A scored pair of structural units, or a group (several left units joined against one right unit,
 * or one against several), by their index among each side's structural units.
 *
 * @param lefts the left units, in document order
 * @param rights the right units, in document order
 * @param similarity their structural similarity
 * @param identical whether one unit and one unit with identical keys
 * @param length the summed length of all units, in key tokens
 * @param rank the sort key: the similarity, lowered for units of different kinds
 */
record StructureGroup(
    List<Integer> lefts,
    List<Integer> rights,
    Similarity similarity,
    boolean identical,
    long length,
    double rank) {

  /** Validates the group and copies its lists. */
  StructureGroup {
    lefts = List.copyOf(lefts);
    rights = List.copyOf(rights);
    checkArgument(!lefts.isEmpty() && !rights.isEmpty(), "a group has units on both sides");
    checkArgument(lefts.size() == 1 || rights.size() == 1, "a group is 1:1, 1:n or n:1");
  }

  /** The first left unit. */
  int left() {
    return lefts.get(0);
  }

  /** The first right unit. */
  int right() {
    return rights.get(0);
  }

  /**
   * The order proposals are taken in: by rank, best first (so an item prefers an item of the same
   * content over a sub-item inside it); then by position.
   */
  static int byPreference(StructureGroup a, StructureGroup b) {
    int byScore = Double.compare(b.rank, a.rank);
    if (byScore != 0) {
      return byScore;
    }
    int bySum = Integer.compare(a.left() + a.right(), b.left() + b.right());
    return bySum != 0 ? bySum : Integer.compare(a.left(), b.left());
  }
}
