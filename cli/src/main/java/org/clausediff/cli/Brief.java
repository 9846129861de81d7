package org.clausediff.cli;

import java.util.Optional;
import org.clausediff.report.ReportFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code -q}/{@code --brief} and {@code --stat}, as compare and dups have them: {@code -q} prints
 * one line (or none) instead of a report, as {@code diff -q} does; {@code --stat} prints the
 * summary of the text report.
 */
final class Brief {
  private Brief() {}

  /**
   * Refuses what cannot go together: {@code -q} with a report's options ({@code --format}, {@code
   * --stat}, {@code -o}), and {@code --stat} with a format other than text.
   */
  static void check(
      CommandSpec spec, boolean brief, boolean stat, OutputOptions output, ReportFormat format) {
    boolean formatGiven = spec.commandLine().getParseResult().hasMatchedOption("--format");
    if (brief && (stat || formatGiven || output.output.isPresent())) {
      throw new ParameterException(
          spec.commandLine(),
          "-q prints one line, not a report: it cannot be combined with --format, --stat or -o");
    }
    if (stat && format != ReportFormat.TEXT) {
      throw new ParameterException(
          spec.commandLine(),
          "--stat shows the summary of the text report; it cannot be combined with --format "
              + format.id());
    }
  }

  /** Prints {@code line} on standard output. */
  static void line(StandardStreams streams, String line) {
    try (Output out = Output.to(Optional.empty(), "the result", streams)) {
      out.write((String text, Appendable to) -> to.append(text).append('\n'), line);
      out.commit();
    }
  }
}
