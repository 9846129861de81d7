package org.clausediff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clausediff.collate.CollateOptions;
import org.clausediff.collate.Collation;
import org.clausediff.collate.Progress;
import org.clausediff.compare.CompareOptions;
import org.clausediff.report.PrintableText;
import org.clausediff.report.ReportFormat;
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

/** {@code clausediff collate [--original FILE] V1 V2 …}: one original and many versions. */
@Command(
    name = "collate",
    mixinStandardHelpOptions = true,
    description = {
      "Collate several versions of a document. With --original: what became of each of the"
          + " original's sections, items and sentences in each version (kept, modified, moved,"
          + " absent) and what each version added, additions shared by several versions grouped."
          + " Without: the common core that at least K versions share (default: a majority), in"
          + " a reconstructed order, with each version's counterpart and deviations, and each"
          + " version's additions.",
      "Offsets in JSON and CSV are code points into the decoded texts.",
      "Exit status: 0 done, 2 trouble."
    },
    usageHelpAutoWidth = true)
final class CollateCommand implements Callable<Integer>, ReadsFiles {
  @Spec CommandSpec spec;

  @Option(
      names = "--original",
      paramLabel = "FILE",
      description =
          "The original the versions adapt (- is standard input); without it, the versions'"
              + " common core. Its --label comes first.")
  Optional<Path> original = Optional.empty();

  @Parameters(
      index = "0..*",
      arity = "1..*",
      paramLabel = "VERSION",
      description = "The versions (at least two without --original; - is standard input).")
  List<Path> versions = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), md, html, json or csv.",
      defaultValue = "text")
  String format;

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      description = "The units aligned: sentence (default), clause or paragraph.",
      defaultValue = "sentence")
  String unit;

  @Option(
      names = "--min-similarity",
      paramLabel = "X",
      description = "Link two units when their combined similarity is at least X (default: 0.5).",
      defaultValue = "0.5")
  String minSimilarity;

  @Option(
      names = "--min-versions",
      paramLabel = "K",
      description =
          "Without --original: a unit is core when at least K versions share it (default: a"
              + " majority).")
  Optional<Integer> minVersions = Optional.empty();

  @Mixin DebugOption debug;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  private final Terminal terminal;
  private final Workers workers;
  private final StandardStreams streams;

  CollateCommand(Terminal terminal, Workers workers, StandardStreams streams) {
    this.terminal = terminal;
    this.workers = workers;
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    ReportFormat reportFormat = Options.format(spec, format, ReportType.COLLATION);
    UnitKind level = CompareCommand.alignedUnit(spec, unit);
    double min = Options.parse(spec, "--min-similarity", minSimilarity, CompareCommand::fraction);
    CollateOptions options =
        CollateOptions.defaults()
            .withCompare(CompareOptions.builder().level(level).minSimilarity(min).build());
    int needed = original.isPresent() ? 1 : 2;
    if (versions.size() < needed) {
      throw new ParameterException(
          spec.commandLine(),
          original.isPresent()
              ? "collate needs at least one version besides --original"
              : "collate needs at least two versions (or --original and one)");
    }
    if (minVersions.isPresent()) {
      int k = minVersions.get();
      if (k < 2 || k > versions.size()) {
        throw new ParameterException(
            spec.commandLine(),
            "--min-versions must be between 2 and the number of versions ("
                + versions.size()
                + ") but was "
                + k);
      }
      options = options.withMinVersions(k);
    }
    List<Path> inputs = inputs();
    input.checkInputs(inputs);
    output.checkUsable(inputs, streams);
    PrintWriter err = spec.commandLine().getErr();
    List<Integer> numbers = java.util.stream.IntStream.range(0, inputs.size()).boxed().toList();
    List<SourceText> texts =
        workers.map(
            numbers,
            i -> {
              SourceText text = input.read(inputs.get(i), i, streams);
              text.sha256();
              return text;
            });
    Optional<SourceText> o = original.map(p -> texts.get(0));
    List<SourceText> v = texts.subList(original.isPresent() ? 1 : 0, texts.size());
    HeapCheck.ofThisJvm().collate(o, v);
    Progress progress =
        terminal.progress()
            ? (done, total, what) -> {
              err.print(
                  "\rcollate: "
                      + done
                      + "/"
                      + total
                      + " aligned ("
                      + PrintableText.name(what)
                      + ")\u001b[K");
              err.flush();
            }
            : Progress.none();
    Collation collation = workers.clauseDiff().collate(o, v, options, progress);
    if (terminal.progress()) {
      err.print("\r\u001b[K");
      err.flush();
    }
    output.write(ReportType.COLLATION.writer(reportFormat), collation, streams);
    return ExitStatus.SAME;
  }

  @Override
  public List<Path> inputs() {
    List<Path> inputs = new ArrayList<>();
    original.ifPresent(inputs::add);
    inputs.addAll(versions);
    return inputs;
  }
}
