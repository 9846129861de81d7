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

  private TextPositions(int[] lineStarts, int[] supplementaryOffsets) {
    this.lineStarts = lineStarts;
    this.supplementaryOffsets = supplementaryOffsets;
  }

  /**
   * Collects the positions of a text told its code points one by one, in order, as it is decoded:
   * no second pass over a long text.
   */
  static final class Builder {
    private final ImmutableIntArray.Builder lineStarts = ImmutableIntArray.builder().add(0);
    private final ImmutableIntArray.Builder supplementaryOffsets = ImmutableIntArray.builder();

    /**
     * Takes the code point {@code cp} at {@code offset}; {@code followedByLineFeed} says whether
     * the next one is a line feed (a carriage return before one ends no line: the pair does).
     */
    void add(int offset, int cp, boolean followedByLineFeed) {
      if (cp == '\r' ? !followedByLineFeed : CodePoints.isLineTerminator(cp)) {
        lineStarts.add(offset + 1);
      }
      if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        supplementaryOffsets.add(offset);
      }
    }

    TextPositions build() {
      return new TextPositions(
          lineStarts.build().toArray(), supplementaryOffsets.build().toArray());
    }
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
}
