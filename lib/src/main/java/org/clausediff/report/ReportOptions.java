package org.clausediff.report;

import static com.google.common.base.Preconditions.checkArgument;
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
 * @param context the lines of context around each hunk of a unified diff ({@code diff -U N}), at
 *     least 0; 3 by default
 */
public record ReportOptions(
    boolean color, Optional<UnitKind> level, boolean summaryOnly, int context) {

  /** Validates the options. */
  public ReportOptions {
    checkNotNull(level, "level");
    checkArgument(context >= 0, "context must be at least 0 but was %s", context);
  }

  /** No colour; each format's default level; the whole report; 3 lines of context. */
  public static ReportOptions defaults() {
    return new ReportOptions(false, Optional.empty(), false, 3);
  }

  /** Returns a copy that does or does not colour the text report. */
  public ReportOptions withColor(boolean color) {
    return new ReportOptions(color, level, summaryOnly, context);
  }

  /** Returns a copy with the deepest unit shown (or the unit per line) {@code level}. */
  public ReportOptions withLevel(UnitKind level) {
    return new ReportOptions(
        color, Optional.of(checkNotNull(level, "level")), summaryOnly, context);
  }

  /** Returns a copy whose text report does or does not stop after the summary. */
  public ReportOptions withSummaryOnly(boolean summaryOnly) {
    return new ReportOptions(color, level, summaryOnly, context);
  }

  /**
   * Returns a copy with {@code context} lines of context in a unified diff.
   *
   * @throws IllegalArgumentException if {@code context} is negative
   */
  public ReportOptions withContext(int context) {
    return new ReportOptions(color, level, summaryOnly, context);
  }
}
