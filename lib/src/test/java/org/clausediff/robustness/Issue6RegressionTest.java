package org.clausediff.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.clausediff.ClauseDiff;
import org.clausediff.InvalidInputException;
import org.clausediff.InvalidInputException.Reason;
import org.clausediff.LimitExceededException;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Link;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.segment.Document;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.Stages;
import org.clausediff.text.DecodeOptions;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import org.clausediff.text.normalize.NormalizationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per bug that hostile input and fuzzing found in issue 6 (fixed in the commit that adds
 * the test): what the input was and what must happen instead.
 */
class Issue6RegressionTest {
  private static final String POLICY = "一、总体要求\n（一）指导思想。全面贯彻新发展理念，坚持改革。\n";

  // Reading

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void readsAPipeToTheEndThoughItReportsNoSize(@TempDir Path dir) throws Exception {
    Path fifo = fifo(dir);
    CompletableFuture<Path> writer =
        CompletableFuture.supplyAsync(() -> write(fifo, POLICY.getBytes(StandardCharsets.UTF_8)));

    SourceText text = TextDecoder.defaults().read(fifo);

    writer.get();
    assertThat(text.text()).isEqualTo(POLICY);
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void refusesAPipeLongerThanTheLimit(@TempDir Path dir) throws Exception {
    Path fifo = fifo(dir);
    byte[] bytes = POLICY.repeat(100).getBytes(StandardCharsets.UTF_8);
    CompletableFuture.runAsync(() -> write(fifo, bytes));
    TextDecoder decoder = TextDecoder.of(DecodeOptions.defaults().withMaxInputBytes(1000));

    LimitExceededException e = assertThrows(LimitExceededException.class, () -> decoder.read(fifo));

    assertThat(e.getMessage()).isEqualTo(fifo + ": longer than the input limit of 1000 bytes");
    assertThat(e.limitName()).isEqualTo("maxInputBytes");
  }

  @Test
  void readsAProcFileThatReportsSizeZero() throws Exception {
    Path version = Path.of("/proc/version");
    assumeTrue(Files.isReadable(version) && Files.size(version) == 0, "needs Linux /proc");

    SourceText text = TextDecoder.defaults().read(version);

    assertThat(text.text()).startsWith("Linux version ").hasSizeGreaterThan(20);
  }

  // Decoding

  @Test
  void detectsUtf16WithoutByteOrderMarkThatHasSurrogatePairs() {
    byte[] bytes = "一、𠮷野家\n（一）推进改革。\n".getBytes(StandardCharsets.UTF_16LE);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TextDecoder.defaults().decode("a", bytes));

    assertThat(e.reason()).isEqualTo(Reason.AMBIGUOUS_ENCODING);
    assertThat(e.getMessage()).contains("--encoding UTF-16LE");
  }

  @Test
  void keepsAZeroWidthNoBreakSpaceAfterTheUtf32ByteOrderMark() {
    for (String name : new String[] {"UTF-32LE", "UTF-32BE"}) {
      byte[] bytes = "\uFEFF\uFEFF一、总体要求".getBytes(Charset.forName(name));

      SourceText text = TextDecoder.defaults().decode("a", bytes);

      assertThat(text.text()).as(name).isEqualTo("\uFEFF一、总体要求");
    }
  }

  @Test
  void refusesSurrogateCodePointsInUtf32() {
    // U+DBFE U+DE00 as two UTF-32 units: Java's decoder used to pair them into U+10FA00.
    byte[] bytes = {
      (byte) 0xFF, (byte) 0xFE, 0, 0, (byte) 0xFE, (byte) 0xDB, 0, 0, 0, (byte) 0xDE, 0, 0
    };

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TextDecoder.defaults().decode("a", bytes));

    assertThat(e.getMessage())
        .isEqualTo("a: not valid UTF-32LE with BOM text; first undecodable byte at offset 4");
  }

  @Test
  void refusesANulCharacterInUtf16WithByteOrderMark() {
    byte[] bytes = "\uFEFF一、\0总体".getBytes(StandardCharsets.UTF_16BE);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TextDecoder.defaults().decode("a", bytes));

    assertThat(e.reason()).isEqualTo(Reason.BINARY);
    assertThat(e.getMessage())
        .isEqualTo("a: binary file (NUL character at code point offset 2), not text");
  }

  // Normalization

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void passesAPileOfCombiningMarksThroughUnchangedInsteadOfSortingItForMinutes() {
    String pile = "a" + "\u0301\u0323".repeat(100_000) + "。";
    TextNormalizer normalizer = TextNormalizer.defaults();

    NormalizedText normalized = normalizer.normalize(SourceText.of("zalgo", pile));

    assertThat(normalized.toString()).isEqualTo(pile);
    Invariants.checkNormalized(normalized);
    Invariants.checkIdempotent(normalizer, normalized);
  }

  @Test
  void stillComposesAndOrdersOrdinaryCombiningSequences() {
    NormalizedText normalized =
        TextNormalizer.defaults().normalize(SourceText.of("a", "Cafe\u0301 a\u0301\u0323"));

    assertThat(normalized.toString()).isEqualTo("Café \u1EA1\u0301");
  }

  @Test
  void keepsWhiteSpaceBeforeACombiningMarkSoThatNormalizingTwiceChangesNothing() {
    // ¨ is NFKC " \u0308" and ﾞ is NFKC "\u3099": removing the line break between them used to
    // put the two marks side by side, and a second normalization reordered them.
    TextNormalizer normalizer = TextNormalizer.defaults();
    NormalizedText once = normalizer.normalize(SourceText.of("a", "¨\r\nﾞ"));

    assertThat(once.toString()).contains("\u0308 \u3099");
    Invariants.checkNormalized(once);
    Invariants.checkIdempotent(normalizer, once);
    assertThat(normalizer.normalize(SourceText.of("b", "か\n\u3099")).toString())
        .isEqualTo("か \u3099");
  }

  @Test
  void keepsWhiteSpaceBeforeAConjoiningJamoSoThatNormalizingTwiceChangesNothing() {
    // U+11A8 (a final Hangul jamo) is a letter, not a mark, but NFKC joins it to 가 (giving 각).
    TextNormalizer normalizer = TextNormalizer.defaults();
    NormalizedText once = normalizer.normalize(SourceText.of("a", "가\n\u11A8"));

    Invariants.checkIdempotent(normalizer, once);
    Invariants.checkNormalized(once);
  }

  // Segmentation

  @Test
  void findsHeadingsBehindInvisibleCharactersAtTheStartOfALine() {
    String text = "\uFEFF一、总体要求\n\u200F（一）指导思想。全面贯彻。\n\u200B（二）基本原则。坚持改革。\n";

    Document document = Segmenter.defaults().segment(SourceText.of("a", text));

    Invariants.checkDocument(document);
    assertThat(document.units(UnitKind.SECTION)).extracting(Unit::label).containsExactly("一、");
    assertThat(document.units(UnitKind.ITEM))
        .extracting(Unit::label, Unit::title)
        .containsExactly(tuple("（一）", "指导思想"), tuple("（二）", "基本原则"));
    assertThat(document.units(UnitKind.SECTION).get(0).span().start()).isEqualTo(0);
  }

  private static Path fifo(Path dir) throws IOException, InterruptedException {
    Path fifo = dir.resolve("pipe");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "needs mkfifo");
    return fifo;
  }

  private static Path write(Path path, byte[] bytes) {
    try {
      return Files.write(path, bytes);
    } catch (IOException e) {
      // The reader stopped early (the limit test): the pipe is closed.
      return path;
    }
  }

  // Duplicates

  /**
   * Fuzzing (DuplicateDetectorFuzzTest, crash-eaef53c…): a repeat found in the normalized text
   * ended inside the expansion of one source character — ㈠ becomes {@code (一)}, and a combining
   * mark after it joins that expansion — so the later occurrence's source span took in the mark
   * that the first lacks, and an "exact" group had occurrences of different text.
   */
  @Test
  void cutsAnExactRepeatBetweenSourceCharacters() {
    String body = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
    SourceText text = SourceText.of("marks", body + "㈠。天地玄黄宇宙洪荒日月盈昃辰宿列张。" + body + "㈠\u3099。");
    SegmentedText segmentation =
        Stages.prepare(
            text, SegmentOptions.defaults().withClauses(false), NormalizationOptions.defaults());

    DuplicateReport report = Stages.duplicates(segmentation, DuplicateOptions.defaults());

    Invariants.checkDuplicates(report, segmentation.normalized());
    // The exact repeat stops before ㈠ (whose normalized text differs); the sentences are near.
    assertThat(report.passages())
        .extracting(p -> p.kind() + " " + p.occurrences().stream().map(text::substring).toList())
        .containsExactly(
            "EXACT " + List.of(body, body), "NEAR " + List.of(body + "㈠。", body + "㈠\u3099。"));
  }

  // Compare

  /**
   * Fuzzing (CompareFuzzTest, crash-8253d71…): two headings that swapped places are mirror images
   * of each other — the same weight, the same displacement — so which one counted as moved was left
   * to the order of the points, and the key hashes meant to break such ties numbered Latin words in
   * the order the documents came. compare(a, b) and compare(b, a) then moved different headings
   * (and in the fuzz case linked different sentences, with different similarities).
   */
  @Test
  void movesTheSameOfTwoSwappedHeadingsWhicheverDocumentIsLeft() {
    SourceText a = SourceText.of("a", "Alpha beta.\nArticle 2. Scope\nArticle 3. Term\nOmega.\n");
    SourceText b = SourceText.of("b", "Alpha beta.\nArticle 3. Term\nArticle 2. Scope\nOmega.\n");

    List<String> forward = movedTexts(ClauseDiff.create().compare(a, b), true);
    List<String> backward = movedTexts(ClauseDiff.create().compare(b, a), false);

    assertThat(forward).hasSize(1).isEqualTo(backward);
  }

  /** The left (or right) texts of the moved links at the aligned level. */
  private static List<String> movedTexts(Comparison comparison, boolean left) {
    return Stages.levelLinks(comparison).stream()
        .filter(Link::moved)
        .map(
            link ->
                left
                    ? comparison.left().document().text(link.leftUnits().get(0))
                    : comparison.right().document().text(link.rightUnits().get(0)))
        .toList();
  }
}
