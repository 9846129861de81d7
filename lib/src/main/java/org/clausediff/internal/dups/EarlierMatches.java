package org.clausediff.internal.dups;

/**
 * For each suffix of a set of suffixes given in rank order, the suffix that starts earlier in the
 * text and shares the longest prefix with it: the longest previous factor (Crochemore and Ilie
 * 2008), restricted to the given suffixes.
 *
 * <p>The best earlier suffix is the nearest one in rank order on either side that starts earlier
 * (the previous and next smaller values of the start positions), because the common prefix only
 * shrinks with distance in rank order. Both are found with one stack pass in each direction: linear
 * time.
 */
final class EarlierMatches {
  private EarlierMatches() {}

  /**
   * Computes, for each entry {@code i} in {@code [from, to)} of {@code starts} (suffix starts in
   * rank order, with {@code adjacentLcp[i]} the common prefix length of entries {@code i - 1} and
   * {@code i}), the start of the best earlier suffix within the range into {@code source[i - from]}
   * ({@code -1} if none) and the common prefix length into {@code length[i - from]}. Of two equally
   * long matches, the earlier start wins.
   */
  static void compute(
      int[] starts, int[] adjacentLcp, int from, int to, int[] source, int[] length) {
    int count = to - from;
    int[] stack = new int[count];
    int[] stackLcp = new int[count];
    // Previous smaller start in rank order.
    int top = -1;
    int current = 0;
    for (int i = from; i < to; i++) {
      if (top >= 0) {
        current = Math.min(current, adjacentLcp[i]);
      }
      while (top >= 0 && starts[stack[top]] > starts[i]) {
        current = Math.min(current, stackLcp[top]);
        top--;
      }
      if (top >= 0) {
        source[i - from] = starts[stack[top]];
        length[i - from] = current;
      } else {
        source[i - from] = -1;
        length[i - from] = 0;
      }
      top++;
      stack[top] = i;
      stackLcp[top] = current;
      current = Integer.MAX_VALUE;
    }
    // Next smaller start in rank order.
    top = -1;
    current = 0;
    for (int i = to - 1; i >= from; i--) {
      if (top >= 0) {
        current = Math.min(current, adjacentLcp[i + 1]);
      }
      while (top >= 0 && starts[stack[top]] > starts[i]) {
        current = Math.min(current, stackLcp[top]);
        top--;
      }
      if (top >= 0) {
        int candidate = starts[stack[top]];
        int at = i - from;
        if (current > length[at]
            || (current == length[at] && current > 0 && candidate < source[at])) {
          source[at] = candidate;
          length[at] = current;
        }
      }
      top++;
      stack[top] = i;
      stackLcp[top] = current;
      current = Integer.MAX_VALUE;
    }
  }
}
