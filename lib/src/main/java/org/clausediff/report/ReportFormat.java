package org.clausediff.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of clausediff's reports. Not every report supports every format. */
public enum ReportFormat {
  /** Plain text for people, optionally coloured. */
  TEXT("text"),
  /** The machine-readable contract, {@code schemaVersion} 1. */
  JSON("json"),
  /** Markdown for review threads. */
  MARKDOWN("md"),
  /** One self-contained HTML page. */
  HTML("html"),
  /** A unified diff whose lines are sentences (or the chosen unit). */
  UNIFIED("unified"),
  /** Comma-separated values. */
  CSV("csv"),
  /** One unit per line, for diff and patch. */
  LINES("lines"),
  /** The 新旧对照表 (old/new comparison table) as one self-contained HTML page. */
  TABLE_HTML("table-html"),
  /** The 新旧对照表 as a GitHub-flavoured Markdown table. */
  TABLE_MARKDOWN("table-md"),
  /** The 新旧对照表 as comma-separated values, UTF-8 with a byte-order mark (for Excel). */
  TABLE_CSV("table-csv"),
  /** The 新旧对照表 as a Word document (.docx): binary, written by an {@link ReportEncoder}. */
  TABLE_DOCX("table-docx", true);

  private final String id;
  private final boolean binary;

  ReportFormat(String id) {
    this(id, false);
  }

  ReportFormat(String id, boolean binary) {
    this.id = id;
    this.binary = binary;
  }

  /** The name on the command line, e.g. {@code md}. */
  public String id() {
    return id;
  }

  /**
   * Whether reports in this format are bytes rather than text ({@code table-docx}): they have an
   * {@link ReportEncoder} but no {@link ReportWriter}, and belong in a file, not on a terminal.
   */
  public boolean binary() {
    return binary;
  }

  /**
   * Returns the format named {@code id} (case-insensitive).
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the names
   */
  public static ReportFormat parse(String id) {
    for (ReportFormat format : values()) {
      if (format.id.equalsIgnoreCase(id.trim())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '"
            + id
            + "'; expected one of "
            + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return id.toLowerCase(Locale.ROOT);
  }
}
