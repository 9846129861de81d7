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
  LINES("lines");

  private final String id;

  ReportFormat(String id) {
    this.id = id;
  }

  /** The name on the command line, e.g. {@code md}. */
  public String id() {
    return id;
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
