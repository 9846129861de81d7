package org.clausediff.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.clausediff.api.ClauseDiff;
import org.clausediff.api.CompareOptions;
import org.clausediff.api.Segmentation;
import org.clausediff.collate.Collator;
import org.clausediff.collate.Version;
import org.clausediff.dups.DuplicateDetector;
import org.clausediff.report.CollationJsonWriter;
import org.clausediff.report.CompareJsonWriter;
import org.clausediff.report.DuplicatesJsonWriter;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.GarbledDocuments;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link CompareOptions} instance, one {@link DuplicateDetector} and one {@link Collator} —
 * with the segmented inputs and the JSON writers — shared by 8 threads that each work through every
 * input in an order of their own, give exactly the JSON that one thread gives working through them
 * one by one. (The stages they rest on: {@link ConcurrencyTest}.)
 */
class PipelineConcurrencyTest {
  private static final int THREADS = 8;

  private static final CompareOptions COMPARE_OPTIONS =
      CompareOptions.builder().level(UnitKind.CLAUSE).minSimilarity(0.4).build();
  private static final DuplicateDetector DETECTOR = DuplicateDetector.defaults();
  private static final Collator COLLATOR = Collator.defaults();
  private static final CompareJsonWriter COMPARE_JSON = new CompareJsonWriter();
  private static final DuplicatesJsonWriter DUPLICATES_JSON = DuplicatesJsonWriter.create();
  private static final CollationJsonWriter COLLATION_JSON = new CollationJsonWriter();

  /** Pairs of texts segmented for {@link #COMPARE_OPTIONS}, shared by all threads. */
  private static List<Segmentation[]> pairs;

  /** Texts segmented for duplicate detection. */
  private static List<Segmentation> documents;

  /** Sets of versions to collate, the first one with its original. */
  private static List<List<Version>> collations;

  @BeforeAll
  static void prepare() {
    pairs = new ArrayList<>();
    documents = new ArrayList<>();
    List<Version> versions = new ArrayList<>();
    for (int i = 0; i < TestData.SEEDS.size(); i++) {
      String seed = TestData.SEEDS.get(i);
      String opening = opening(TestData.text(seed), 2500);
      PlantedEdits.Pair planted = PlantedEdits.seeded(i).withRate(0.3).apply(seed, opening);
      pairs.add(
          new Segmentation[] {
            forCompare(SourceText.of(seed, planted.left())),
            forCompare(SourceText.of(seed + " edited", planted.right()))
          });
      documents.add(forDuplicates(TestData.text(seed)));
      documents.add(
          forDuplicates(
              GarbledDocuments.seeded(i).withLineBreakShare(0.3).ofLength(2000).source("g" + i)));
      Segmentation whole = ClauseDiff.segment(SourceText.of(seed, opening));
      versions.add(new Version(whole.document(), whole.normalized()));
    }
    collations = List.of(versions, versions.subList(0, 3), versions.subList(2, 5));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void sharedOptionsDetectorAndCollatorGiveTheSequentialResults() throws Exception {
    List<Supplier<String>> tasks = new ArrayList<>();
    for (Segmentation[] pair : pairs) {
      tasks.add(() -> COMPARE_JSON.render(ClauseDiff.compare(pair[0], pair[1], COMPARE_OPTIONS)));
    }
    for (Segmentation document : documents) {
      tasks.add(
          () ->
              DUPLICATES_JSON.render(DETECTOR.detect(document.document(), document.normalized())));
    }
    for (int c = 0; c < collations.size(); c++) {
      List<Version> versions = collations.get(c);
      Optional<Version> original = c == 0 ? Optional.of(versions.get(0)) : Optional.empty();
      List<Version> rest = c == 0 ? versions.subList(1, versions.size()) : versions;
      tasks.add(() -> COLLATION_JSON.render(COLLATOR.collate(original, rest)));
    }

    SharedUse.assertSequentialResultsInEveryThread(tasks, THREADS, 1);
  }

  private static Segmentation forCompare(SourceText text) {
    return ClauseDiff.segment(
        text, COMPARE_OPTIONS.segmentation(), COMPARE_OPTIONS.normalization());
  }

  private static Segmentation forDuplicates(SourceText text) {
    return ClauseDiff.segment(
        text, SegmentOptions.defaults().withClauses(false), NormalizationOptions.defaults());
  }

  private static String opening(SourceText text, int length) {
    String s = text.text();
    return s.substring(0, s.offsetByCodePoints(0, Math.min(length, text.length())));
  }
}
