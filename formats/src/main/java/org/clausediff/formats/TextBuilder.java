package org.clausediff.formats;

import java.util.Locale;
import org.clausediff.LimitExceededException;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceMap;
import org.clausediff.text.SourceText;

/**
 * Collects an extracted text and its source map together: each append says where its code points
 * came from. Refuses to grow past the input limit (measured as UTF-8), so that a small container
 * cannot expand into an unbounded text. Not thread-safe.
 */
final class TextBuilder {
  private final String name;
  private final long maxBytes;
  private final StringBuilder text = new StringBuilder();
  private final SourceMap.Builder map = SourceMap.builder();
  private int codePoints;
  private long utf8Bytes;

  TextBuilder(String name, long maxBytes) {
    this.name = name;
    this.maxBytes = maxBytes;
  }

  /** Appends {@code s}, whose code points came from {@code location}. */
  TextBuilder append(CharSequence s, SourceLocation location) {
    if (s.length() == 0) {
      return this;
    }
    map.add(codePoints, location);
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      codePoints++;
      utf8Bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    text.append(s);
    if (utf8Bytes > maxBytes) {
      throw new LimitExceededException(
          name,
          "maxInputBytes",
          maxBytes,
          utf8Bytes,
          String.format(
              Locale.ROOT, "its text is longer than the input limit of %s bytes", maxBytes));
    }
    return this;
  }

  /**
   * Starts a paragraph: after text, makes sure an empty line separates it from what comes before
   * (paragraphs are separated by an empty line, so that the segmenter never joins them as a soft
   * wrap); the newlines come from {@code before}, the end of the previous paragraph.
   */
  TextBuilder startParagraph(SourceLocation before) {
    if (text.length() == 0) {
      return this;
    }
    int newlines = 0;
    for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\n' && newlines < 2; i--) {
      newlines++;
    }
    return append("\n\n".substring(newlines), before);
  }

  /** Ends the text with a newline, if it has text and does not end with one. */
  TextBuilder finish(SourceLocation last) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      append("\n", last);
    }
    return this;
  }

  /** The number of code points so far. */
  int length() {
    return codePoints;
  }

  /** The last char appended, if any. */
  boolean endsWith(char c) {
    return text.length() > 0 && text.charAt(text.length() - 1) == c;
  }

  /** Whether nothing but white space has been appended. */
  boolean isBlank() {
    return text.toString().isBlank();
  }

  /** The text so far as a string. */
  String text() {
    return text.toString();
  }

  /** The text, marked as extracted from {@code format}, with its source map. */
  SourceText build(SourceFormat format) {
    SourceText source = SourceText.of(name, text.toString());
    if (codePoints == 0) {
      return source.withSource(format, SourceMap.builder().add(0, emptyLocation(format)).build(0));
    }
    return source.withSource(format, map.build(codePoints));
  }

  private static SourceLocation emptyLocation(SourceFormat format) {
    switch (format) {
      case PDF:
        return new SourceLocation.Page(1, 1);
      case DOCX:
      case DOC:
        return SourceLocation.Paragraph.of(1);
      case HTML:
        return new SourceLocation.Element("html");
      default:
        return new SourceLocation.Line(1, 1);
    }
  }
}
