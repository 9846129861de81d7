package org.clausediff.internal.segment;

import java.util.ArrayList;
import java.util.List;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.Span;

/**
 * Finds paragraphs: non-empty lines, joined when a line break is only a soft wrap inside a
 * sentence.
 *
 * <p>A line continues the previous one when the previous line does not end a sentence or a heading
 * (no terminator, closing bracket or colon at its end), the line is not indented and does not start
 * with a heading label, and the wrap looks like one: in Latin text the line starts with a lowercase
 * letter or digit, or the previous line is at least 40 code points long; in CJK text the previous
 * line is at least 30 code points long and both sides of the break are wide characters. Short
 * unterminated lines, such as titles, stay paragraphs of their own.
 */
final class Paragraphs {
  private Paragraphs() {}

  private static final int MIN_WRAPPED_LATIN_LINE = 40;
  private static final int MIN_WRAPPED_CJK_LINE = 30;

  /** The paragraphs of {@code cps}, trimmed of white space, in order. */
  static List<Span> find(int[] cps) {
    List<Span> paragraphs = new ArrayList<>();
    int paragraphStart = -1;
    int paragraphEnd = -1;
    int previousLineLength = 0;
    int lineStart = 0;
    while (lineStart <= cps.length) {
      int lineEnd = lineStart;
      while (lineEnd < cps.length && !CodePoints.isLineTerminator(cps[lineEnd])) {
        lineEnd++;
      }
      int contentStart = lineStart;
      while (contentStart < lineEnd && CodePoints.isWhitespace(cps[contentStart])) {
        contentStart++;
      }
      int contentEnd = lineEnd;
      while (contentEnd > contentStart && CodePoints.isWhitespace(cps[contentEnd - 1])) {
        contentEnd--;
      }
      if (contentStart == contentEnd) {
        if (paragraphStart >= 0) {
          paragraphs.add(Span.of(paragraphStart, paragraphEnd));
          paragraphStart = -1;
        }
      } else {
        boolean indented = contentStart > lineStart;
        if (paragraphStart >= 0
            && continues(
                cps, paragraphEnd, previousLineLength, contentStart, contentEnd, indented)) {
          paragraphEnd = contentEnd;
        } else {
          if (paragraphStart >= 0) {
            paragraphs.add(Span.of(paragraphStart, paragraphEnd));
          }
          paragraphStart = contentStart;
          paragraphEnd = contentEnd;
        }
        previousLineLength = contentEnd - contentStart;
      }
      lineStart = lineEnd + terminatorLength(cps, lineEnd);
      if (lineEnd == cps.length) {
        break;
      }
    }
    if (paragraphStart >= 0) {
      paragraphs.add(Span.of(paragraphStart, paragraphEnd));
    }
    return paragraphs;
  }

  private static int terminatorLength(int[] cps, int at) {
    if (at >= cps.length) {
      return 1;
    }
    return cps[at] == '\r' && at + 1 < cps.length && cps[at + 1] == '\n' ? 2 : 1;
  }

  private static boolean continues(
      int[] cps,
      int previousEnd,
      int previousLength,
      int lineStart,
      int lineEnd,
      boolean indented) {
    int last = cps[previousEnd - 1];
    int first = cps[lineStart];
    if (indented
        || Punctuation.isTerminatorChar(last)
        || Punctuation.isCloser(last)
        || last == ':'
        || last == '：'
        || LabelMatcher.match(cps, lineStart, lineEnd).isPresent()) {
      return false;
    }
    if (CodePoints.isWide(last) && CodePoints.isWide(first)) {
      return previousLength >= MIN_WRAPPED_CJK_LINE;
    }
    if (CodePoints.isWide(last) || CodePoints.isWide(first)) {
      return false;
    }
    return Character.isLowerCase(first)
        || Character.isDigit(first)
        || previousLength >= MIN_WRAPPED_LATIN_LINE;
  }
}
