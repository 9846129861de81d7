package org.clausediff.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Arrays;
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
    SourceText text = input.read(file);
    HeapCheck.ofThisJvm().duplicates(text);
    DuplicateReport report = workers.clauseDiff().duplicates(text, options);
    if (clean.isPresent()) {
      writeCleaned(report, clean.get());
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

  /** Writes the cleaned text in the encoding the input was read from, with its byte-order mark. */
  private static void writeCleaned(DuplicateReport report, Path target) {
    String encoding = report.source().encoding();
    boolean bom = encoding.endsWith(" with BOM");
    String charsetName =
        bom ? encoding.substring(0, encoding.length() - " with BOM".length()) : encoding;
    Charset charset;
    try {
      charset = Charset.forName(charsetName);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UserError(target + ": cannot write text in " + encoding, e);
    }
    byte[] bytes;
    try {
      ByteBuffer encoded =
          charset
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap((bom ? "\uFEFF" : "") + report.cleanedText()));
      bytes = Arrays.copyOfRange(encoded.array(), encoded.arrayOffset(), encoded.limit());
    } catch (CharacterCodingException e) {
      throw new UserError(target + ": the cleaned text cannot be written in " + encoding, e);
    }
    try {
      java.nio.file.Files.write(target, bytes);
    } catch (IOException e) {
      throw new UserError(
          target + ": cannot write the cleaned text (" + OutputOptions.Files.reason(e) + ")", e);
    }
  }
}
