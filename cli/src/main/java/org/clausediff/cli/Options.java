package org.clausediff.cli;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Parsing of option values that picocli hands over as strings. */
final class Options {
  private Options() {}

  /** Parses {@code --format}, accepting only {@code allowed}. */
  static ReportFormat format(CommandSpec spec, String value, ReportType<?> type) {
    ReportFormat format = parse(spec, "--format", value, ReportFormat::parse);
    Collection<ReportFormat> allowed = type.formats();
    if (!allowed.contains(format)) {
      throw new ParameterException(
          spec.commandLine(),
          "--format "
              + value
              + " is not available for "
              + spec.name()
              + "; expected one of "
              + allowed.stream().map(ReportFormat::id).collect(Collectors.joining(", ")));
    }
    return format;
  }

  /** Parses an option value; an {@link IllegalArgumentException} becomes a usage error. */
  static <T> T parse(CommandSpec spec, String option, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }
}
