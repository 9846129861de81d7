package org.clausediff.internal.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.clausediff.ClauseDiff;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.dups.LabelReason;
import org.clausediff.dups.RepeatKind;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.GarbledDocuments;
import org.clausediff.testing.GarbledDocuments.GarbledDocument;
import org.clausediff.testing.GarbledDocuments.PlantedCopy;
import org.clausediff.testing.Stages;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of duplicate detection on generated documents with planted copies (whole
 * sentences and passages of several, some with a line break or other widths inside).
 */
class DuplicateDetectorProperties {

  static IntStream seeds() {
    return IntStream.range(0, 40);
  }

  private static GarbledDocument document(int seed) {
    return GarbledDocuments.seeded(seed)
        .withLineBreakShare(0.3)
        .withWidthShare(0.3)
        .ofLength(1500 + seed * 60);
  }

  /**
   * Cleaning removes exactly the planted copies: the same non-white-space code points; white space
   * is removed only between two removed copies that make one passage.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void removesExactlyThePlantedCopies(int seed) {
    GarbledDocument document = document(seed);
    SourceText text = document.source("generated-" + seed);

    DuplicateReport report = ClauseDiff.create().duplicates(text);

    boolean[] planted = new boolean[text.length()];
    for (PlantedCopy copy : document.copies()) {
      Arrays.fill(planted, copy.copy().start(), copy.copy().end(), true);
    }
    boolean[] removed = new boolean[text.length()];
    for (Span span : report.removed()) {
      assertThat(CodePoints.isWhitespace(text.codePointAt(span.start()))).isFalse();
      assertThat(CodePoints.isWhitespace(text.codePointAt(span.end() - 1))).isFalse();
      Arrays.fill(removed, span.start(), span.end(), true);
    }
    // A planted copy that no other copy touches is removed with exactly its span.
    for (PlantedCopy copy : document.copies()) {
      Span span = copy.copy();
      boolean alone =
          (span.start() == 0 || !planted[whitespaceBefore(text, span.start()) - 1])
              && (span.end() == text.length() || !planted[whitespaceAfter(text, span.end())]);
      if (alone) {
        assertThat(report.removed()).as("seed %s: %s", seed, copy).contains(span);
      }
    }
    for (int i = 0; i < text.length(); i++) {
      if (!CodePoints.isWhitespace(text.codePointAt(i))) {
        assertThat(removed[i])
            .as(
                "seed %s: code point %s at %s (%s) removed; planted %s, removed %s",
                seed,
                Character.toString(text.codePointAt(i)),
                i,
                text.lineColumn(i),
                document.copies(),
                report.removed())
            .isEqualTo(planted[i]);
      }
    }
  }

  /** The offset after the white space that ends before {@code offset} (0 if all is white). */
  private static int whitespaceBefore(SourceText text, int offset) {
    int i = offset;
    while (i > 0 && CodePoints.isWhitespace(text.codePointAt(i - 1))) {
      i--;
    }
    return Math.max(i, 1);
  }

  /** The offset of the first code point at or after {@code offset} that is not white space. */
  private static int whitespaceAfter(SourceText text, int offset) {
    int i = offset;
    while (i < text.length() - 1 && CodePoints.isWhitespace(text.codePointAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Sketching apart from the suffix array (as the command line does on two threads) changes
   * nothing.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sketchesMadeApartFromTheIndexFindTheSamePassages(int seed) {
    SourceText text = document(seed).source("generated-" + seed);
    SegmentedText segmentation = Stages.prepare(text);
    DuplicateDetector detector = DuplicateDetector.defaults();

    SentenceSketches sketches = detector.sketch(segmentation.document(), segmentation.normalized());
    DuplicateReport apart = detector.detect(sketches, RepeatIndex.of(segmentation.normalized()));
    DuplicateReport together = Stages.duplicates(segmentation, DuplicateOptions.defaults());

    assertThat(apart.passages()).as("seed %s", seed).isEqualTo(together.passages());
    assertThat(apart.passages()).as("seed %s", seed).isNotEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void uniqueTextIsNeverReported(int seed) {
    GarbledDocument document = GarbledDocuments.seeded(seed).withCopiedShare(0).ofLength(3000);

    DuplicateReport report = ClauseDiff.create().duplicates(document.source("unique-" + seed));

    // The only text that recurs in it is the responsibility lines the generator appends, and the
    // department lists that two of them share (seed 29: 省发展改革委、省科技厅、省财政厅、省工商局、).
    assertThat(report.passages())
        .as("seed %s", seed)
        .allSatisfy(p -> assertThat(p.reason()).isIn(LabelReason.NOTE, LabelReason.PHRASE));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void cleanedTextHasNoDuplicationAndLaterOccurrencesCopyTheFirst(int seed) {
    SourceText text = document(seed).source("generated-" + seed);
    SegmentedText segmentation = Stages.prepare(text);
    DuplicateReport report = Stages.duplicates(segmentation, DuplicateOptions.defaults());
    NormalizedText normalized = segmentation.normalized();

    for (DuplicatePassage passage : report.passages()) {
      if (passage.kind() == RepeatKind.EXACT) {
        String first = normalized.normalizedSubstring(passage.first());
        for (Span later : passage.later()) {
          assertThat(normalized.normalizedSubstring(later)).as("seed %s", seed).isEqualTo(first);
        }
      }
    }
    DuplicateReport again =
        ClauseDiff.create().duplicates(SourceText.of("cleaned", report.cleanedText()));
    assertThat(again.hasDuplication()).as("seed %s: %s", seed, again.passages()).isFalse();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sentencesMapToTheNormalizedRangesOfTheirUnits(int seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    String raw =
        seed % 2 == 0 ? generator.chineseProse(400) : generator.text(300) + generator.text(100);
    SourceText text = SourceText.of("generated-" + seed, raw);
    SegmentedText segmentation = Stages.prepare(text);
    NormalizedText normalized = segmentation.normalized();

    Sentences sentences =
        Sentences.of(segmentation.document(), normalized, normalized.codePoints().toArray());

    List<Span> expected = new ArrayList<>();
    for (Unit unit : segmentation.document().units(UnitKind.SENTENCE)) {
      Span range = normalized.toNormalized(unit.span());
      if (!range.isEmpty()) {
        expected.add(range);
      }
    }
    // Notes split off a sentence are pieces of it: joined, the pieces give the sentences back.
    List<Span> actual = new ArrayList<>();
    Span current = null;
    for (int i = 0; i < sentences.count(); i++) {
      Span piece = Span.of(sentences.start(i), sentences.end(i));
      current = current == null ? piece : current.span(piece);
      boolean continues =
          i + 1 < sentences.count()
              && sentences.start(i + 1) == piece.end()
              && (sentences.role(i) == Sentences.Role.NOTE
                  || sentences.role(i + 1) == Sentences.Role.NOTE);
      if (!continues || expected.contains(current)) {
        actual.add(current);
        current = null;
      }
    }
    assertThat(actual).as("seed %s: %s", seed, raw).isEqualTo(expected);
  }
}
