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
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.clausediff.InvalidInputException;
import org.clausediff.InvalidInputException.Reason;
import org.clausediff.LimitExceededException;
import org.clausediff.text.ByteOffsets.Width;

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
 * NUL character (U+0000) is refused as binary, whatever its encoding. The first {@value #HEAD}
 * bytes are looked at for a NUL before the rest is read, so that a binary stream ({@code
 * /dev/zero}) is refused at once rather than at the size limit. An empty input is a valid empty
 * text.
 *
 * <p>The decoded text knows where each code point's bytes are ({@link SourceText#byteOffset}), so
 * that passages can be cut out of the input byte for byte ({@link SourceText#cut}). That costs
 * nothing for the Unicode encodings and GB18030; any other charset named by the caller is decoded
 * one character at a time to learn it, several times slower than in one piece. Instances are
 * immutable and thread-safe.
 *
 * <p>Longer than 350 lines: the detection above is one decision, and its steps (byte-order marks,
 * strict decoding attempts, the refusal of UTF-16 without a mark) depend on one another's order and
 * outcomes; the byte-level helpers they share are private so that no caller can run a step out of
 * that order.
 */
public final class TextDecoder {
  /** The number of bytes looked at for a binary file before the rest is read. */
  static final int HEAD = 64 << 10;

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
    return decode(path.toString(), readBytes(path));
  }

  /**
   * Reads {@code in} to its end and decodes it, naming the text {@code name}. The stream is not
   * closed.
   *
   * @throws IOException if the stream cannot be read
   * @throws LimitExceededException if it is longer than {@link DecodeOptions#maxInputBytes()}
   * @throws InvalidInputException if its bytes are not text in a supported encoding
   */
  public SourceText read(String name, InputStream in) throws IOException {
    return decode(name, readBytes(name, in));
  }

  /**
   * Reads the bytes of the file at {@code path} as {@link #read(Path)} would, without decoding them
   * — for a caller that needs them again, to cut passages out ({@link SourceText#cut}).
   *
   * @throws IOException if the file cannot be read (missing, a directory, no permission)
   * @throws LimitExceededException if the file is larger than {@link DecodeOptions#maxInputBytes()}
   * @throws InvalidInputException if its first bytes already show that it is binary
   */
  public byte[] readBytes(Path path) throws IOException {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new IOException(name + ": is a directory, not a file");
    }
    long size = Files.size(path);
    checkSize(name, size);
    try (InputStream in = Files.newInputStream(path)) {
      // Pipes and /proc files report 0 bytes, and a file may grow while we read it: the size is
      // only where reading starts.
      return readBytes(name, in, size);
    }
  }

  /**
   * Reads {@code in} to its end as {@link #read(String, InputStream)} would, without decoding; the
   * stream is not closed.
   *
   * @throws IOException if the stream cannot be read
   * @throws LimitExceededException if it is longer than {@link DecodeOptions#maxInputBytes()}
   * @throws InvalidInputException if its first bytes already show that it is binary
   */
  public byte[] readBytes(String name, InputStream in) throws IOException {
    checkNotNull(name, "name");
    checkNotNull(in, "in");
    return readBytes(name, in, 0);
  }

  private byte[] readBytes(String name, InputStream in, long sizeHint) throws IOException {
    long limit = options.maxInputBytes();
    byte[] buffer = new byte[(int) Math.min(limit + 1, Math.max(sizeHint, 8192))];
    int length = 0;
    boolean headChecked = false;
    while (length <= limit) {
      if (length == buffer.length) {
        // Full: one byte more shows whether there is more, without a copy when there is not.
        int next = in.read();
        if (next < 0) {
          break;
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1, 2L * length));
        buffer[length++] = (byte) next;
        continue;
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        break;
      }
      length += n;
      if (!headChecked && length >= HEAD) {
        refuseBinaryHead(name, buffer, HEAD);
        headChecked = true;
      }
    }
    if (length > limit) {
      throw new LimitExceededException(
          name,
          "maxInputBytes",
          limit,
          length,
          String.format(Locale.ROOT, "longer than the input limit of %s bytes", limit));
    }
    return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
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
    refuseBinaryHead(name, bytes, Math.min(bytes.length, HEAD));
    Optional<Charset> forced = options.charset();
    if (forced.isPresent()) {
      return decodeForced(name, bytes, forced.get());
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(name, bytes, 3, StandardCharsets.UTF_8, true);
    }
    // Java's UTF-32 decoders drop one leading byte-order mark themselves; skipping it here as well
    // would drop a second one, a ZERO WIDTH NO-BREAK SPACE that belongs to the text.
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return strict(name, bytes, 0, UTF_32LE, true);
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return strict(name, bytes, 0, UTF_32BE, true);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(name, bytes, 2, StandardCharsets.UTF_16LE, true);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(name, bytes, 2, StandardCharsets.UTF_16BE, true);
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      Optional<Charset> utf16 = looksLikeBomlessUtf16(bytes, bytes.length);
      if (utf16.isPresent()) {
        throw bomlessUtf16(name, utf16.get());
      }
      throw binaryByte(name, nul);
    }
    Attempt utf8 = attempt(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.text.isPresent()) {
      return decoded(name, bytes, 0, StandardCharsets.UTF_8, utf8);
    }
    Optional<Charset> utf16 = looksLikeBomlessUtf16(bytes, bytes.length);
    if (utf16.isPresent()) {
      throw bomlessUtf16(name, utf16.get());
    }
    Attempt gb = attempt(bytes, 0, GB18030);
    if (gb.text.isPresent()) {
      return decoded(name, bytes, 0, GB18030, gb);
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

  /**
   * Refuses, from its first {@code length} bytes, an input that is binary: a NUL byte where no
   * byte-order mark is and the bytes do not read as UTF-16 without one, or a NUL character decoded
   * before any undecodable byte. Anything else is left to decoding the whole.
   */
  private void refuseBinaryHead(String name, byte[] bytes, int length) {
    Optional<Charset> forced = options.charset();
    if (forced.isPresent()) {
      refuseNulCharacter(name, bytes, forcedSkip(bytes, forced.get()), length, forced.get());
    } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      refuseNulCharacter(name, bytes, 3, length, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      refuseNulCharacter(name, bytes, 0, length, UTF_32LE);
    } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      refuseNulCharacter(name, bytes, 0, length, UTF_32BE);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      refuseNulCharacter(name, bytes, 2, length, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      refuseNulCharacter(name, bytes, 2, length, StandardCharsets.UTF_16BE);
    } else {
      for (int i = 0; i < length; i++) {
        if (bytes[i] == 0) {
          if (looksLikeBomlessUtf16(bytes, length & ~1).isEmpty()) {
            throw binaryByte(name, i);
          }
          return;
        }
      }
    }
  }

  private static void refuseNulCharacter(
      String name, byte[] bytes, int skip, int length, Charset charset) {
    if (length <= skip) {
      return;
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(length + 16);
    decoder.decode(ByteBuffer.wrap(bytes, skip, length - skip), out, false);
    out.flip();
    String head = out.toString();
    int nul = head.indexOf('\0');
    if (nul >= 0) {
      throw binaryCharacter(name, head, nul);
    }
  }

  private static InvalidInputException binaryByte(String name, int offset) {
    return new InvalidInputException(
        name, Reason.BINARY, "binary file (NUL byte at offset " + offset + "), not text", offset);
  }

  private static InvalidInputException binaryCharacter(String name, String text, int nul) {
    return new InvalidInputException(
        name,
        Reason.BINARY,
        "binary file (NUL character at code point offset "
            + text.codePointCount(0, nul)
            + "), not text",
        -1);
  }

  /**
   * The bytes a forced charset's own byte-order mark takes that Java's decoder would keep as a
   * character: UTF-8's and the explicit UTF-16 byte orders'. Named as when detected, so that the
   * mark is not part of the text and stays in front of it when passages are cut out.
   */
  private static int forcedSkip(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return 3;
    }
    if ((charset.equals(StandardCharsets.UTF_16LE) && startsWith(bytes, 0xFF, 0xFE))
        || (charset.equals(StandardCharsets.UTF_16BE) && startsWith(bytes, 0xFE, 0xFF))) {
      return 2;
    }
    return 0;
  }

  private static SourceText decodeForced(String name, byte[] bytes, Charset charset) {
    int skip = forcedSkip(bytes, charset);
    return strict(name, bytes, skip, charset, skip > 0);
  }

  /**
   * Checks that {@code cut}, some of the bytes of a text decoded in {@code encoding}, decode in it
   * to exactly {@code expected}.
   *
   * @throws InvalidInputException ({@link Reason#NOT_CUTTABLE}) if they do not
   */
  static void checkCut(String name, byte[] cut, Encoding encoding, CharSequence expected) {
    Charset charset = encoding.charset();
    int skip = encoding.byteOrderMark() ? forcedSkip(cut, charset) : 0;
    Attempt attempt = attempt(cut, skip, charset);
    if (attempt.text.isEmpty() || !attempt.text.get().contentEquals(expected)) {
      throw new InvalidInputException(
          name,
          Reason.NOT_CUTTABLE,
          "passages cannot be cut out of "
              + charset.name()
              + " bytes without changing the text around the cuts; convert the file to UTF-8"
              + " first",
          -1);
    }
  }

  private static SourceText strict(
      String name, byte[] bytes, int skip, Charset charset, boolean byteOrderMark) {
    Attempt attempt =
        Width.of(charset) == Width.OTHER && !charset.equals(GB18030)
            ? stepwise(bytes, skip, charset)
            : attempt(bytes, skip, charset);
    if (attempt.text.isEmpty()) {
      throw new InvalidInputException(
          name,
          Reason.UNDECODABLE,
          "not valid "
              + new Encoding(charset, byteOrderMark).name()
              + " text; first undecodable byte at offset "
              + attempt.errorOffset,
          attempt.errorOffset);
    }
    String text = attempt.text.get();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw binaryCharacter(name, text, nul);
    }
    return decoded(name, bytes, skip, charset, attempt);
  }

  /** The text of a successful {@code attempt}, with its encoding and byte offsets. */
  private static SourceText decoded(
      String name, byte[] bytes, int skip, Charset charset, Attempt attempt) {
    String text = attempt.text.orElseThrow();
    Width width = Width.of(charset);
    ByteOffsets offsets;
    boolean byteOrderMark = false;
    if (width != Width.OTHER) {
      offsets = ByteOffsets.unicode(width, text, bytes.length);
      byteOrderMark = offsets.prefix() > 0;
    } else if (attempt.offsets.isPresent()) {
      offsets = attempt.offsets.get();
    } else {
      // GB18030: learnt from the bytes' structure when they parse (always, for Java's mapping).
      offsets =
          gb18030Offsets(bytes, skip, text)
              .orElseGet(() -> stepwise(bytes, skip, charset).offsets.orElseThrow());
    }
    return SourceText.decoded(name, text, new Encoding(charset, byteOrderMark), offsets);
  }

  /**
   * The byte offsets of {@code text}, decoded from GB18030 {@code bytes}, from the structure of
   * GB18030 alone: a byte below 0x80 is a character; otherwise a second byte from 0x30 to 0x39
   * starts a four-byte character, and any other a two-byte one. Empty if the bytes do not parse
   * into as many characters as the text has code points.
   */
  private static Optional<ByteOffsets> gb18030Offsets(byte[] bytes, int skip, String text) {
    ByteOffsets.Builder offsets = new ByteOffsets.Builder();
    int at = skip;
    for (int i = 0; i < text.length(); ) {
      if (at >= bytes.length) {
        return Optional.empty();
      }
      int cp = text.codePointAt(i);
      int length;
      if ((bytes[at] & 0xFF) < 0x80) {
        length = 1;
      } else if (at + 1 < bytes.length && bytes[at + 1] >= 0x30 && bytes[at + 1] <= 0x39) {
        length = 4;
      } else {
        length = 2;
      }
      offsets.add(cp, length);
      at += length;
      i += Character.charCount(cp);
    }
    return at == bytes.length ? Optional.of(offsets.build(skip, bytes.length)) : Optional.empty();
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

  /**
   * The outcome of one strict decoding attempt: the text, or the offset of the first undecodable
   * byte; and where each code point's bytes are, when decoding had to find that out.
   */
  private static final class Attempt {
    final Charset charset;
    final Optional<String> text;
    final long errorOffset;
    final Optional<ByteOffsets> offsets;

    Attempt(
        Charset charset, Optional<String> text, long errorOffset, Optional<ByteOffsets> offsets) {
      this.charset = charset;
      this.text = text;
      this.errorOffset = errorOffset;
      this.offsets = offsets;
    }

    static Attempt failed(Charset charset, long errorOffset) {
      return new Attempt(charset, Optional.empty(), errorOffset, Optional.empty());
    }
  }

  private static Attempt attempt(byte[] bytes, int skip, Charset charset) {
    int surrogate = firstUtf32Surrogate(bytes, skip, charset);
    if (surrogate >= 0) {
      return Attempt.failed(charset, surrogate);
    }
    CharsetDecoder decoder = strictDecoder(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) bytes.length + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return Attempt.failed(charset, in.position());
    }
    if (result.isOverflow()) {
      // No charset we read yields more UTF-16 code units than input bytes.
      throw new AssertionError("decoder overflow for " + charset);
    }
    out.flip();
    return new Attempt(charset, Optional.of(out.toString()), -1, Optional.empty());
  }

  /**
   * Decodes one character (or the characters of one byte sequence) at a time, so as to learn which
   * bytes each code point came from. Bytes that decode to nothing (an escape sequence) count with
   * the code point the decoder reads them with, or with the last one at the end.
   */
  private static Attempt stepwise(byte[] bytes, int skip, Charset charset) {
    CharsetDecoder decoder = strictDecoder(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    char[] chars = new char[(int) Math.min(Integer.MAX_VALUE - 8L, (long) bytes.length + 16)];
    CharBuffer out = CharBuffer.wrap(chars);
    ByteOffsets.Builder offsets = new ByteOffsets.Builder();
    int attributed = skip;
    int pendingCodePoint = -1;
    int pendingLength = 0;
    boolean done = false;
    while (!done) {
      int before = out.position();
      CoderResult result = CoderResult.OVERFLOW;
      for (int room = 1; room <= 4 && result.isOverflow() && out.position() == before; room++) {
        out.limit(Math.min(chars.length, before + room));
        result = decoder.decode(in, out, true);
      }
      if (result.isError()) {
        return Attempt.failed(charset, in.position());
      }
      if (result.isUnderflow()) {
        out.limit(chars.length);
        result = decoder.flush(out);
        if (result.isError()) {
          return Attempt.failed(charset, in.position());
        }
        done = true;
      } else if (out.position() == before) {
        throw new AssertionError(charset + " needs more than 4 characters for one sequence");
      }
      int first = before;
      while (first < out.position()) {
        int cp = Character.codePointAt(chars, first, out.position());
        if (pendingCodePoint >= 0) {
          offsets.add(pendingCodePoint, pendingLength);
        }
        pendingCodePoint = cp;
        pendingLength = first == before ? in.position() - attributed : 0;
        first += Character.charCount(cp);
      }
      if (out.position() > before) {
        attributed = in.position();
      }
    }
    if (pendingCodePoint >= 0) {
      offsets.add(pendingCodePoint, pendingLength + bytes.length - attributed);
    }
    return new Attempt(
        charset,
        Optional.of(new String(chars, 0, out.position())),
        -1,
        Optional.of(offsets.build(pendingCodePoint >= 0 ? skip : bytes.length, bytes.length)));
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
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
   * Whether the first {@code length} bytes (an even number) read as UTF-16 of one byte order
   * without a byte-order mark: they decode strictly, nearly all to ASCII, CJK, full-width or
   * supplementary characters.
   */
  private static Optional<Charset> looksLikeBomlessUtf16(byte[] bytes, int length) {
    if (length < 4 || length % 2 != 0) {
      return Optional.empty();
    }
    for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      boolean littleEndian = charset.equals(StandardCharsets.UTF_16LE);
      int units = length / 2;
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
