package org.clausediff.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.clausediff.ClauseDiff;
import org.clausediff.collate.Collation;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.report.ReportWriter;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.GarbledDocuments;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link ClauseDiff} on a shared two-thread pool and one {@link CompareOptions} instance — with
 * the inputs and the JSON writers — shared by 8 threads that each work through every input in an
 * order of their own, give exactly the JSON that one thread gives working through them one by one.
 * (The stages they rest on: {@link ConcurrencyTest}.)
 */
class PipelineConcurrencyTest {
  private static final int THREADS = 8;

  private static final CompareOptions COMPARE_OPTIONS =
      CompareOptions.builder().level(UnitKind.CLAUSE).minSimilarity(0.4).build();
  private static final ReportWriter<Comparison> COMPARE_JSON =
      ReportType.COMPARISON.writer(ReportFormat.JSON);
  private static final ReportWriter<DuplicateReport> DUPLICATES_JSON =
      ReportType.DUPLICATES.writer(ReportFormat.JSON);
  private static final ReportWriter<Collation> COLLATION_JSON =
      ReportType.COLLATION.writer(ReportFormat.JSON);

  private static ExecutorService pool;
  private static ClauseDiff clauseDiff;

  /** Pairs of texts to compare, shared by all threads. */
  private static List<SourceText[]> pairs;

  /** Texts to find the duplicates of. */
  private static List<SourceText> documents;

  /** Sets of versions to collate, the first one with its original. */
  private static List<List<SourceText>> collations;

  @BeforeAll
  static void prepare() {
    pool = Executors.newFixedThreadPool(2);
    clauseDiff = ClauseDiff.using(pool);
    pairs = new ArrayList<>();
    documents = new ArrayList<>();
    List<SourceText> versions = new ArrayList<>();
    for (int i = 0; i < TestData.SEEDS.size(); i++) {
      String seed = TestData.SEEDS.get(i);
      String opening = opening(TestData.text(seed), 2500);
      PlantedEdits.Pair planted = PlantedEdits.seeded(i).withRate(0.3).apply(seed, opening);
      pairs.add(
          new SourceText[] {
            SourceText.of(seed, planted.left()), SourceText.of(seed + " edited", planted.right())
          });
      documents.add(TestData.text(seed));
      documents.add(
          GarbledDocuments.seeded(i).withLineBreakShare(0.3).ofLength(2000).source("g" + i));
      versions.add(SourceText.of(seed, opening));
    }
    collations = List.of(versions, versions.subList(0, 3), versions.subList(2, 5));
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void oneClauseDiffSharedByThreadsGivesTheSequentialResults() throws Exception {
    List<Supplier<String>> tasks = new ArrayList<>();
    for (SourceText[] pair : pairs) {
      tasks.add(() -> COMPARE_JSON.render(clauseDiff.compare(pair[0], pair[1], COMPARE_OPTIONS)));
    }
    for (SourceText document : documents) {
      tasks.add(() -> DUPLICATES_JSON.render(clauseDiff.duplicates(document)));
    }
    for (int c = 0; c < collations.size(); c++) {
      List<SourceText> versions = collations.get(c);
      Optional<SourceText> original = c == 0 ? Optional.of(versions.get(0)) : Optional.empty();
      List<SourceText> rest = c == 0 ? versions.subList(1, versions.size()) : versions;
      tasks.add(() -> COLLATION_JSON.render(clauseDiff.collate(original, rest)));
    }

    SharedUse.assertSequentialResultsInEveryThread(tasks, THREADS, 1);
  }

  private static String opening(SourceText text, int length) {
    String s = text.text();
    return s.substring(0, s.offsetByCodePoints(0, Math.min(length, text.length())));
  }
}
