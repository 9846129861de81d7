package org.clausediff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class HeapEstimateTest {
  private static final SourceText LATIN =
      SourceText.of("latin.txt", "lorem ipsum ".repeat(100_000));
  private static final SourceText CHINESE =
      SourceText.of("chinese.txt", "全面贯彻新发展理念，坚持改革创新。\n".repeat(70_000 / 18 + 1));

  @Test
  void needsGrowWithLengthIdeographsAndSentences() {
    SourceText shortLatin = SourceText.of("s", "lorem ipsum ".repeat(50_000));
    SourceText sentences = SourceText.of("m", "a.".repeat(600_000));

    assertThat(HeapEstimate.compareNeeds(LATIN, LATIN))
        .isGreaterThan(HeapEstimate.compareNeeds(shortLatin, LATIN))
        .isGreaterThan(HeapEstimate.BASE_BYTES);
    assertThat(HeapEstimate.compareNeeds(CHINESE, CHINESE))
        .as("an ideograph is a token of its own")
        .isGreaterThan(
            HeapEstimate.compareNeeds(
                SourceText.of("x", "x".repeat(CHINESE.length())),
                SourceText.of("x", "x".repeat(CHINESE.length()))));
    assertThat(HeapEstimate.duplicatesNeeds(sentences))
        .as("every sentence is a unit")
        .isGreaterThan(HeapEstimate.duplicatesNeeds(SourceText.of("a", "a".repeat(1_200_000))));
    assertThat(HeapEstimate.collateNeeds(Optional.empty(), List.of(LATIN, CHINESE)))
        .as("two versions: one alignment, as in compare")
        .isEqualTo(HeapEstimate.compareNeeds(LATIN, CHINESE));
    assertThat(HeapEstimate.collateNeeds(Optional.empty(), List.of(LATIN, CHINESE, LATIN)))
        .as("every pairwise alignment is kept")
        .isGreaterThan(
            HeapEstimate.compareNeeds(LATIN, CHINESE)
                + HeapEstimate.compareNeeds(LATIN, LATIN) / 2);
    assertThat(HeapEstimate.collateNeeds(Optional.of(LATIN), List.of(CHINESE)))
        .isEqualTo(HeapEstimate.compareNeeds(LATIN, CHINESE));
  }

  @Test
  void textsMeasuredApartNeedWhatTheTextsNeed() {
    SourceText mixed = SourceText.of("mixed.txt", "第一条 总则。Lorem ipsum; dolor!\n第二条？\r\n");
    HeapEstimate.TextSize size = HeapEstimate.TextSize.of(mixed);

    assertThat(size)
        .as("8 ideographs (第一条总则第二条), 7 breaks (。;!？ and three line terminators)")
        .isEqualTo(new HeapEstimate.TextSize("mixed.txt", mixed.length(), 8, 7));
    assertThat(HeapEstimate.compareNeeds(HeapEstimate.TextSize.of(LATIN), size))
        .isEqualTo(HeapEstimate.compareNeeds(LATIN, mixed));
    assertThrows(IllegalArgumentException.class, () -> new HeapEstimate.TextSize("x", 3, 2, 2));
  }

  @Test
  void duplicatesCountTheBreaksThatTextSizeCounts() {
    List<SourceText> texts =
        List.of(
            SourceText.of("mixed.txt", "第一条 总则。Lorem ipsum; dolor!\n第二条？\r\n"),
            SourceText.of("ends.txt", "；！？.?\r\r\n\u0085\u2028\u2029\r"),
            SourceText.of("supplementary.txt", "𠀀。𠀋\uD840\uDC0B；𪚥!"),
            SourceText.of("none.txt", "，、：（）“”"),
            CHINESE,
            LATIN);
    for (SourceText text : texts) {
      assertThat(HeapEstimate.duplicatesNeeds(text))
          .as(text.name())
          .isEqualTo(
              HeapEstimate.duplicatesNeeds(text.length(), HeapEstimate.TextSize.of(text).breaks()));
    }
    assertThat(HeapEstimate.TextSize.of(texts.get(1)).breaks())
        .as("every mark, each of CR LF")
        .isEqualTo(12);
  }

  /**
   * The library owns no heap: in a JVM whose heap is below the estimate, a comparison that fits
   * runs (before, the library refused it with a LimitExceededException).
   */
  @Test
  void theLibraryNeverRefusesAnInputBecauseOfTheHeap() throws IOException, InterruptedException {
    long heap = 64L << 20;
    assertThat(HeapEstimate.compareNeeds(LATIN, CHINESE)).isGreaterThan(heap);
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + (heap >> 20) + "m",
                "-cp",
                System.getProperty("java.class.path"),
                SmallHeapCompare.class.getName())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).startsWith("compared: ");
  }

  /** Compares the two texts of this test in a JVM with a heap below their estimate. */
  static final class SmallHeapCompare {
    public static void main(String[] args) {
      System.out.println("compared: " + ClauseDiff.create().compare(LATIN, CHINESE));
    }
  }
}
