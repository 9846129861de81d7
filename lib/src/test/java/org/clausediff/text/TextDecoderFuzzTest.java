package org.clausediff.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.clausediff.InvalidInputException;
import org.clausediff.LimitExceededException;
import org.clausediff.robustness.Invariants;

/**
 * Fuzzes decoding: any bytes either decode to a consistent text or raise {@link
 * InvalidInputException} / {@link LimitExceededException} with an offset inside the input — never
 * another exception. Text detected as UTF-8 (or UTF-16/32 with a byte-order mark) encodes back to
 * exactly the input bytes. Plain {@code mvn test} replays the stored inputs in {@code
 * TextDecoderFuzzTestInputs/}; see docs/ROBUSTNESS.md for fuzzing longer.
 */
class TextDecoderFuzzTest {
  private static final TextDecoder DETECTING = TextDecoder.defaults();

  /** What each detected encoding must re-encode to: its charset and byte-order mark. */
  private static final Map<String, Charset> ROUND_TRIPS =
      Map.of(
          "UTF-8", StandardCharsets.UTF_8,
          "UTF-8 with BOM", StandardCharsets.UTF_8,
          "UTF-16LE with BOM", StandardCharsets.UTF_16LE,
          "UTF-16BE with BOM", StandardCharsets.UTF_16BE,
          "UTF-32LE with BOM", Charset.forName("UTF-32LE"),
          "UTF-32BE with BOM", Charset.forName("UTF-32BE"));

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
    if (ROUND_TRIPS.containsKey(text.encoding())) {
      byte[] encoded = text.text().getBytes(ROUND_TRIPS.get(text.encoding()));
      int bom = bytes.length - encoded.length;
      assertThat(bom).as("byte-order mark of %s", text.encoding()).isIn(0, 2, 3, 4);
      assertThat(ByteBuffer.wrap(bytes, bom, encoded.length))
          .as("%s round trip", text.encoding())
          .isEqualTo(ByteBuffer.wrap(encoded));
      assertThat(text.encoding().endsWith("with BOM")).isEqualTo(bom > 0);
    } else {
      assertThat(text.encoding()).isEqualTo("GB18030");
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
  }

  private static void assertRejectionPointsInside(InvalidInputException e, byte[] bytes) {
    assertThat(e.documentName()).isEqualTo("fuzz");
    assertThat(e.getMessage()).startsWith("fuzz: ").doesNotContain("\n");
    if (e.offset().isPresent()) {
      assertThat(e.offset().getAsLong()).isBetween(0L, (long) bytes.length);
    }
  }
}
