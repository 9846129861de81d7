package org.clausediff.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.LongStream;
import org.clausediff.InvalidInputException;
import org.clausediff.InvalidInputException.Reason;
import org.clausediff.text.ByteOffsets.Width;
import org.clausediff.text.DecodingAttempt.Decoded;
import org.clausediff.text.DecodingAttempt.Undecodable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-pass UTF-8 path of {@link TextDecoder#decode} against the decoding it replaced (kept
 * here, {@link #before}): on random bytes biased to the edges of UTF-8 — overlong forms, encoded
 * surrogates, code points above U+10FFFF, truncated sequences, NUL bytes, byte-order marks — both
 * give the same text, code points, encoding and byte offsets, or the same exception, message and
 * offset.
 */
class WellFormedUtf8Test {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final TextDecoder DECODER = TextDecoder.defaults();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void decodesAsBefore(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 25; round++) {
      byte[] bytes = randomBytes(random);
      assertSameOutcome(bytes);
    }
  }

  @Test
  void acceptsExactlyWhatTheStrictDecoderAcceptsWithoutNul() {
    byte[][] cases = {
      {},
      {'a'},
      {0},
      {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xC1, (byte) 0xBF},
      {(byte) 0xC2, (byte) 0x80},
      {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF},
      {(byte) 0xE0, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xED, (byte) 0x9F, (byte) 0xBF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
      {(byte) 0xF0, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0xE4, (byte) 0xB8},
      {(byte) 0xE4, (byte) 0xB8, (byte) 0xAD},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'},
      {(byte) 0x80},
    };
    for (byte[] bytes : cases) {
      boolean strict =
          StrictDecoding.whole(bytes, 0, StandardCharsets.UTF_8) instanceof Decoded
              && !contains(bytes, (byte) 0);
      assertThat(WellFormedUtf8.withoutNul(bytes)).as(hex(bytes)).isEqualTo(strict);
      assertSameOutcome(bytes);
    }
  }

  private static void assertSameOutcome(byte[] bytes) {
    Throwable expectedFailure = catchThrowable(() -> before("t", bytes));
    Throwable actualFailure = catchThrowable(() -> DECODER.decode("t", bytes));
    if (expectedFailure != null) {
      assertThat(actualFailure).as(hex(bytes)).isInstanceOf(expectedFailure.getClass());
      assertThat(actualFailure).hasMessage(expectedFailure.getMessage());
      InvalidInputException expected = (InvalidInputException) expectedFailure;
      InvalidInputException actual = (InvalidInputException) actualFailure;
      assertThat(actual.reason()).isEqualTo(expected.reason());
      assertThat(actual.offset()).isEqualTo(expected.offset());
      return;
    }
    assertThat(actualFailure).as(hex(bytes)).isNull();
    SourceText expected = before("t", bytes);
    SourceText actual = DECODER.decode("t", bytes);
    assertThat(actual.text()).isEqualTo(expected.text());
    assertThat(actual.toCodePointArray()).isEqualTo(expected.toCodePointArray());
    assertThat(actual.encoding()).isEqualTo(expected.encoding());
    for (int offset = 0; offset <= expected.length(); offset++) {
      assertThat(actual.byteOffset(offset)).isEqualTo(expected.byteOffset(offset));
    }
    assertThat(actual.lineCount()).isEqualTo(expected.lineCount());
  }

  /** Bytes that are mostly UTF-8, with one to three pieces that may not be. */
  private static byte[] randomBytes(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(10) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    int pieces = random.nextInt(12);
    for (int p = 0; p < pieces; p++) {
      switch (random.nextInt(12)) {
        case 0 -> out.write(0);
        case 1 -> out.write(0x80 + random.nextInt(0x80)); // a stray byte, lead or continuation
        case 2 -> out.writeBytes(overlong(random));
        case 3 -> out.writeBytes(encode(0xD800 + random.nextInt(0x800))); // a surrogate
        case 4 -> out.writeBytes(encode(0x110000 + random.nextInt(0x1EFFFF))); // beyond Unicode
        case 5 -> {
          byte[] whole = encode(0x80 + random.nextInt(0x10FF80));
          out.write(whole, 0, 1 + random.nextInt(whole.length)); // perhaps truncated
        }
        case 6 -> out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF}); // a UTF-16 mark
        default -> out.writeBytes(validText(random).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private static String validText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(20);
    for (int i = 0; i < length; i++) {
      int cp =
          switch (random.nextInt(6)) {
            case 0 -> 0x20 + random.nextInt(0x5F);
            case 1 -> "\r\n\u2028\u0085\t".charAt(random.nextInt(5));
            case 2 -> 0x80 + random.nextInt(0x780);
            case 3 -> 0x4E00 + random.nextInt(0x5200);
            case 4 -> 0x10000 + random.nextInt(0x100000);
            default -> 0xE000 + random.nextInt(0x2000);
          };
      text.appendCodePoint(cp);
    }
    return text.toString();
  }

  /** The UTF-8 pattern of {@code cp}, which may be a surrogate or above U+10FFFF. */
  private static byte[] encode(int cp) {
    if (cp < 0x80) {
      return new byte[] {(byte) cp};
    }
    if (cp < 0x800) {
      return new byte[] {(byte) (0xC0 | cp >> 6), (byte) (0x80 | cp & 0x3F)};
    }
    if (cp < 0x10000) {
      return new byte[] {
        (byte) (0xE0 | cp >> 12), (byte) (0x80 | cp >> 6 & 0x3F), (byte) (0x80 | cp & 0x3F)
      };
    }
    return new byte[] {
      (byte) (0xF0 | cp >> 18 & 0x07),
      (byte) (0x80 | cp >> 12 & 0x3F),
      (byte) (0x80 | cp >> 6 & 0x3F),
      (byte) (0x80 | cp & 0x3F)
    };
  }

  /** A code point written in more bytes than it needs. */
  private static byte[] overlong(Random random) {
    int cp = random.nextInt(0x800);
    return switch (random.nextInt(3)) {
      case 0 -> new byte[] {(byte) (0xC0 | cp >> 6 & 0x01), (byte) (0x80 | cp & 0x3F)};
      case 1 -> new byte[] {(byte) 0xE0, (byte) (0x80 | cp >> 6 & 0x1F), (byte) (0x80 | cp & 0x3F)};
      default ->
          new byte[] {
            (byte) 0xF0,
            (byte) (0x80 | random.nextInt(0x10)),
            (byte) (0x80 | cp >> 6 & 0x3F),
            (byte) (0x80 | cp & 0x3F)
          };
    };
  }

  /**
   * {@link TextDecoder#decode} with default options as it was before the one-pass UTF-8 path: a NUL
   * byte scan, the strict decoder, then the byte offsets summed over the text.
   */
  private static SourceText before(String name, byte[] bytes) {
    TextDecoder decoder = TextDecoder.defaults();
    Optional<ByteOrderMark> mark = ByteOrderMark.atStartOf(bytes);
    if (mark.isPresent()) {
      return decoder.decode(name, bytes); // unchanged paths
    }
    BinaryInput.refuseHead(name, bytes, Math.min(bytes.length, TextDecoder.HEAD), Optional.empty());
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw bomlessUtf16(name, bytes).orElse(BinaryInput.nulByte(name, i));
      }
    }
    DecodingAttempt utf8 = StrictDecoding.whole(bytes, 0, StandardCharsets.UTF_8);
    if (utf8 instanceof Decoded text) {
      ByteOffsets offsets = ByteOffsets.unicode(Width.UTF_8, text.text(), bytes.length);
      return SourceText.decoded(
          name, text.text(), new Encoding(text.charset(), offsets.prefix() > 0), offsets);
    }
    Optional<InvalidInputException> utf16 = bomlessUtf16(name, bytes);
    if (utf16.isPresent()) {
      throw utf16.get();
    }
    DecodingAttempt gb = StrictDecoding.whole(bytes, 0, GB18030);
    if (gb instanceof Decoded gbText) {
      return SourceText.decoded(
          name,
          gbText.text(),
          Encoding.of(GB18030),
          ByteOffsets.gb18030(bytes, 0, gbText.text()).orElseThrow());
    }
    Undecodable utf8Failure = (Undecodable) utf8;
    Undecodable gbFailure = (Undecodable) gb;
    Undecodable further =
        gbFailure.errorOffset() > utf8Failure.errorOffset() ? gbFailure : utf8Failure;
    throw new InvalidInputException(
        name,
        Reason.UNDECODABLE,
        "not UTF-8, UTF-16 or GB18030 text; first undecodable byte at offset "
            + further.errorOffset()
            + " (reading as "
            + further.charset().name()
            + ")",
        OptionalLong.of(further.errorOffset()));
  }

  private static Optional<InvalidInputException> bomlessUtf16(String name, byte[] bytes) {
    return BomlessUtf16.detect(bytes, bytes.length).map(utf16 -> BomlessUtf16.refusal(name, utf16));
  }

  private static boolean contains(byte[] bytes, byte b) {
    for (byte x : bytes) {
      if (x == b) {
        return true;
      }
    }
    return false;
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%02X ", b & 0xFF));
    }
    return out.toString();
  }
}
