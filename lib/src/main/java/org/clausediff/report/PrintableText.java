package org.clausediff.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * The one renderer of user text — document text, headings, file names, labels — on a line of a
 * report or a message: what it shows is what the text holds, and nothing in it can act on the
 * terminal or page it is shown on.
 *
 * <p>Control characters (C0 but tab, DEL, C1), invisible characters (format characters such as
 * bidirectional controls, zero-width spaces and joiners, the byte-order mark, the soft hyphen; and
 * variation selectors) are written as {@code ⟨U+202E⟩}, so that an escape sequence cannot retitle a
 * terminal and a right-to-left override cannot make {@code 1000} read {@code 0001}. Line breaks
 * (LF, CR, CR LF, NEL, U+2028, U+2029) become {@code ⏎} in text and {@code ⟨U+000A⟩} in names.
 * Every text, Markdown and unified-diff writer shows user text through this class, and so does the
 * command line; the HTML reports use it through their escaper. JSON carries the text as it is.
 */
public final class PrintableText {
  /** What becomes of line breaks and tabs. */
  enum Breaks {
    /** Line breaks and tabs as {@code ⟨U+…⟩}: names. */
    ESCAPED,
    /** Line breaks as {@code ⏎}, tabs kept: text on one line of a report. */
    SHOWN,
    /** Each line break as one space, tabs kept: the lines form that unified diffs patch. */
    SPACE,
    /** Line breaks and tabs kept: text that an HTML page lays out. */
    KEPT
  }

  private PrintableText() {}

  /**
   * {@code name} (a file name or a label) on one line: every control character, line break, tab,
   * invisible and bidirectional character as {@code ⟨U+XXXX⟩}.
   */
  public static String name(String name) {
    return render(checkNotNull(name, "name"), Breaks.ESCAPED);
  }

  /**
   * {@code text} on one line: line breaks as {@code ⏎} (CR LF as one), tabs kept, every other
   * control, invisible and bidirectional character as {@code ⟨U+XXXX⟩}.
   */
  public static String line(String text) {
    return render(checkNotNull(text, "text"), Breaks.SHOWN);
  }

  /** {@code text} with each kind of character as {@code breaks} says. */
  static String render(String text, Breaks breaks) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean crlf = cp == '\r' && i < text.length() && text.charAt(i) == '\n';
      append(out, cp, crlf, breaks);
    }
    return out.toString();
  }

  /**
   * {@code text} (a heading or a section path) on one line as {@link #line} gives it, but with each
   * run of white space other than line breaks and the ideographic space as one space, as snippets
   * have it.
   */
  static String collapsed(String text) {
    return isCollapsed(text) ? text : collapsedOneByOne(text);
  }

  /** {@link #collapsed}, code point by code point: what {@code PrintableTextTest} compares with. */
  static String collapsedOneByOne(String text) {
    int[] codePoints = text.codePoints().toArray();
    return snippet(codePoints, codePoints.length, codePoints.length);
  }

  /**
   * Whether {@link #collapsed} leaves {@code text} as it is (most headings and section paths): it
   * has no surrogate, no white space but single spaces, and nothing that is escaped or shown
   * otherwise. One look at each char, without copying the text.
   */
  private static boolean isCollapsed(String text) {
    boolean afterSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPlain(c)) {
        afterSpace = false;
      } else if (c == ' ') {
        if (afterSpace) {
          return false;
        }
        afterSpace = true;
      } else if (Character.isSurrogate(c)
          || CodePoints.isWhitespace(c)
          || CodePoints.isLineTerminator(c)
          || isHidden(c)) {
        return false;
      } else {
        afterSpace = false;
      }
    }
    return true;
  }

  /** The text of {@code span} of {@code source}, as {@link #render} gives it. */
  static String render(SourceText source, Span span, Breaks breaks) {
    StringBuilder out = new StringBuilder(span.length() + 8);
    for (int i = span.start(); i < span.end(); i++) {
      int cp = source.codePointAt(i);
      boolean crlf = cp == '\r' && i + 1 < span.end() && source.codePointAt(i + 1) == '\n';
      append(out, cp, crlf, breaks);
    }
    return out.toString();
  }

  /**
   * The first {@code maxCodePoints} code points of {@code span} on one line, for a snippet: line
   * breaks as {@code ⏎}, other runs of white space (but the ideographic space) as one space,
   * controls and invisible characters as {@code ⟨U+XXXX⟩}, and {@code …} appended when cut.
   */
  static String snippet(SourceText source, Span span, int maxCodePoints) {
    int end = (int) Math.min(span.end(), (long) span.start() + maxCodePoints);
    // One past the shown part is looked at, so that a CR LF cut between its halves is one break.
    int[] codePoints = new int[Math.min(end + 1, span.end()) - span.start()];
    for (int k = 0; k < codePoints.length; k++) {
      codePoints[k] = source.codePointAt(span.start() + k);
    }
    return snippet(codePoints, end - span.start(), span.length());
  }

  /**
   * The first {@code shown} of {@code codePoints} as {@link #snippet(SourceText, Span, int)} gives
   * them, with {@code …} when that is less than {@code length}.
   */
  private static String snippet(int[] codePoints, int shown, int length) {
    StringBuilder out = new StringBuilder();
    boolean inSpace = false;
    for (int i = 0; i < shown; i++) {
      int cp = codePoints[i];
      if (isPlain(cp)) {
        out.appendCodePoint(cp);
        inSpace = false;
        continue;
      }
      boolean crlf = cp == '\r' && i + 1 < codePoints.length && codePoints[i + 1] == '\n';
      if (CodePoints.isWhitespace(cp) && !CodePoints.isLineTerminator(cp) && cp != 0x3000) {
        if (!inSpace) {
          out.append(' ');
        }
        inSpace = true;
      } else {
        append(out, cp, crlf, Breaks.SHOWN);
        inSpace = false;
      }
    }
    if (shown < length) {
      out.append('…');
    }
    return out.toString();
  }

  /**
   * Appends {@code cp}; {@code crlf} says that it is a CR before an LF, which then stands for no
   * line break of its own.
   */
  private static void append(StringBuilder out, int cp, boolean crlf, Breaks breaks) {
    if (isPlain(cp)) {
      out.appendCodePoint(cp);
      return;
    }
    if (CodePoints.isLineTerminator(cp)) {
      switch (breaks) {
        case ESCAPED:
          escaped(out, cp);
          return;
        case SHOWN:
          if (!crlf) {
            out.append('⏎');
          }
          return;
        case SPACE:
          if (!crlf) {
            out.append(' ');
          }
          return;
        case KEPT:
          out.appendCodePoint(cp);
          return;
      }
      throw new AssertionError(breaks);
    }
    if (cp == '\t') {
      if (breaks == Breaks.ESCAPED) {
        escaped(out, cp);
      } else {
        out.append('\t');
      }
      return;
    }
    if (isHidden(cp)) {
      escaped(out, cp);
      return;
    }
    out.appendCodePoint(cp);
  }

  /**
   * Whether {@code cp} is shown as it is whatever the {@link Breaks}: visible ASCII, the CJK
   * Unified Ideographs block and the full-width forms — no white space, control or invisible
   * character among them. A shortcut for most of the text of a report, which the general tests
   * would each look up in the Unicode tables.
   */
  static boolean isPlain(int cp) {
    return (cp > 0x20 && cp < 0x7F)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xFF01 && cp <= 0xFF5E);
  }

  /**
   * Whether {@code cp} is a control character (other than the tab and line breaks, handled before),
   * or invisible: a format character (bidirectional controls among them) or a variation selector.
   */
  static boolean isHidden(int cp) {
    return Character.getType(cp) == Character.CONTROL || CodePoints.isInvisible(cp);
  }

  private static void escaped(StringBuilder out, int cp) {
    out.append(String.format(Locale.ROOT, "⟨U+%04X⟩", cp));
  }
}
