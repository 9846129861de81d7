package org.clausediff.cli;

import org.clausediff.compare.Comparison;
import org.clausediff.formats.report.ComparisonTableDocx;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;

/**
 * The report registries of the command line: the library's, with the formats that other modules add
 * (the library writes text; the .docx comes from {@code clausediff-formats}).
 */
final class Reports {
  private Reports() {}

  /** The reports of {@code compare}: the library's and {@code table-docx}. */
  static final ReportType<Comparison> COMPARISON =
      ReportType.COMPARISON.withEncoder(
          ReportFormat.TABLE_DOCX, options -> new ComparisonTableDocx());
}
