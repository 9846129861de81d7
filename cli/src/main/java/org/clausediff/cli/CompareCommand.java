package org.clausediff.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clausediff.align.StructureIndex;
import org.clausediff.api.ClauseDiff;
import org.clausediff.api.CompareOptions;
import org.clausediff.api.Comparison;
import org.clausediff.api.HeapBudget;
import org.clausediff.api.Segmentation;
import org.clausediff.report.CompareHtmlWriter;
import org.clausediff.report.CompareJsonWriter;
import org.clausediff.report.CompareMarkdownWriter;
import org.clausediff.report.CompareTextWriter;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportWriter;
import org.clausediff.report.UnifiedDiffWriter;
import org.clausediff.segment.UnitKind;
import org.clausediff.similarity.UnitKeys;
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

  @Parameters(index = "0", paramLabel = "OLD", description = "The old (left) version.")
  Path left;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new (right) version.")
  Path right;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default), json, html (one self-contained page), md (Markdown) or unified (a"
              + " unified diff of the units, one per line; see segment --format lines).",
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
  public Integer call() throws Exception {
    ReportFormat reportFormat =
        Options.format(
            spec,
            format,
            List.of(
                ReportFormat.TEXT,
                ReportFormat.JSON,
                ReportFormat.HTML,
                ReportFormat.MARKDOWN,
                ReportFormat.UNIFIED));
    UnitKind level = alignedUnit(spec, unit);
    double min = Options.parse(spec, "--min-similarity", minSimilarity, CompareCommand::fraction);
    boolean colored = colored();
    output.checkUsable(inputs());
    CompareOptions options = CompareOptions.builder().level(level).minSimilarity(min).build();
    Comparison comparison = compareBoth(options, reportFormat == ReportFormat.JSON);
    ReportWriter<Comparison> writer = writer(reportFormat, colored);
    output.write(writer, comparison, spec.commandLine().getOut(), inputs());
    return comparison.hasDifferences() ? ExitStatus.DIFFERENT : ExitStatus.SAME;
  }

  private static ReportWriter<Comparison> writer(ReportFormat format, boolean colored) {
    switch (format) {
      case JSON:
        return new CompareJsonWriter();
      case HTML:
        return new CompareHtmlWriter();
      case MARKDOWN:
        return new CompareMarkdownWriter();
      case UNIFIED:
        return new UnifiedDiffWriter();
      default:
        return colored ? CompareTextWriter.colored() : CompareTextWriter.plain();
    }
  }

  @Override
  public List<Path> inputs() {
    return List.of(left, right);
  }

  /**
   * Reads the two documents side by side, checks that comparing them fits in the heap, segments and
   * keys them side by side, then compares them, building the index of their structural units on a
   * second thread while their sentences are aligned (the library itself starts no threads; the
   * command uses a second core when there is one).
   */
  private Comparison compareBoth(CompareOptions options, boolean hash) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Read> first = pool.submit(() -> read(left, hash));
      Future<Read> second = pool.submit(() -> read(right, hash));
      Read readLeft = result(first);
      Read readRight = result(second);
      HeapBudget.ofThisJvm().checkCompare(readLeft.size(), readRight.size());
      SourceText l = readLeft.text();
      SourceText r = readRight.text();
      CompareOptions effective = ClauseDiff.foldingScripts(l, r, options);
      Future<UnitKeys> firstKeyed = pool.submit(() -> keys(l, effective));
      Future<UnitKeys> secondKeyed = pool.submit(() -> keys(r, effective));
      UnitKeys.Pair keys = UnitKeys.pair(result(firstKeyed), result(secondKeyed));
      Future<StructureIndex> structure =
          effective.structural() ? pool.submit(() -> StructureIndex.of(keys)) : null;
      return ClauseDiff.compare(keys, () -> uncheckedResult(structure), effective);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Reads {@code path} and measures the text for the heap check, on the calling thread (one per
   * text, so both are measured in parallel).
   */
  private Read read(Path path, boolean hash) {
    SourceText text = input.read(path);
    if (hash) {
      // The JSON report names each text's SHA-256: computed here, in parallel, rather than later.
      // The other formats do not need it (0.25 s of CPU per 10 MB).
      text.sha256();
    }
    return new Read(text, HeapBudget.TextSize.of(text));
  }

  /** A text read and its size for the heap check. */
  private record Read(SourceText text, HeapBudget.TextSize size) {}

  private static UnitKeys keys(SourceText text, CompareOptions options) {
    Segmentation segmentation =
        ClauseDiff.segment(text, options.segmentation(), options.normalization());
    return ClauseDiff.keys(segmentation, options);
  }

  /** The value of {@code future}, for a supplier: a checked failure is rethrown wrapped. */
  private static <T> T uncheckedResult(Future<T> future) {
    try {
      return result(future);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The value of {@code future}; its failure is rethrown as it was thrown. */
  private static <T> T result(Future<T> future) throws Exception {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception) {
        throw (Exception) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw e;
    }
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
