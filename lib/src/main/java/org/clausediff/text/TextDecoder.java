package org.clausediff.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.clausediff.InvalidInputException;
import org.clausediff.InvalidInputException.Reason;
import org.clausediff.LimitExceededException;

/**
 * Turns the bytes of a file into a {@link SourceText}, detecting the encoding safely or using the
 * one the caller names.
 *
 * <p>Detection, in order:
 *
 * <ol>
 *   <li>a byte-order mark: UTF-8, UTF-16LE/BE, UTF-32LE/BE (the mark is not part of the text);
 *   <li>a NUL byte means a binary file — or UTF-16 without a byte-order mark, which is refused with
 *       a hint rather than guessed;
 *   <li>strict UTF-8;
 *   <li>strict GB18030 (a superset of GBK and GB2312), unless the bytes read better as UTF-16
 *       without a byte-order mark, which is refused as above.
 * </ol>
 *
 * <p>Nothing is ever replaced or dropped: bytes that do not decode raise {@link
 * InvalidInputException} with the offset of the first offending byte, and a text that decodes to a
 * NUL character (U+0000) is refused as binary, whatever its encoding. An empty input is a valid
 * empty text. Instances are immutable and thread-safe.
 *
 * <p>Longer than 350 lines: the detection above is one decision, and its steps (byte-order marks,
 * strict decoding attempts, the refusal of UTF-16 without a mark) depend on one another's order and
 * outcomes; the byte-level helpers they share are private so that no caller can run a step out of
 * that order.
 */
public final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  private final DecodeOptions options;

  private TextDecoder(DecodeOptions options) {
    this.options = options;
  }

  /** A decoder with {@code options}. */
  public static TextDecoder of(DecodeOptions options) {
    return new TextDecoder(checkNotNull(options, "options"));
  }

  /** A decoder with {@link DecodeOptions#defaults()}. */
  public static TextDecoder defaults() {
    return of(DecodeOptions.defaults());
  }

  /** This decoder's options. */
  public DecodeOptions options() {
    return options;
  }

  /**
   * Reads and decodes the file at {@code path}; the text is named after the path as given.
   *
   * @throws IOException if the file cannot be read (missing, a directory, no permission)
   * @throws LimitExceededException if the file is larger than {@link DecodeOptions#maxInputBytes()}
   * @throws InvalidInputException if its bytes are not text in a supported encoding
   */
  public SourceText read(Path path) throws IOException {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new IOException(name + ": is a directory, not a file");
    }
    checkSize(name, Files.size(path));
    // The most bytes one array holds, below any limit the caller may set.
    long limit = Math.min(options.maxInputBytes(), Integer.MAX_VALUE - 9);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      // Read to the end, not to the reported size: pipes and /proc files report 0 bytes, and a
      // file may grow while we read it. One byte more than the limit shows that it is exceeded.
      bytes = in.readNBytes((int) limit + 1);
    }
    if (bytes.length > limit) {
      throw new LimitExceededException(
          name,
          "maxInputBytes",
          limit,
          bytes.length,
          String.format(Locale.ROOT, "longer than the input limit of %s bytes", limit));
    }
    return decode(name, bytes);
  }

  /**
   * Decodes {@code bytes}, naming the text {@code name}.
   *
   * @throws LimitExceededException if there are more than {@link DecodeOptions#maxInputBytes()}
   *     bytes
   * @throws InvalidInputException if the bytes are not text in a supported encoding
   */
  public SourceText decode(String name, byte[] bytes) {
    checkNotNull(name, "name");
    checkNotNull(bytes, "bytes");
    checkSize(name, bytes.length);
    Optional<Charset> forced = options.charset();
    if (forced.isPresent()) {
      return decodeForced(name, bytes, forced.get());
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(name, bytes, 3, StandardCharsets.UTF_8, "UTF-8 with BOM");
    }
    // Java's UTF-32 decoders drop one leading byte-order mark themselves; skipping it here as well
    // would drop a second one, a ZERO WIDTH NO-BREAK SPACE that belongs to the text.
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return strict(name, bytes, 0, UTF_32LE, "UTF-32LE with BOM");
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return strict(name, bytes, 0, UTF_32BE, "UTF-32BE with BOM");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(name, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE with BOM");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(name, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE with BOM");
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      Optional<Charset> utf16 = looksLikeBomlessUtf16(bytes);
      if (utf16.isPresent()) {
        throw bomlessUtf16(name, utf16.get());
      }
      throw new InvalidInputException(
          name, Reason.BINARY, "binary file (NUL byte at offset " + nul + "), not text", nul);
    }
    Attempt utf8 = attempt(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.text.isPresent()) {
      return SourceText.of(name, utf8.text.get(), "UTF-8");
    }
    Optional<Charset> utf16 = looksLikeBomlessUtf16(bytes);
    if (utf16.isPresent()) {
      throw bomlessUtf16(name, utf16.get());
    }
    Attempt gb = attempt(bytes, 0, GB18030);
    if (gb.text.isPresent()) {
      return SourceText.of(name, gb.text.get(), "GB18030");
    }
    Attempt further = gb.errorOffset > utf8.errorOffset ? gb : utf8;
    throw new InvalidInputException(
        name,
        Reason.UNDECODABLE,
        "not UTF-8, UTF-16 or GB18030 text; first undecodable byte at offset "
            + further.errorOffset
            + " (reading as "
            + further.charset.name()
            + ")",
        further.errorOffset);
  }

  private void checkSize(String name, long size) {
    if (size > options.maxInputBytes()) {
      throw new LimitExceededException(
          name,
          "maxInputBytes",
          options.maxInputBytes(),
          size,
          String.format(
              Locale.ROOT,
              "%s bytes exceed the input limit of %s bytes",
              size,
              options.maxInputBytes()));
    }
  }

  private static SourceText decodeForced(String name, byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      // Named as when detected, so that what writes the text back (dups --clean) keeps the mark.
      return strict(name, bytes, 3, charset, charset.name() + " with BOM");
    }
    return strict(name, bytes, 0, charset, charset.name());
  }

  private static SourceText strict(
      String name, byte[] bytes, int skip, Charset charset, String encodingName) {
    Attempt attempt = attempt(bytes, skip, charset);
    if (attempt.text.isEmpty()) {
      throw new InvalidInputException(
          name,
          Reason.UNDECODABLE,
          "not valid "
              + encodingName
              + " text; first undecodable byte at offset "
              + attempt.errorOffset,
          attempt.errorOffset);
    }
    String text = attempt.text.get();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new InvalidInputException(
          name,
          Reason.BINARY,
          "binary file (NUL character at code point offset "
              + text.codePointCount(0, nul)
              + "), not text",
          -1);
    }
    return SourceText.of(name, text, encodingName);
  }

  private static InvalidInputException bomlessUtf16(String name, Charset charset) {
    return new InvalidInputException(
        name,
        Reason.AMBIGUOUS_ENCODING,
        "looks like "
            + charset.name()
            + " text without a byte-order mark; name the encoding to read it (--encoding "
            + charset.name()
            + ")",
        0);
  }

  /** The outcome of one strict decoding attempt. */
  private static final class Attempt {
    final Charset charset;
    final Optional<String> text;
    final long errorOffset;

    Attempt(Charset charset, Optional<String> text, long errorOffset) {
      this.charset = charset;
      this.text = text;
      this.errorOffset = errorOffset;
    }
  }

  private static Attempt attempt(byte[] bytes, int skip, Charset charset) {
    int surrogate = firstUtf32Surrogate(bytes, skip, charset);
    if (surrogate >= 0) {
      return new Attempt(charset, Optional.empty(), surrogate);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) bytes.length + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return new Attempt(charset, Optional.empty(), in.position());
    }
    if (result.isOverflow()) {
      // No charset we read yields more UTF-16 code units than input bytes.
      throw new AssertionError("decoder overflow for " + charset);
    }
    out.flip();
    return new Attempt(charset, Optional.of(out.toString()), -1);
  }

  /**
   * The offset of the first UTF-32 unit that is a surrogate (U+D800–U+DFFF), which UTF-32 may not
   * contain but Java's UTF-32 decoders accept, pairing two of them into a character the input never
   * had; -1 if there is none or {@code charset} is not UTF-32.
   */
  private static int firstUtf32Surrogate(byte[] bytes, int skip, Charset charset) {
    String charsetName = charset.name().toUpperCase(Locale.ROOT);
    if (!charsetName.contains("UTF-32")) {
      return -1;
    }
    boolean littleEndian =
        charsetName.contains("LE")
            || (charset.name().equalsIgnoreCase("UTF-32")
                && startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00));
    for (int i = skip; i + 4 <= bytes.length; i += 4) {
      int b0 = bytes[i] & 0xFF;
      int b1 = bytes[i + 1] & 0xFF;
      int b2 = bytes[i + 2] & 0xFF;
      int b3 = bytes[i + 3] & 0xFF;
      long unit =
          littleEndian
              ? ((long) b3 << 24) | (b2 << 16) | (b1 << 8) | b0
              : ((long) b0 << 24) | (b1 << 16) | (b2 << 8) | b3;
      if (unit >= 0xD800 && unit <= 0xDFFF) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the bytes read as UTF-16 of one byte order without a byte-order mark: an even number of
   * bytes that decode strictly, nearly all to ASCII, CJK, full-width or supplementary characters.
   */
  private static Optional<Charset> looksLikeBomlessUtf16(byte[] bytes) {
    if (bytes.length < 4 || bytes.length % 2 != 0) {
      return Optional.empty();
    }
    for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      boolean littleEndian = charset.equals(StandardCharsets.UTF_16LE);
      int units = bytes.length / 2;
      int plausible = 0;
      boolean valid = true;
      for (int i = 0; i < units; i++) {
        int unit = utf16Unit(bytes, i, littleEndian);
        if (Character.isHighSurrogate((char) unit)
            && i + 1 < units
            && Character.isLowSurrogate((char) utf16Unit(bytes, i + 1, littleEndian))) {
          // A supplementary character such as 𠮷: plausible, and its two units count as two.
          plausible += 2;
          i++;
          continue;
        }
        if (unit >= 0xD800 && unit <= 0xDFFF) {
          valid = false;
          break;
        }
        if (plausibleUtf16Unit(unit)) {
          plausible++;
        }
      }
      if (valid && plausible >= units * 0.95) {
        return Optional.of(charset);
      }
    }
    return Optional.empty();
  }

  private static int utf16Unit(byte[] bytes, int index, boolean littleEndian) {
    int first = bytes[2 * index] & 0xFF;
    int second = bytes[2 * index + 1] & 0xFF;
    return littleEndian ? (second << 8) | first : (first << 8) | second;
  }

  private static boolean plausibleUtf16Unit(int unit) {
    return (unit >= 0x20 && unit < 0x7F)
        || unit == '\n'
        || unit == '\r'
        || unit == '\t'
        || (unit >= 0x3000 && unit <= 0x303F)
        || (unit >= 0x4E00 && unit <= 0x9FFF)
        || (unit >= 0xFF00 && unit <= 0xFFEF)
        || (unit >= 0x2000 && unit <= 0x206F);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
