package org.clausediff.report;

import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/** Short one-line excerpts of source text for text reports. */
final class Snippets {
  private Snippets() {}

  /**
   * {@code text} made safe for a terminal line: line breaks shown as {@code ⏎}, control and
   * invisible (format, bidi) characters as {@code \\u{XXXX}}.
   */
  public static String printable(String text) {
    int[] all = text.codePoints().toArray();
    return excerpt(all, all.length, all.length, all.length);
  }

  /**
   * The first {@code maxCodePoints} code points of {@code span}, on one line: line breaks shown as
   * {@code ⏎}, other white space runs as one space, and {@code …} appended when cut.
   */
  public static String of(SourceText source, Span span, int maxCodePoints) {
    int end = (int) Math.min(span.end(), (long) span.start() + maxCodePoints);
    // One past the shown part, so that a \r\n cut between its halves still reads as one break.
    int[] shown = new int[Math.min(end + 1, span.end()) - span.start()];
    for (int k = 0; k < shown.length; k++) {
      shown[k] = source.codePointAt(span.start() + k);
    }
    return excerpt(shown, end - span.start(), span.length(), shown.length);
  }

  /**
   * The first {@code shownLength} of {@code codePoints} on one line; {@code available} code points
   * of them may be read (one past the shown ones, to see a {@code \r\n} whole), and {@code …} is
   * appended when the excerpt is shorter than {@code fullLength}.
   */
  private static String excerpt(int[] codePoints, int shownLength, int fullLength, int available) {
    StringBuilder out = new StringBuilder();
    boolean inSpace = false;
    for (int i = 0; i < shownLength; i++) {
      int cp = codePoints[i];
      if (CodePoints.isLineTerminator(cp)) {
        if (cp == '\r' && i + 1 < available && codePoints[i + 1] == '\n') {
          continue;
        }
        out.append('⏎');
        inSpace = false;
      } else if (CodePoints.isWhitespace(cp) && cp != 0x3000) {
        if (!inSpace) {
          out.append(' ');
        }
        inSpace = true;
      } else if (Character.getType(cp) == Character.CONTROL || CodePoints.isInvisible(cp)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u{%X}", cp));
        inSpace = false;
      } else {
        out.appendCodePoint(cp);
        inSpace = false;
      }
    }
    if (shownLength < fullLength) {
      out.append('…');
    }
    return out.toString();
  }
}
