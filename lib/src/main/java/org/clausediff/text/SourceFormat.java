package org.clausediff.text;

import java.util.Locale;

/**
 * The kind of file a {@link SourceText} was read from, which decides how its {@link SourceMap}
 * reads: line and column for plain text and Markdown, page and line for PDF, paragraph for Word,
 * element path for HTML.
 */
public enum SourceFormat {
  /** Plain text, decoded as it is. */
  TEXT,
  /** Markdown: heading markers turned into structure, link and emphasis syntax removed. */
  MARKDOWN,
  /** An HTML page: the main content's text. */
  HTML,
  /** A Word 2007+ document (Office Open XML). */
  DOCX,
  /** A Word 97–2003 document (binary). */
  DOC,
  /** A PDF's text layer. */
  PDF;

  /** The lower-case name used in reports, e.g. {@code docx}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
