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
 *
 * <p>A text that lost its line breaks (a flattened web copy) keeps the indentation of its
 * paragraphs: two or more ideographic spaces ({@code U+3000}) right after at least {@value
 * #MIN_TEXT_BEFORE_INDENT} other characters, as in {@code 二、提升政府服务效能　　深入推进…}. A paragraph starts
 * after such a run. Letter-spaced words ({@code 总　　则}, {@code 目　　录}) have one character before the
 * run and are left alone.
 */
final class Paragraphs {
  private Paragraphs() {}

  private static final int MIN_WRAPPED_LATIN_LINE = 40;
  private static final int MIN_WRAPPED_CJK_LINE = 30;
  private static final int MIN_TEXT_BEFORE_INDENT = 3;

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
    return splitAtLostIndents(cps, paragraphs);
  }

  /** Cuts paragraphs where a lost line break left its indentation inside a line. */
  private static List<Span> splitAtLostIndents(int[] cps, List<Span> paragraphs) {
    List<Span> out = new ArrayList<>(paragraphs.size());
    for (Span paragraph : paragraphs) {
      int start = paragraph.start();
      int text = 0;
      for (int k = paragraph.start(); k < paragraph.end(); k++) {
        if (cps[k] == 0x3000 && k + 1 < paragraph.end() && cps[k + 1] == 0x3000) {
          int runEnd = k;
          while (runEnd < paragraph.end() && cps[runEnd] == 0x3000) {
            runEnd++;
          }
          if (text >= MIN_TEXT_BEFORE_INDENT
              && runEnd < paragraph.end()
              && !CodePoints.isWhitespace(cps[runEnd])) {
            out.add(Span.of(start, k));
            start = runEnd;
          }
          text = 0;
          k = runEnd - 1;
        } else if (CodePoints.isWhitespace(cps[k])) {
          text = 0;
        } else {
          text++;
        }
      }
      out.add(Span.of(start, paragraph.end()));
    }
    return out;
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
