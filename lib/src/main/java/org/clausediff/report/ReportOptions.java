package org.clausediff.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.clausediff.segment.UnitKind;

/**
 * How a report is rendered, for the formats that have a choice; every other format ignores these.
 *
 * @param color whether the text report of a comparison marks deleted and added text with ANSI
 *     colours (red, green) instead of {@code [-…-]} and {@code {+…+}}
 * @param level the deepest unit a segmentation report shows ({@code text}: sentences by default,
 *     {@code json}: clauses), or the unit per line of {@code lines} (sentences by default)
 * @param summaryOnly whether the text report of a comparison or of duplicates stops after its
 *     summary: the names, the similarity and the counts ({@code --stat})
 */
public record ReportOptions(boolean color, Optional<UnitKind> level, boolean summaryOnly) {

  /** Validates the options. */
  public ReportOptions {
    checkNotNull(level, "level");
  }

  /** No colour; each format's default level; the whole report. */
  public static ReportOptions defaults() {
    return new ReportOptions(false, Optional.empty(), false);
  }

  /** Returns a copy that does or does not colour the text report. */
  public ReportOptions withColor(boolean color) {
    return new ReportOptions(color, level, summaryOnly);
  }

  /** Returns a copy with the deepest unit shown (or the unit per line) {@code level}. */
  public ReportOptions withLevel(UnitKind level) {
    return new ReportOptions(color, Optional.of(checkNotNull(level, "level")), summaryOnly);
  }

  /** Returns a copy whose text report does or does not stop after the summary. */
  public ReportOptions withSummaryOnly(boolean summaryOnly) {
    return new ReportOptions(color, level, summaryOnly);
  }
}
