package org.clausediff.formats;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.clausediff.text.SourceFormat;

/**
 * The kinds of file {@link DocumentReader} reads. Normally detected from the content; naming one in
 * {@link ReadOptions#withFormat} overrides detection.
 */
public enum InputFormat {
  /** Plain text in UTF-8, UTF-16/32 with a byte-order mark, or GB18030/GBK. */
  TEXT(SourceFormat.TEXT),
  /** Markdown (CommonMark-style headings, links and emphasis). */
  MARKDOWN(SourceFormat.MARKDOWN),
  /** An HTML page. */
  HTML(SourceFormat.HTML),
  /** A Word 2007+ document (.docx, also .docm: macros are never read). */
  DOCX(SourceFormat.DOCX),
  /** A Word 97–2003 document (.doc). */
  DOC(SourceFormat.DOC),
  /** A PDF with a text layer. */
  PDF(SourceFormat.PDF);

  private final SourceFormat sourceFormat;

  InputFormat(SourceFormat sourceFormat) {
    this.sourceFormat = sourceFormat;
  }

  /** The format recorded in the extracted {@link org.clausediff.text.SourceText}. */
  public SourceFormat sourceFormat() {
    return sourceFormat;
  }

  /** The lower-case name, as {@link #parse} accepts it: {@code text}, {@code docx}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format named {@code name} ({@code text}, {@code txt}, {@code markdown}, {@code md}, {@code
   * html}, {@code htm}, {@code docx}, {@code doc}, {@code pdf}; any case).
   *
   * @throws IllegalArgumentException naming the accepted values, if {@code name} is none of them
   */
  public static InputFormat parse(String name) {
    checkNotNull(name, "name");
    switch (name.toLowerCase(Locale.ROOT)) {
      case "txt":
        return TEXT;
      case "md":
        return MARKDOWN;
      case "htm":
        return HTML;
      default:
        for (InputFormat format : values()) {
          if (format.id().equals(name.toLowerCase(Locale.ROOT))) {
            return format;
          }
        }
        throw new IllegalArgumentException(
            "unknown input format '"
                + name
                + "'; expected one of "
                + Arrays.stream(values()).map(InputFormat::id).collect(Collectors.joining(", ")));
    }
  }
}
