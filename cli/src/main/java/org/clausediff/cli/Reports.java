package org.clausediff.cli;

import org.clausediff.compare.Comparison;
import org.clausediff.report.ReportType;

/**
 * The report registries of the command line: the library's, with the formats that other modules
 * add.
 */
final class Reports {
  private Reports() {}

  /** The reports of {@code compare}. */
  static final ReportType<Comparison> COMPARISON = ReportType.COMPARISON;
}
