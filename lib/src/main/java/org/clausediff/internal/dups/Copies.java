package org.clausediff.internal.dups;

import java.util.Arrays;
import java.util.OptionalInt;
import org.clausediff.dups.LabelReason;

/**
 * Copies of earlier text, {@code [start, start + length)} of {@code [source, …)}, in order: the
 * factorization {@link ExactRepeatFinder} builds. Not thread-safe; lives inside one call.
 */
final class Copies {
  private int size;
  private int[] start = new int[16];
  private int[] length = new int[16];
  private int[] source = new int[16];
  private LabelReason[] reason = new LabelReason[16];

  void add(int copyStart, int copyLength, int copySource, LabelReason copyReason) {
    if (size == start.length) {
      start = Arrays.copyOf(start, size * 2);
      length = Arrays.copyOf(length, size * 2);
      source = Arrays.copyOf(source, size * 2);
      reason = Arrays.copyOf(reason, size * 2);
    }
    if (size > 0 && copyStart < end(size - 1)) {
      throw new AssertionError("copies out of order at " + copyStart);
    }
    start[size] = copyStart;
    length[size] = copyLength;
    source[size] = copySource;
    reason[size] = copyReason;
    size++;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return start[i];
  }

  int length(int i) {
    return length[i];
  }

  int end(int i) {
    return start[i] + length[i];
  }

  int source(int i) {
    return source[i];
  }

  /** The reason for the label, judged where the copy is (its source may be cut differently). */
  LabelReason reason(int i) {
    return reason[i];
  }

  /** The copy that contains {@code [from, from + len)} entirely, if one does. */
  OptionalInt containing(int from, int len) {
    int found = Arrays.binarySearch(start, 0, size, from);
    int k = found >= 0 ? found : -found - 2;
    return k >= 0 && from + len <= end(k) ? OptionalInt.of(k) : OptionalInt.empty();
  }

  /**
   * Moves {@code source} out of earlier copies: while {@code [source, source + length)} lies inside
   * one copy, it is replaced by the same offset in that copy's source.
   */
  static int redirect(int source, int length, Copies first, Copies second) {
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Copies copies : new Copies[] {first, second}) {
        OptionalInt k = copies.containing(source, length);
        if (k.isPresent()) {
          source = copies.source(k.getAsInt()) + (source - copies.start(k.getAsInt()));
          moved = true;
        }
      }
    }
    return source;
  }
}
