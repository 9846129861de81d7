package org.clausediff.report;

import com.google.common.primitives.ImmutableIntArray;
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
    ImmutableIntArray.Builder codePoints = ImmutableIntArray.builder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      codePoints.add(cp);
      i += Character.charCount(cp);
    }
    ImmutableIntArray all = codePoints.build();
    return excerpt(all, 0, all.length(), Integer.MAX_VALUE);
  }

  /**
   * The first {@code maxCodePoints} code points of {@code span}, on one line: line breaks shown as
   * {@code ⏎}, other white space runs as one space, and {@code …} appended when cut.
   */
  public static String of(SourceText source, Span span, int maxCodePoints) {
    return excerpt(source.codePoints(), span.start(), span.end(), maxCodePoints);
  }

  private static String excerpt(
      ImmutableIntArray codePoints, int start, int spanEnd, int maxCodePoints) {
    StringBuilder out = new StringBuilder();
    int end = (int) Math.min(spanEnd, (long) start + maxCodePoints);
    boolean inSpace = false;
    for (int i = start; i < end; i++) {
      int cp = codePoints.get(i);
      if (CodePoints.isLineTerminator(cp)) {
        if (cp == '\r' && i + 1 < spanEnd && codePoints.get(i + 1) == '\n') {
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
    if (end < spanEnd) {
      out.append('…');
    }
    return out.toString();
  }
}
