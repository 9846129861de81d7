package org.clausediff.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
      "Offsets in JSON are code points into the decoded text."
    },
    usageHelpAutoWidth = true)
final class DupsCommand implements Callable<Integer>, ReadsFiles {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The document to examine.")
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
          "Write the text without the later occurrences of every DUPLICATION passage to OUT,"
              + " in the input's encoding; everything else is kept byte for byte. OUT may not"
              + " be the input.")
  Optional<Path> clean = Optional.empty();

  @Mixin DebugOption debug;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  private final Workers workers;

  DupsCommand(Workers workers) {
    this.workers = workers;
  }

  @Override
  public Integer call() {
    ReportFormat reportFormat = Options.format(spec, format, ReportType.DUPLICATES);
    DuplicateOptions options = options();
    output.checkUsable(inputs());
    if (clean.isPresent()) {
      input.checkCuttable("--clean");
      OutputOptions.Files.checkNotInputs("--clean", clean.get(), inputs());
      OutputOptions.Files.checkWritable(clean.get(), "the cleaned text");
      if (output.output.isPresent()
          && clean
              .get()
              .toAbsolutePath()
              .normalize()
              .equals(output.output.get().toAbsolutePath().normalize())) {
        throw new UserError(clean.get() + ": --clean and -o may not name the same file");
      }
    }
    // --clean cuts the removed passages out of the input's own bytes, so they are kept.
    byte[] bytes = clean.isPresent() ? input.readBytes(file) : new byte[0];
    SourceText text = clean.isPresent() ? input.decode(file, bytes) : input.read(file);
    HeapCheck.ofThisJvm().duplicates(text);
    DuplicateReport report = workers.clauseDiff().duplicates(text, options);
    if (clean.isPresent()) {
      writeCleaned(report, bytes, clean.get());
    }
    output.write(
        ReportType.DUPLICATES.writer(reportFormat), report, spec.commandLine().getOut(), inputs());
    return report.hasDuplication() ? ExitStatus.DIFFERENT : ExitStatus.SAME;
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

  /**
   * Writes the input's bytes without those of the removed passages: every other byte as it was, in
   * whatever encoding, byte-order mark included.
   */
  private static void writeCleaned(DuplicateReport report, byte[] input, Path target) {
    byte[] cleaned = report.cleanedBytes(input);
    try {
      java.nio.file.Files.write(target, cleaned);
    } catch (IOException e) {
      throw new UserError(
          target + ": cannot write the cleaned text (" + OutputOptions.Files.reason(e) + ")", e);
    }
  }
}
