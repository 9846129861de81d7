package org.clausediff.text;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import org.clausediff.internal.text.CodePoints;

/**
 * The positions of a text of code points, for {@link SourceText}: where its lines start and where
 * its supplementary characters (two UTF-16 chars each) stand, so that a code point offset converts
 * to a UTF-16 index or a line and column, and a UTF-16 index back to a code point offset, by binary
 * search. Arguments are checked by {@link SourceText}. Immutable and thread-safe.
 */
final class TextPositions {
  /** Code point offsets at which lines start; the first is 0. */
  private final int[] lineStarts;

  /** Code point offsets of the supplementary characters, ascending. */
  private final int[] supplementaryOffsets;

  TextPositions(ImmutableIntArray codePoints) {
    this.lineStarts = lineStarts(codePoints);
    this.supplementaryOffsets = supplementaryOffsets(codePoints);
  }

  /** The UTF-16 index of code point offset {@code offset} (0 to length). */
  int charIndex(int offset) {
    if (supplementaryOffsets.length == 0) {
      return offset;
    }
    int before = Arrays.binarySearch(supplementaryOffsets, offset);
    return offset + (before >= 0 ? before : -before - 1);
  }

  /**
   * The code point offset of the UTF-16 index {@code charIndex}; the low half of a surrogate pair
   * maps to the pair's offset.
   */
  int codePointOffset(int charIndex) {
    if (supplementaryOffsets.length == 0) {
      return charIndex;
    }
    // The k-th supplementary character (0-based) starts at char index offset + k.
    int low = 0;
    int high = supplementaryOffsets.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (supplementaryOffsets[mid] + mid < charIndex) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    // low = number of supplementary characters starting before charIndex
    if (low > 0 && supplementaryOffsets[low - 1] + (low - 1) + 1 == charIndex) {
      return supplementaryOffsets[low - 1];
    }
    return charIndex - low;
  }

  /** The number of lines: line terminators plus one. */
  int lineCount() {
    return lineStarts.length;
  }

  /** The code point offset at which line {@code line} (from 1) starts. */
  int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** The line and column of code point offset {@code offset} (0 to length). */
  LineColumn lineColumn(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    return new LineColumn(line + 1, offset - lineStarts[line] + 1);
  }

  private static int[] lineStarts(ImmutableIntArray cps) {
    int count = 1;
    for (int i = 0; i < cps.length(); i++) {
      if (endsLine(cps, i)) {
        count++;
      }
    }
    int[] starts = new int[count];
    for (int i = 0, line = 1; i < cps.length(); i++) {
      if (endsLine(cps, i)) {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }

  private static boolean endsLine(ImmutableIntArray cps, int i) {
    int cp = cps.get(i);
    if (cp == '\r') {
      return i + 1 >= cps.length() || cps.get(i + 1) != '\n';
    }
    return CodePoints.isLineTerminator(cp);
  }

  private static int[] supplementaryOffsets(ImmutableIntArray cps) {
    int count = 0;
    for (int i = 0; i < cps.length(); i++) {
      if (cps.get(i) >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        count++;
      }
    }
    int[] offsets = new int[count];
    for (int i = 0, k = 0; k < count; i++) {
      if (cps.get(i) >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        offsets[k++] = i;
      }
    }
    return offsets;
  }
}
