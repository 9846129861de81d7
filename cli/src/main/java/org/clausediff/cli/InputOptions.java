package org.clausediff.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausediff.text.DecodeOptions;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How input files are read: {@code -} for standard input, {@code --encoding}, {@code
 * --max-input-size}, and the {@code --label}s shown instead of their paths.
 */
final class InputOptions {
  /** The name of the text read from standard input, as diff(1) shows it. */
  static final String STANDARD_INPUT = "-";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description =
          "Read inputs in this encoding (e.g. GB18030, GBK, UTF-16LE) instead of detecting it"
              + " (byte-order mark, UTF-8, GB18030).")
  Optional<String> encoding = Optional.empty();

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
   * Checks, before any work, the inputs named: standard input ({@code -}) at most once, and no more
   * labels than inputs.
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
   * Reads input number {@code index}, {@code path} ({@code -}: standard input), and names it by its
   * label if it has one; I/O problems become {@link UncheckedIOException}s with the path.
   */
  SourceText read(Path path, int index, StandardStreams streams) {
    try {
      TextDecoder decoder = TextDecoder.of(decodeOptions());
      SourceText text =
          StandardStreams.isStandard(path)
              ? decoder.read(STANDARD_INPUT, streams.in())
              : decoder.read(path);
      return labelled(text, index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the bytes of {@code path} as {@link #read} would, without decoding them. */
  byte[] readBytes(Path path, StandardStreams streams) {
    try {
      TextDecoder decoder = TextDecoder.of(decodeOptions());
      return StandardStreams.isStandard(path)
          ? decoder.readBytes(STANDARD_INPUT, streams.in())
          : decoder.readBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes {@code bytes}, read from input number {@code index}, {@code path}. */
  SourceText decode(Path path, int index, byte[] bytes) {
    String name = StandardStreams.isStandard(path) ? STANDARD_INPUT : path.toString();
    return labelled(TextDecoder.of(decodeOptions()).decode(name, bytes), index);
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
