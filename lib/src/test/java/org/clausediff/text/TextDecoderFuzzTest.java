package org.clausediff.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.clausediff.InvalidInputException;
import org.clausediff.LimitExceededException;
import org.clausediff.robustness.Invariants;

/**
 * Fuzzes decoding: any bytes either decode to a consistent text or raise {@link
 * InvalidInputException} / {@link LimitExceededException} with an offset inside the input — never
 * another exception. Text detected as UTF-8 (or UTF-16/32 with a byte-order mark) encodes back to
 * exactly the input bytes. Under a forced charset, cutting spans out of the input keeps every other
 * byte and gives exactly the text without the spans ({@link #cutsBytesExactlyUnderForcedCharset}).
 * Plain {@code mvn test} replays the stored inputs in {@code TextDecoderFuzzTestInputs/}; see
 * docs/ROBUSTNESS.md for fuzzing longer.
 */
class TextDecoderFuzzTest {
  private static final TextDecoder DETECTING = TextDecoder.defaults();

  /** The charsets a detected encoding must re-encode to (with its byte-order mark before). */
  private static final Set<Charset> ROUND_TRIPS =
      Set.of(
          StandardCharsets.UTF_8,
          StandardCharsets.UTF_16LE,
          StandardCharsets.UTF_16BE,
          Charset.forName("UTF-32LE"),
          Charset.forName("UTF-32BE"));

  private static final List<Charset> FORCED =
      List.of(
          StandardCharsets.UTF_8,
          StandardCharsets.UTF_16,
          StandardCharsets.UTF_16LE,
          StandardCharsets.ISO_8859_1,
          Charset.forName("UTF-32"),
          Charset.forName("GB18030"),
          Charset.forName("GBK"),
          Charset.forName("Big5"),
          Charset.forName("Shift_JIS"),
          Charset.forName("x-EUC-TW"),
          Charset.forName("CESU-8"));

  @FuzzTest(maxDuration = "10m")
  void detectsOrRejects(byte[] bytes) {
    SourceText text;
    try {
      text = DETECTING.decode("fuzz", bytes);
    } catch (InvalidInputException e) {
      assertRejectionPointsInside(e, bytes);
      return;
    }
    Invariants.checkSource(text);
    Invariants.checkByteOffsets(text, bytes);
    Encoding encoding = text.encoding().orElseThrow();
    if (ROUND_TRIPS.contains(encoding.charset())) {
      byte[] encoded = text.text().getBytes(encoding.charset());
      int bom = bytes.length - encoded.length;
      assertThat(bom).as("byte-order mark of %s", encoding).isIn(0, 2, 3, 4);
      assertThat(ByteBuffer.wrap(bytes, bom, encoded.length))
          .as("%s round trip", encoding)
          .isEqualTo(ByteBuffer.wrap(encoded));
      assertThat(encoding.byteOrderMark()).isEqualTo(bom > 0);
      assertThat(text.byteOffset(0)).hasValue(bom);
    } else {
      assertThat(encoding).isEqualTo(Encoding.of(Charset.forName("GB18030")));
      assertThat(bytes).as("GB18030 text has no NUL byte").doesNotContain((byte) 0);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void decodesWithForcedCharsetOrRejects(FuzzedDataProvider data) {
    Charset charset = data.pickValue(FORCED);
    long limit = data.consumeLong(1, 1 << 12);
    byte[] bytes = data.consumeRemainingAsBytes();
    TextDecoder decoder =
        TextDecoder.of(DecodeOptions.defaults().withCharset(charset).withMaxInputBytes(limit));
    SourceText text;
    try {
      text = decoder.decode("fuzz", bytes);
    } catch (InvalidInputException e) {
      assertRejectionPointsInside(e, bytes);
      return;
    } catch (LimitExceededException e) {
      assertThat(bytes.length).isGreaterThan((int) limit);
      assertThat(e.limit()).isEqualTo(limit);
      assertThat(e.actual()).isEqualTo(bytes.length);
      return;
    }
    assertThat((long) bytes.length).isLessThanOrEqualTo(limit);
    Invariants.checkSource(text);
    Invariants.checkByteOffsets(text, bytes);
  }

  /**
   * The charsets of the cutting round trip: the Unicode ones, the double-byte ones of Chinese,
   * Japanese and Korean (with their one-byte and four-byte exceptions), a single-byte one, and
   * stateful ones.
   */
  private static final List<Charset> CUT =
      List.of(
          StandardCharsets.UTF_8,
          StandardCharsets.UTF_16,
          StandardCharsets.UTF_16LE,
          StandardCharsets.UTF_16BE,
          Charset.forName("UTF-32"),
          Charset.forName("UTF-32LE"),
          Charset.forName("GB18030"),
          Charset.forName("GBK"),
          Charset.forName("Big5"),
          Charset.forName("Big5-HKSCS"),
          Charset.forName("windows-31j"),
          Charset.forName("EUC-JP"),
          Charset.forName("EUC-KR"),
          StandardCharsets.ISO_8859_1,
          Charset.forName("ISO-2022-JP"),
          Charset.forName("ISO-2022-CN"));

  /**
   * Where a cut may be refused: the stateful encodings (a cut can lose the shift that the text
   * after it needs), and Big5-HKSCS, some of whose byte pairs decode to two code points that a cut
   * between them cannot part.
   */
  private static final Set<String> MAY_REFUSE_CUTS =
      Set.of("ISO-2022-JP", "ISO-2022-CN", "Big5-HKSCS");

  /**
   * Each code point's bytes decode, alone, to it: in the stateless charsets without a byte-order
   * mark of their own (the UTF-32 decoders drop a leading U+FEFF; Big5-HKSCS has pairs).
   */
  private static final Set<String> CODE_POINT_BY_CODE_POINT =
      Set.of(
          "UTF-8",
          "UTF-16LE",
          "UTF-16BE",
          "GB18030",
          "GBK",
          "Big5",
          "windows-31j",
          "EUC-JP",
          "EUC-KR",
          "ISO-8859-1");

  @FuzzTest(maxDuration = "10m")
  void cutsBytesExactlyUnderForcedCharset(FuzzedDataProvider data) {
    Charset charset = data.pickValue(CUT);
    long seed = data.consumeLong();
    byte[] bytes = data.consumeRemainingAsBytes();
    TextDecoder decoder = TextDecoder.of(DecodeOptions.defaults().withCharset(charset));
    SourceText text;
    try {
      text = decoder.decode("fuzz", bytes);
    } catch (InvalidInputException e) {
      assertRejectionPointsInside(e, bytes);
      return;
    }
    Invariants.checkByteOffsets(text, bytes);
    if (CODE_POINT_BY_CODE_POINT.contains(charset.name())) {
      for (int i = 0; i < text.length(); i++) {
        int from = text.byteOffset(i).getAsInt();
        int to = text.byteOffset(i + 1).getAsInt();
        assertThat(new String(bytes, from, to - from, charset))
            .as("bytes [%s, %s) of code point %s in %s", from, to, i, charset)
            .isEqualTo(Character.toString(text.codePointAt(i)));
      }
    }
    Random random = new Random(seed);
    List<Span> spans = new ArrayList<>();
    StringBuilder kept = new StringBuilder();
    ByteBuffer expected = ByteBuffer.allocate(bytes.length);
    int at = 0;
    int keptFrom = 0;
    while (at < text.length() && random.nextInt(4) > 0) {
      int start = at + random.nextInt(text.length() - at + 1);
      int end = start + random.nextInt(text.length() - start + 1);
      spans.add(Span.of(start, end));
      kept.append(text.substring(at, start));
      expected.put(bytes, keptFrom, bytesAt(text, start) - keptFrom);
      keptFrom = bytesAt(text, end);
      at = end;
    }
    kept.append(text.substring(at, text.length()));
    expected.put(bytes, keptFrom, bytes.length - keptFrom);
    byte[] cut;
    try {
      cut = text.cut(bytes, spans);
    } catch (InvalidInputException e) {
      assertThat(e.reason()).isEqualTo(InvalidInputException.Reason.NOT_CUTTABLE);
      assertThat(MAY_REFUSE_CUTS).as("%s refused a cut", charset).contains(charset.name());
      return;
    }
    assertThat(ByteBuffer.wrap(cut)).isEqualTo(expected.flip());
    SourceText again = decoder.decode("cut", cut);
    assertThat(again.text()).isEqualTo(kept.toString());
    assertThat(again.encoding()).isEqualTo(text.encoding());
  }

  private static int bytesAt(SourceText text, int offset) {
    return text.byteOffset(offset).getAsInt();
  }

  private static void assertRejectionPointsInside(InvalidInputException e, byte[] bytes) {
    assertThat(e.documentName()).isEqualTo("fuzz");
    assertThat(e.getMessage()).startsWith("fuzz: ").doesNotContain("\n");
    if (e.offset().isPresent()) {
      assertThat(e.offset().getAsLong()).isBetween(0L, (long) bytes.length);
    }
  }
}
