package org.clausediff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.internal.compare.Comparer;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.GarbledDocuments;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.Stages;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The aligner gives the same alignment — and the comparison the same reports, byte for byte —
 * whether it offers parts of its work to a pool of one or two threads, to an executor that rejects
 * everything, or runs every part on the calling thread: on the seed pairs, on each seed against a
 * version with planted edits, on a long grown document with planted edits and on garbled documents,
 * with sentences and with clauses.
 */
class ParallelAlignmentTest {
  private static ExecutorService one;
  private static ExecutorService two;

  @BeforeAll
  static void startPools() {
    one = Executors.newFixedThreadPool(1);
    two = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stopPools() {
    one.shutdownNow();
    two.shutdownNow();
  }

  static Stream<Arguments> pairs() {
    List<Arguments> pairs = new ArrayList<>();
    pairs.add(
        pair(
            "qinghai-henan",
            TestData.text(TestData.QINGHAI_2017),
            TestData.text(TestData.HENAN_2017)));
    pairs.add(
        pair(
            "yunnan-qinghai",
            TestData.text(TestData.YUNNAN_2017),
            TestData.text(TestData.QINGHAI_2017)));
    for (int i = 0; i < TestData.SEEDS.size(); i++) {
      String seed = TestData.SEEDS.get(i);
      PlantedEdits.Pair planted =
          PlantedEdits.seeded(i).withRate(0.3).apply(seed, TestData.text(seed).text());
      pairs.add(pair(seed + " planted", planted.left(), planted.right()));
    }
    List<String> seeds = new ArrayList<>();
    for (String seed : TestData.SEEDS) {
      seeds.add(TestData.text(seed).text());
    }
    PlantedEdits.Pair grown =
        PlantedEdits.seeded(7).withRate(0.2).apply("grown", PlantedEdits.grow(seeds, 300_000, 7));
    pairs.add(pair("grown 300k planted", grown.left(), grown.right()));
    for (int i = 0; i < 3; i++) {
      pairs.add(
          pair(
              "garbled " + i,
              GarbledDocuments.seeded(i)
                  .withLineBreakShare(0.3)
                  .ofLength(20_000)
                  .source("g")
                  .text(),
              GarbledDocuments.seeded(i + 10)
                  .withLineBreakShare(0.1)
                  .ofLength(20_000)
                  .source("h")
                  .text()));
    }
    return pairs.stream();
  }

  private static Arguments pair(String name, SourceText left, SourceText right) {
    return pair(name, left.text(), right.text());
  }

  private static Arguments pair(String name, String left, String right) {
    return Arguments.of(
        name, SourceText.of(name + " old", left), SourceText.of(name + " new", right));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void everyExecutorGivesTheAlignmentOfTheCallingThread(
      String name, SourceText left, SourceText right) {
    for (CompareOptions options :
        List.of(
            CompareOptions.defaults(),
            CompareOptions.builder().level(UnitKind.CLAUSE).minSimilarity(0.4).build())) {
      UnitKeys.Pair keys = Stages.keys(left, right, options);
      Comparison direct = Comparer.of(options).compare(keys, () -> StructureIndex.of(keys));
      String json = ReportType.COMPARISON.writer(ReportFormat.JSON).render(direct);
      String text = ReportType.COMPARISON.writer(ReportFormat.TEXT).render(direct);
      AtomicInteger offered = new AtomicInteger();
      List<java.util.concurrent.Executor> executors =
          List.of(
              one,
              two,
              task -> {
                offered.incrementAndGet();
                throw new RejectedExecutionException("full");
              });
      for (java.util.concurrent.Executor executor : executors) {
        Comparison parallel =
            Comparer.of(options, executor).compare(keys, () -> StructureIndex.of(keys));

        assertThat(parallel).as("%s on %s", name, executor).isEqualTo(direct);
        assertThat(ReportType.COMPARISON.writer(ReportFormat.JSON).render(parallel))
            .as("%s on %s: JSON", name, executor)
            .isEqualTo(json);
        assertThat(ReportType.COMPARISON.writer(ReportFormat.TEXT).render(parallel))
            .as("%s on %s: text", name, executor)
            .isEqualTo(text);
      }
      // The aligner did offer its parts: the candidate search, the scoring, the merges, the order.
      assertThat(offered.get()).as(name).isGreaterThanOrEqualTo(4);
    }
  }
}
