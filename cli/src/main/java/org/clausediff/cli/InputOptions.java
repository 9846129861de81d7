package org.clausediff.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.clausediff.text.DecodeOptions;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import picocli.CommandLine.Option;

/** How input files are read: {@code --encoding} and {@code --max-input-size}. */
final class InputOptions {

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
      description = "Refuse inputs larger than SIZE bytes (suffixes K, M, G). Default: 256M.")
  Optional<String> maxInputSize = Optional.empty();

  DecodeOptions decodeOptions() {
    DecodeOptions options = DecodeOptions.defaults();
    if (encoding.isPresent()) {
      options = options.withCharset(charset(encoding.get()));
    }
    if (maxInputSize.isPresent()) {
      options = options.withMaxInputBytes(Sizes.parse("--max-input-size", maxInputSize.get()));
    }
    return options;
  }

  /** Reads {@code path}; I/O problems become {@link UncheckedIOException}s with the path. */
  SourceText read(Path path) {
    try {
      return TextDecoder.of(decodeOptions()).read(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the bytes of {@code path} as {@link #read} would, without decoding them. */
  byte[] readBytes(Path path) {
    try {
      return TextDecoder.of(decodeOptions()).readBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes {@code bytes}, read from {@code path}. */
  SourceText decode(Path path, byte[] bytes) {
    return TextDecoder.of(decodeOptions()).decode(path.toString(), bytes);
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

  private static Charset charset(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UserError(
          "unknown encoding '"
              + name
              + "'; use a Java charset name such as UTF-8, GB18030, GBK, UTF-16LE or "
              + "Big5".toUpperCase(Locale.ROOT));
    }
  }
}
