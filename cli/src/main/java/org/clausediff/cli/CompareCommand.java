package org.clausediff.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clausediff.HeapEstimate;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.report.PrintableText;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportOptions;
import org.clausediff.report.ReportType;
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
      "Offsets in JSON are code points into the decoded texts.",
      "Exit status: 0 no differences, 1 differences, 2 trouble."
    },
    usageHelpAutoWidth = true)
final class CompareCommand implements Callable<Integer>, ReadsFiles {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The old (left) version (- is standard input).")
  Path left;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The new (right) version (- is standard input).")
  Path right;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default), json, html (one self-contained page), md (Markdown), unified (a"
              + " unified diff of the units, one per line; see segment --format lines), or the"
              + " old/new comparison table (新旧对照表, one row per article or item): table-html,"
              + " table-md, table-csv (UTF-8 with BOM, for Excel) or table-docx (Word; needs -o).",
      defaultValue = "text")
  String format;

  @Option(
      names = {"-U", "--unified"},
      paramLabel = "N",
      description = "Lines of context around each hunk of --format unified. Default: 3.",
      defaultValue = "3")
  String context;

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
      description =
          "Colour the text report: auto (default: only on a terminal, and not when NO_COLOR is"
              + " set), always or never.",
      defaultValue = "auto")
  String color;

  @Option(
      names = {"-q", "--brief"},
      description =
          "Report only whether the documents differ: one line when they do (Files OLD and NEW"
              + " differ), nothing when not; the exit status says the same.")
  boolean brief;

  @Option(
      names = "--stat",
      description =
          "Show only the summary of the text report: the names, the document similarity and the"
              + " counts of changes.")
  boolean stat;

  @Mixin DebugOption debug;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  private final Terminal terminal;
  private final Workers workers;
  private final StandardStreams streams;

  CompareCommand(Terminal terminal, Workers workers, StandardStreams streams) {
    this.terminal = terminal;
    this.workers = workers;
    this.streams = streams;
  }

  /** The unit that {@code --unit VALUE} names: sentence, clause or paragraph, never structural. */
  static UnitKind alignedUnit(CommandSpec spec, String value) {
    UnitKind level = Options.parse(spec, "--unit", value, UnitKind::parse);
    if (level.isStructural()) {
      throw new ParameterException(
          spec.commandLine(),
          "--unit " + value + " is not available; expected one of sentence, clause, paragraph");
    }
    return level;
  }

  @Override
  public Integer call() {
    ReportType<Comparison> reports = Reports.COMPARISON;
    ReportFormat reportFormat = Options.format(spec, format, reports);
    UnitKind level = alignedUnit(spec, unit);
    double min = Options.parse(spec, "--min-similarity", minSimilarity, CompareCommand::fraction);
    int lines = Options.parse(spec, "-U", context, CompareCommand::contextLines);
    Brief.check(spec, brief, stat, output, reportFormat);
    output.checkFormat(spec, reportFormat);
    ReportOptions reportOptions =
        ReportOptions.defaults().withColor(colored()).withSummaryOnly(stat).withContext(lines);
    input.checkInputs(inputs());
    output.checkUsable(inputs(), streams);
    CompareOptions options = CompareOptions.builder().level(level).minSimilarity(min).build();
    boolean hash = reportFormat == ReportFormat.JSON && !brief;
    List<Read> read = workers.map(List.of(0, 1), i -> read(inputs().get(i), i, hash));
    HeapCheck.ofThisJvm().compare(read.get(0).size(), read.get(1).size());
    Comparison comparison =
        workers.clauseDiff().compare(read.get(0).text(), read.get(1).text(), options);
    boolean different = comparison.hasDifferences();
    if (brief) {
      if (different) {
        Brief.line(
            streams,
            "Files "
                + PrintableText.name(comparison.left().document().name())
                + " and "
                + PrintableText.name(comparison.right().document().name())
                + " differ");
      }
    } else {
      output.write(reports, reportFormat, reportOptions, comparison, streams);
    }
    return different ? ExitStatus.DIFFERENT : ExitStatus.SAME;
  }

  @Override
  public List<Path> inputs() {
    return List.of(left, right);
  }

  /**
   * Reads {@code path} and measures the text for the heap check, on the calling thread (one per
   * text, so both are read and measured side by side).
   */
  private Read read(Path path, int index, boolean hash) {
    SourceText text = input.read(path, index, streams);
    if (hash) {
      // The JSON report names each text's SHA-256: computed here, side by side, rather than later.
      // The other formats do not need it (0.25 s of CPU per 10 MB).
      text.sha256();
    }
    return new Read(text, HeapEstimate.TextSize.of(text));
  }

  /** A text read and its size for the heap check. */
  private record Read(SourceText text, HeapEstimate.TextSize size) {}

  private boolean colored() {
    switch (color.trim().toLowerCase(Locale.ROOT)) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        return terminal.interactive() && output.toStandardOutput() && !terminal.noColor();
      default:
        throw new ParameterException(
            spec.commandLine(),
            "--color: unknown value '" + color + "'; expected one of auto, always, never");
    }
  }

  /** Parses a number of context lines, 0 or more; the message says what is wrong. */
  static int contextLines(String text) {
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number of lines, not '" + text + "'");
    }
    if (value < 0) {
      throw new IllegalArgumentException("must be 0 or more but was " + text);
    }
    return value;
  }

  /** Parses a similarity in (0, 1]; the message says what is wrong. */
  static double fraction(String text) {
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
