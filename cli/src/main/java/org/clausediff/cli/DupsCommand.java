package org.clausediff.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clausediff.ClauseDiff;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.report.PrintableText;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportOptions;
import org.clausediff.report.ReportType;
import org.clausediff.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clausediff dups FILE}: passages that occur more than once in one document. */
@Command(
    name = "dups",
    mixinStandardHelpOptions = true,
    description = {
      "Find passages that occur more than once in a document: exact repeats (whole sentences, or"
          + " phrases) and near repeats (similar sentences), labelled DUPLICATION (body text"
          + " repeated) or BOILERPLATE (notes, headings and phrases that recur on purpose).",
      "Exit status: 0 no duplication, 1 duplication found, 2 trouble.",
      "Offsets in JSON are code points into the decoded (or extracted) text."
    },
    usageHelpAutoWidth = true)
final class DupsCommand implements Callable<Integer>, ReadsFiles {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The document to examine (- is standard input).")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json or html (one self-contained page).",
      defaultValue = "text")
  String format;

  @Option(
      names = "--min-length",
      paramLabel = "N",
      description =
          "The shortest repeat reported, in characters of the normalized text (default: 20).")
  Optional<Integer> minLength = Optional.empty();

  @Option(
      names = "--near",
      paramLabel = "X",
      description =
          "The lowest similarity (Jaccard of 3-shingles, 0 to 1) of a near repeat, or off"
              + " (default: 0.7).")
  Optional<String> near = Optional.empty();

  @Option(
      names = "--clean",
      paramLabel = "OUT",
      description =
          "Write the text without the later occurrences of every DUPLICATION passage to OUT (-"
              + " is standard output). For a text input, in the input's encoding: the bytes of"
              + " those passages are cut out and every other byte is kept. For a Word, PDF, HTML"
              + " or Markdown input, the cleaned extracted text, in UTF-8: the document itself is"
              + " never rewritten. OUT is replaced only once complete; it may not be the input.")
  Optional<Path> clean = Optional.empty();

  @Option(
      names = {"-q", "--brief"},
      description =
          "Report only whether there is duplication: one line when there is (File FILE has"
              + " duplicated passages), nothing when not; the exit status says the same.")
  boolean brief;

  @Option(
      names = "--stat",
      description =
          "Show only the summary of the text report: the name, the share duplicated and the"
              + " number of groups.")
  boolean stat;

  @Mixin DebugOption debug;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  /** A small job run while the input is read (see {@link Workers#warmUp}). */
  private static final SourceText WARM_UP =
      SourceText.of(
          "warm-up",
          "一、总体要求\n（一）指导思想。深入推进改革，加快培育新动能。（省发展改革委负责）\n"
              + "（二）基本原则。深入推进改革，加快培育新动能。Innovation first.\n");

  private final Workers workers;
  private final StandardStreams streams;

  DupsCommand(Workers workers, StandardStreams streams) {
    this.workers = workers;
    this.streams = streams;
  }

  @Override
  public Integer call() {
    ReportFormat reportFormat = Options.format(spec, format, ReportType.DUPLICATES);
    Brief.check(spec, brief, stat, output, reportFormat);
    DuplicateOptions options = options();
    input.checkInputs(inputs());
    output.checkUsable(inputs(), streams);
    if (clean.isPresent()) {
      checkClean(clean.get());
    }
    workers.warmUp(() -> ClauseDiff.create().duplicates(WARM_UP, options));
    // --clean cuts the removed passages out of a text input's own bytes, so they are kept.
    InputOptions.Read read =
        clean.isPresent()
            ? input.readKeepingBytes(file, 0, streams)
            : new InputOptions.Read(input.read(file, 0, streams), Optional.empty());
    SourceText text = read.text();
    HeapCheck.ofThisJvm().duplicates(text);
    DuplicateReport report = workers.clauseDiff().duplicates(text, options);
    boolean duplication = report.hasDuplication();
    Optional<Output> cleaned = Optional.empty();
    try {
      if (clean.isPresent()) {
        cleaned = Optional.of(Output.to(clean, "the cleaned text", streams));
        cleaned
            .get()
            .write(
                read.bytes().isPresent()
                    ? report.cleanedBytes(read.bytes().get())
                    : report.cleanedText().getBytes(StandardCharsets.UTF_8));
      }
      if (brief) {
        cleaned.ifPresent(Output::commit);
        if (duplication) {
          Brief.line(
              streams, "File " + PrintableText.name(text.name()) + " has duplicated passages");
        }
      } else {
        // Both files are replaced only once both are complete.
        try (Output out = output.open(streams)) {
          out.write(
              ReportType.DUPLICATES.writer(
                  reportFormat, ReportOptions.defaults().withSummaryOnly(stat)),
              report);
          cleaned.ifPresent(Output::commit);
          out.commit();
        }
      }
    } finally {
      cleaned.ifPresent(Output::close);
    }
    return duplication ? ExitStatus.DIFFERENT : ExitStatus.SAME;
  }

  /**
   * Refuses, before any work, a {@code --clean} target that cannot be written: the input (as a
   * file: a link to it is it), the report's file, standard output when the report goes there too, a
   * file in a missing or read-only directory; and an encoding passages cannot be cut out of.
   */
  private void checkClean(Path target) {
    input.checkCuttable("--clean");
    if (StandardStreams.isStandard(target)) {
      if (output.toStandardOutput() && !brief) {
        throw new ParameterException(
            spec.commandLine(),
            "--clean - and the report would both go to standard output; write the report to a"
                + " file with -o");
      }
      return;
    }
    OutputOptions.Files.checkNotInputs("--clean", target, inputs(), streams);
    OutputOptions.Files.checkWritable(target, "the cleaned text");
    if (output.file().isPresent() && Targets.sameFile(target, output.file().get())) {
      throw new UserError(
          PrintableText.name(target.toString()) + ": --clean and -o may not name the same file");
    }
  }

  @Override
  public List<Path> inputs() {
    return List.of(file);
  }

  private DuplicateOptions options() {
    DuplicateOptions options = DuplicateOptions.defaults();
    if (minLength.isPresent()) {
      DuplicateOptions base = options;
      options =
          Options.parse(
              spec,
              "--min-length",
              String.valueOf(minLength.get()),
              v -> base.withMinLength(Integer.parseInt(v)));
    }
    if (near.isPresent()) {
      DuplicateOptions base = options;
      options =
          Options.parse(
              spec,
              "--near",
              near.get().trim(),
              v ->
                  v.equalsIgnoreCase("off")
                      ? base.withoutNear()
                      : base.withNearThreshold(number(v)));
    }
    return options;
  }

  private static double number(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "expected a similarity between 0 and 1, or off, but was '" + value + "'", e);
    }
  }
}
