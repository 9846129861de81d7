package org.clausediff.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clausediff.api.ClauseDiff;
import org.clausediff.api.CompareOptions;
import org.clausediff.api.Comparison;
import org.clausediff.report.CompareJsonWriter;
import org.clausediff.report.CompareTextWriter;
import org.clausediff.report.ReportFormat;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clausediff compare OLD NEW}: what changed between two versions of a document. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two versions of a document clause by clause: which sentences were kept, reworded,"
          + " moved, split, merged, deleted or added, how similar they are, what changed inside"
          + " them, and which sections and items correspond.",
      "Exit status: 0 no differences, 1 differences, 2 trouble."
    },
    usageHelpAutoWidth = true)
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old (left) version.")
  Path left;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new (right) version.")
  Path right;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default) or json.",
      defaultValue = "text")
  String format;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      description = "The units to align: sentence (default), clause or paragraph.",
      defaultValue = "sentence")
  String unit;

  @Option(
      names = "--min-similarity",
      paramLabel = "X",
      description =
          "Link two units when their combined similarity is at least X, in (0, 1]. Default: 0.5.",
      defaultValue = "0.5")
  String minSimilarity;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description = "Colour the text report: auto (default: only on a terminal), always or never.",
      defaultValue = "auto")
  String color;

  @Mixin DebugOption debug;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  private final Terminal terminal;

  CompareCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    ReportFormat reportFormat =
        Options.format(spec, format, List.of(ReportFormat.TEXT, ReportFormat.JSON));
    UnitKind level = Options.parse(spec, "--unit", unit, UnitKind::parse);
    if (level.isStructural()) {
      throw new ParameterException(
          spec.commandLine(),
          "--unit " + unit + " is not available; expected one of sentence, clause, paragraph");
    }
    double min = Options.parse(spec, "--min-similarity", minSimilarity, CompareCommand::fraction);
    boolean colored = colored();
    CompareOptions options = CompareOptions.builder().level(level).minSimilarity(min).build();
    SourceText oldText = input.read(left);
    SourceText newText = input.read(right);
    Comparison comparison = ClauseDiff.compare(oldText, newText, options);
    String report =
        reportFormat == ReportFormat.JSON
            ? new CompareJsonWriter().render(comparison)
            : (colored ? CompareTextWriter.colored() : CompareTextWriter.plain())
                .render(comparison);
    output.write(report, spec.commandLine().getOut(), List.of(left, right));
    return comparison.hasDifferences() ? ExitStatus.DIFFERENT : ExitStatus.SAME;
  }

  private boolean colored() {
    switch (color.trim().toLowerCase(Locale.ROOT)) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        return terminal.interactive() && output.toStandardOutput();
      default:
        throw new ParameterException(
            spec.commandLine(),
            "--color: unknown value '" + color + "'; expected one of auto, always, never");
    }
  }

  private static double fraction(String text) {
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number in (0, 1], not '" + text + "'");
    }
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException("must be in (0, 1] but was " + text);
    }
    return value;
  }
}
