package org.clausediff.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.clausediff.InvalidInputException;
import org.clausediff.InvalidInputException.Reason;
import org.clausediff.LimitExceededException;
import org.clausediff.text.ByteOffsets.Width;
import org.clausediff.text.DecodingAttempt.Decoded;
import org.clausediff.text.DecodingAttempt.Undecodable;

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
 */
public final class TextDecoder {
  /** The number of bytes looked at for a binary file before the rest is read. */
  static final int HEAD = BinaryInput.HEAD;

  private static final Charset GB18030 = Charset.forName("GB18030");

  private final DecodeOptions options;
  private final BoundedInputReader input;

  private TextDecoder(DecodeOptions options) {
    this.options = options;
    this.input = new BoundedInputReader(options);
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
    return input.read(path);
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
    return input.read(name, in);
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
    input.checkSize(name, bytes.length);
    BinaryInput.refuseHead(name, bytes, Math.min(bytes.length, HEAD), options.charset());
    Optional<Charset> forced = options.charset();
    if (forced.isPresent()) {
      int skip = ByteOrderMark.forcedSkip(bytes, forced.get());
      return strict(name, bytes, skip, forced.get(), skip > 0);
    }
    Optional<ByteOrderMark> mark = ByteOrderMark.atStartOf(bytes);
    if (mark.isPresent()) {
      return strict(name, bytes, mark.get().skip(), mark.get().charset(), true);
    }
    if (WellFormedUtf8.withoutNul(bytes)) {
      // The common case in one pass: nothing below can refuse these bytes or read them otherwise.
      return SourceText.decoded(
          name,
          new String(bytes, StandardCharsets.UTF_8),
          Encoding.of(StandardCharsets.UTF_8),
          ByteOffsets.utf8(bytes.length));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw bomlessUtf16(name, bytes).orElse(BinaryInput.nulByte(name, i));
      }
    }
    DecodingAttempt utf8 = StrictDecoding.whole(bytes, 0, StandardCharsets.UTF_8);
    if (utf8 instanceof Decoded utf8Text) {
      return decoded(name, bytes, 0, utf8Text);
    }
    Optional<InvalidInputException> utf16 = bomlessUtf16(name, bytes);
    if (utf16.isPresent()) {
      throw utf16.get();
    }
    DecodingAttempt gb = StrictDecoding.whole(bytes, 0, GB18030);
    if (gb instanceof Decoded gbText) {
      return decoded(name, bytes, 0, gbText);
    }
    throw undecodable(name, (Undecodable) utf8, (Undecodable) gb);
  }

  /** The refusal of bytes that are neither UTF-8 nor GB18030, naming the one read further. */
  private static InvalidInputException undecodable(String name, Undecodable utf8, Undecodable gb) {
    Undecodable further = gb.errorOffset() > utf8.errorOffset() ? gb : utf8;
    return new InvalidInputException(
        name,
        Reason.UNDECODABLE,
        "not UTF-8, UTF-16 or GB18030 text; first undecodable byte at offset "
            + further.errorOffset()
            + " (reading as "
            + further.charset().name()
            + ")",
        OptionalLong.of(further.errorOffset()));
  }

  /** The refusal of {@code bytes} if they read as UTF-16 without a byte-order mark. */
  private static Optional<InvalidInputException> bomlessUtf16(String name, byte[] bytes) {
    return BomlessUtf16.detect(bytes, bytes.length).map(utf16 -> BomlessUtf16.refusal(name, utf16));
  }

  /**
   * Checks that {@code cut}, some of the bytes of a text decoded in {@code encoding}, decode in it
   * to exactly {@code expected}.
   *
   * @throws InvalidInputException ({@link Reason#NOT_CUTTABLE}) if they do not
   */
  static void checkCut(String name, byte[] cut, Encoding encoding, CharSequence expected) {
    Charset charset = encoding.charset();
    int skip = encoding.byteOrderMark() ? ByteOrderMark.forcedSkip(cut, charset) : 0;
    DecodingAttempt attempt = StrictDecoding.whole(cut, skip, charset);
    if (!(attempt instanceof Decoded decoded && decoded.text().contentEquals(expected))) {
      throw new InvalidInputException(
          name,
          Reason.NOT_CUTTABLE,
          "passages cannot be cut out of "
              + charset.name()
              + " bytes without changing the text around the cuts; convert the file to UTF-8"
              + " first",
          OptionalLong.empty());
    }
  }

  /** Decodes the bytes after the first {@code skip} in {@code charset}, which is not guessed. */
  private static SourceText strict(
      String name, byte[] bytes, int skip, Charset charset, boolean byteOrderMark) {
    DecodingAttempt attempt =
        Width.of(charset) == Width.OTHER && !charset.equals(GB18030)
            ? StrictDecoding.stepwise(bytes, skip, charset)
            : StrictDecoding.whole(bytes, skip, charset);
    if (attempt instanceof Undecodable failed) {
      throw new InvalidInputException(
          name,
          Reason.UNDECODABLE,
          "not valid "
              + new Encoding(charset, byteOrderMark).name()
              + " text; first undecodable byte at offset "
              + failed.errorOffset(),
          OptionalLong.of(failed.errorOffset()));
    }
    Decoded decoded = (Decoded) attempt;
    BinaryInput.refuseNulCharacter(name, decoded.text());
    return decoded(name, bytes, skip, decoded);
  }

  /** The text of a successful {@code attempt}, with its encoding and byte offsets. */
  private static SourceText decoded(String name, byte[] bytes, int skip, Decoded attempt) {
    String text = attempt.text();
    Charset charset = attempt.charset();
    Width width = Width.of(charset);
    ByteOffsets offsets;
    boolean byteOrderMark = false;
    if (width != Width.OTHER) {
      offsets = ByteOffsets.unicode(width, text, bytes.length);
      byteOrderMark = offsets.prefix() > 0;
    } else if (attempt.offsets().isPresent()) {
      offsets = attempt.offsets().get();
    } else {
      // GB18030: learnt from the bytes' structure when they parse (always, for Java's mapping).
      offsets =
          ByteOffsets.gb18030(bytes, skip, text)
              .orElseGet(() -> stepwiseOffsets(bytes, skip, charset));
    }
    return SourceText.decoded(name, text, new Encoding(charset, byteOrderMark), offsets);
  }

  private static ByteOffsets stepwiseOffsets(byte[] bytes, int skip, Charset charset) {
    DecodingAttempt attempt = StrictDecoding.stepwise(bytes, skip, charset);
    if (attempt instanceof Decoded decoded) {
      return decoded.offsets().orElseThrow();
    }
    throw new AssertionError(charset + " decodes in one piece but not stepwise: " + attempt);
  }
}
