package org.clausediff.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clausediff.formats.DocumentReader;
import org.clausediff.formats.InputFormat;
import org.clausediff.formats.ReadOptions;
import org.clausediff.text.DecodeOptions;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How input files are read: {@code -} for standard input, the format ({@code --input-format}, else
 * detected from the content), {@code --encoding}, {@code --select}, {@code --max-input-size}, and
 * the {@code --label}s shown instead of their paths.
 *
 * <p>Plain text is decoded by the library's {@link TextDecoder}, as it always was (its byte offsets
 * let {@code dups --clean} cut passages out of the input's own bytes); every other format — Word,
 * PDF, HTML, Markdown — is read by the formats module's {@link DocumentReader} into its extracted
 * text and source map.
 */
final class InputOptions {
  /** The name of the text read from standard input, as diff(1) shows it. */
  static final String STANDARD_INPUT = "-";

  /** How many bytes of a file tell its format ({@link DocumentReader#detect} wants 1 KiB). */
  private static final int HEAD_BYTES = 4096;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description =
          "Read text, Markdown and HTML inputs in this encoding (e.g. GB18030, GBK, UTF-16LE)"
              + " instead of detecting it (byte-order mark, UTF-8, GB18030); not for Word or PDF.")
  Optional<String> encoding = Optional.empty();

  /** The description of {@code --input-format}, here and in {@code corpus index}. */
  static final String INPUT_FORMAT_HELP =
      "Read inputs as FORMAT instead of detecting it from their content: text, md, html, docx,"
          + " doc or pdf. A file whose content is not that format is refused.";

  /** The description of {@code --select}, here and in {@code corpus index}. */
  static final String SELECT_HELP =
      "Take the text of HTML inputs from the elements this CSS selector matches (e.g. '#zoom')"
          + " instead of finding the page's main content.";

  @Option(names = "--input-format", paramLabel = "FORMAT", description = INPUT_FORMAT_HELP)
  Optional<String> inputFormat = Optional.empty();

  @Option(names = "--select", paramLabel = "CSS", description = SELECT_HELP)
  Optional<String> select = Optional.empty();

  @Option(
      names = "--max-input-size",
      paramLabel = "SIZE",
      description = "Refuse inputs larger than SIZE (default 256M, at most 2047M). " + Sizes.HELP)
  Optional<String> maxInputSize = Optional.empty();

  @Option(
      names = "--label",
      paramLabel = "NAME",
      description =
          "Show NAME instead of an input's path in the report (as diff -L does); once per input,"
              + " in the order the inputs are named.")
  List<String> labels = new ArrayList<>();

  /**
   * Checks, before any work, the inputs named: standard input ({@code -}) at most once, no more
   * labels than inputs, the options' values, and no {@code --encoding} for a Word or PDF file.
   */
  void checkInputs(List<Path> inputs) {
    if (inputs.stream().filter(StandardStreams::isStandard).count() > 1) {
      throw usage("standard input (-) may be named only once");
    }
    if (labels.size() > inputs.size()) {
      throw usage(
          "--label given "
              + labels.size()
              + " times, but there "
              + (inputs.size() == 1 ? "is 1 input" : "are " + inputs.size() + " inputs"));
    }
    decodeOptions();
    readOptions();
    for (Path path : inputs) {
      if (!StandardStreams.isStandard(path) && Files.isRegularFile(path)) {
        String name = path.toString();
        head(path).ifPresent(head -> checkEncodingApplies(name, format(name, head)));
      }
    }
  }

  DecodeOptions decodeOptions() {
    DecodeOptions options = DecodeOptions.defaults();
    if (encoding.isPresent()) {
      options = options.withCharset(charset(encoding.get()));
    }
    if (maxInputSize.isPresent()) {
      options =
          options.withMaxInputBytes(
              Options.parse(spec, "--max-input-size", maxInputSize.get(), Sizes::maxInput));
    }
    return options;
  }

  /**
   * A text read from an input and, when it is plain text, the bytes it was decoded from (which
   * {@code dups --clean} cuts passages out of).
   */
  record Read(SourceText text, Optional<byte[]> bytes) {}

  /**
   * Reads input number {@code index}, {@code path} ({@code -}: standard input), and names it by its
   * label if it has one; I/O problems become {@link UncheckedIOException}s with the path.
   */
  SourceText read(Path path, int index, StandardStreams streams) {
    return readKeepingBytes(path, index, streams).text();
  }

  /**
   * Reads input number {@code index} as {@link #read} does, keeping the bytes of plain text: its
   * format is the one {@code --input-format} names, or the one its first bytes show; plain text is
   * decoded by the {@link TextDecoder} as it always was, any other format read by the formats
   * module's {@link DocumentReader}.
   */
  Read readKeepingBytes(Path path, int index, StandardStreams streams) {
    try {
      if (StandardStreams.isStandard(path)) {
        return fromStream(STANDARD_INPUT, streams.in(), index);
      }
      String name = path.toString();
      if (Files.isRegularFile(path)) {
        InputFormat format = format(name, head(path).orElse(new byte[0]));
        if (format == InputFormat.TEXT) {
          return text(name, TextDecoder.of(decodeOptions()).readBytes(path), index);
        }
        checkEncodingApplies(name, format);
        return new Read(
            labelled(DocumentReader.of(readOptions()).read(path), index), Optional.empty());
      }
      if (!Files.exists(path) || Files.isDirectory(path)) {
        // The decoder says what is wrong, as it always did.
        return text(name, TextDecoder.of(decodeOptions()).readBytes(path), index);
      }
      // A pipe (bash's <(…)) or a device: read once, as a stream.
      try (InputStream in = Files.newInputStream(path)) {
        return fromStream(name, in, index);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Read fromStream(String name, InputStream in, int index) throws IOException {
    // Not in.readNBytes(int): the JDK's FileInputStream asks a pipe for its position there.
    byte[] buffer = new byte[HEAD_BYTES];
    byte[] head = Arrays.copyOf(buffer, in.readNBytes(buffer, 0, HEAD_BYTES));
    InputFormat format = format(name, head);
    InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), in);
    if (format == InputFormat.TEXT) {
      return text(name, TextDecoder.of(decodeOptions()).readBytes(name, whole), index);
    }
    checkEncodingApplies(name, format);
    long limit = decodeOptions().maxInputBytes();
    // One byte over the limit, so that the reader can say the input is too long.
    byte[] bytes = whole.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
    return new Read(
        labelled(DocumentReader.of(readOptions()).read(name, bytes), index), Optional.empty());
  }

  private Read text(String name, byte[] bytes, int index) {
    return new Read(
        labelled(TextDecoder.of(decodeOptions()).decode(name, bytes), index), Optional.of(bytes));
  }

  /**
   * The format of the input {@code name} whose first bytes are {@code head}: the one {@code
   * --input-format} names, or the one its content shows.
   */
  private InputFormat format(String name, byte[] head) {
    return forcedFormat().orElseGet(() -> DocumentReader.detect(head, name));
  }

  private Optional<InputFormat> forcedFormat() {
    return forcedFormat(spec, inputFormat);
  }

  private static Optional<InputFormat> forcedFormat(
      CommandSpec spec, Optional<String> inputFormat) {
    return inputFormat.map(
        name -> Options.parse(spec, "--input-format", name.trim(), InputFormat::parse));
  }

  /** The options of the formats module's reader: the limits, and the format, encoding, selector. */
  ReadOptions readOptions() {
    ReadOptions options = ReadOptions.defaults().withMaxInputBytes(decodeOptions().maxInputBytes());
    if (encoding.isPresent()) {
      options = options.withCharset(charset(encoding.get()));
    }
    return withFormatAndSelector(spec, options, inputFormat, select);
  }

  /**
   * {@code options} with the format {@code --input-format} names and the selector of {@code
   * --select}, checked as every command checks them (a usage error otherwise).
   */
  static ReadOptions withFormatAndSelector(
      CommandSpec spec,
      ReadOptions options,
      Optional<String> inputFormat,
      Optional<String> select) {
    Optional<InputFormat> forced = forcedFormat(spec, inputFormat);
    if (forced.isPresent()) {
      options = options.withFormat(forced.get());
    }
    if (select.isPresent()) {
      String selector = select.get().trim();
      if (selector.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "--select: expected a CSS selector such as '#zoom', not an empty one");
      }
      ReadOptions base = options;
      options = Options.parse(spec, "--select", selector, base::withContentSelector);
    }
    return options;
  }

  /**
   * Refuses {@code --encoding} for a Word or PDF input: their text is not in an encoding a user can
   * name. Text, Markdown and HTML are decoded in it.
   */
  private void checkEncodingApplies(String name, InputFormat format) {
    if (encoding.isPresent()
        && (format == InputFormat.DOCX || format == InputFormat.DOC || format == InputFormat.PDF)) {
      throw usage(
          "--encoding applies to text, Markdown and HTML inputs only; "
              + (name.equals(STANDARD_INPUT) ? "standard input" : name)
              + " is a "
              + (format == InputFormat.PDF ? "PDF" : "Word ." + format.id())
              + " file");
    }
  }

  /**
   * The first bytes of the regular file at {@code path} (never a pipe: what is read of it would be
   * lost), enough to tell its format; empty when it cannot be read (reading it later says why).
   */
  private static Optional<byte[]> head(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return Optional.of(in.readNBytes(HEAD_BYTES));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private SourceText labelled(SourceText text, int index) {
    return index < labels.size() ? text.withName(labels.get(index)) : text;
  }

  /**
   * Refuses, before any work, an {@code --encoding} that Java can only decode (ISO-2022-CN): such
   * an encoding shifts between character sets, so passages cannot be cut out of its bytes ({@code
   * option} needs that) safely.
   */
  void checkCuttable(String option) {
    if (encoding.isPresent()) {
      Charset charset = charset(encoding.get());
      if (!charset.canEncode()) {
        throw new UserError(
            option
                + " cannot cut passages out of "
                + charset.name()
                + " text, an encoding Java can only read; convert the file to UTF-8 or GB18030"
                + " first");
      }
    }
  }

  private Charset charset(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw usage(
          "--encoding: unknown encoding '"
              + name
              + "'; use a Java charset name such as UTF-8, GB18030, GBK, UTF-16LE or BIG5");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
