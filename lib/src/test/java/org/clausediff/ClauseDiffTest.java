package org.clausediff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.segment.Document;
import org.clausediff.segment.Segmentation;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationRule;
import org.junit.jupiter.api.Test;

class ClauseDiffTest {

  /** The items of a seed with their positions and section paths. */
  @Test
  void theItemsOfASeedHaveTheirSectionPaths() throws IOException {
    List<String> lines = new ArrayList<>();
    Path path = TestData.path(TestData.QINGHAI_2017);

    SourceText text = ClauseDiff.create().read(path);
    Document doc = ClauseDiff.create().segment(text).document();
    for (Unit item : doc.units(UnitKind.ITEM)) {
      lines.add(text.lineColumn(item.span().start()) + " " + doc.sectionPath(item));
    }

    assertThat(lines)
        .hasSize(20)
        .contains("30:3 二、不断提升政府服务能力和水平 › （四）着力提高行政审批服务效能")
        .last()
        .isEqualTo("149:3 五、强化统筹协调保障机制 › （二十）健全统计调查支撑机制");
  }

  @Test
  void segmentationReportsTheNormalizationRulesThatApplied() {
    Segmentation segmentation =
        ClauseDiff.create().segment(TestData.text(TestData.QINGHAI_2018_COUNTY));

    assertThat(segmentation.normalization())
        .contains(NormalizationRule.WIDTH, NormalizationRule.WHITESPACE);
  }

  @Test
  void anExecutorGivesTheSameResultsAsTheCallingThread() throws Exception {
    SourceText qinghai = TestData.text(TestData.QINGHAI_2017);
    SourceText henan = TestData.text(TestData.HENAN_2017);
    SourceText yunnan = TestData.text(TestData.YUNNAN_2017);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      ClauseDiff parallel = ClauseDiff.using(pool);
      ClauseDiff sequential = ClauseDiff.create();

      assertThat(parallel.compare(qinghai, henan)).isEqualTo(sequential.compare(qinghai, henan));
      assertThat(parallel.duplicates(yunnan)).isEqualTo(sequential.duplicates(yunnan));
      assertThat(parallel.segment(yunnan)).isEqualTo(sequential.segment(yunnan));
      assertThat(parallel.collate(Optional.of(qinghai), List.of(henan, yunnan)))
          .isEqualTo(sequential.collate(Optional.of(qinghai), List.of(henan, yunnan)));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void compareEachGivesTheComparisonOfEveryPairInOrder() {
    SourceText qinghai = TestData.text(TestData.QINGHAI_2017);
    SourceText simplified =
        SourceText.of("simplified.txt", "一、放宽市场准入，加强事中事后监管。\n二、推进简政放权，优化政务服务。\n");
    List<SourceText> rights =
        List.of(
            TestData.text(TestData.HENAN_2017),
            TestData.text(TestData.YUNNAN_2017),
            qinghai,
            SourceText.of("traditional.txt", "一、放寬市場準入，加強事中事後監管。\n二、推進簡政放權，優化政務服務。\n"),
            SourceText.of("empty.txt", ""));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (ClauseDiff clauseDiff : List.of(ClauseDiff.create(), ClauseDiff.using(pool))) {
        for (SourceText left : List.of(qinghai, simplified)) {
          List<Comparison> each = clauseDiff.compareEach(left, rights, CompareOptions.defaults());

          assertThat(each).hasSize(rights.size());
          for (int i = 0; i < rights.size(); i++) {
            assertThat(each.get(i))
                .as("%s vs %s", left.name(), rights.get(i).name())
                .isEqualTo(ClauseDiff.create().compare(left, rights.get(i)));
          }
        }
      }
      // The Traditional text is folded for its own pair only: the others keep the options asked.
      List<Comparison> mixed =
          ClauseDiff.create().compareEach(simplified, rights, CompareOptions.defaults());
      assertThat(mixed.get(3).similarity().value()).isEqualTo(1.0);
      assertThat(
              mixed
                  .get(3)
                  .options()
                  .normalization()
                  .applies(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED))
          .isTrue();
      assertThat(
              mixed
                  .get(0)
                  .options()
                  .normalization()
                  .applies(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED))
          .isFalse();
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The left text is keyed in one step for all the comparisons: one step for it and one per right
   * text, where comparing pair by pair would key it once per pair.
   */
  @Test
  void compareEachKeysTheLeftTextOnce() {
    List<Runnable> steps = new ArrayList<>();
    Executor queueing = steps::add; // steps nobody runs here run in join(), on this thread
    SourceText qinghai = TestData.text(TestData.QINGHAI_2017);
    List<SourceText> rights =
        List.of(
            TestData.text(TestData.HENAN_2017),
            TestData.text(TestData.YUNNAN_2017),
            TestData.text(TestData.QINGHAI_2018_MASS));

    List<Comparison> each =
        ClauseDiff.using(queueing).compareEach(qinghai, rights, CompareOptions.defaults());

    assertThat(each).hasSize(3);
    assertThat(steps).hasSize(1 + rights.size());
  }

  @Test
  void stepsRunOnTheExecutor() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    Executor recording =
        task -> {
          Thread thread = new Thread(task);
          threads.add(thread);
          thread.start();
        };
    SourceText text = TestData.text(TestData.QINGHAI_2018_COUNTY);

    ClauseDiff.using(recording).compare(text, text);

    assertThat(threads).isNotEmpty();
  }

  @Test
  void aSaturatedOrRejectingExecutorDoesNotBlockAJob() {
    SourceText qinghai = TestData.text(TestData.QINGHAI_2017);
    SourceText henan = TestData.text(TestData.HENAN_2017);
    Executor neverRuns = task -> {};
    Executor rejects =
        task -> {
          throw new RejectedExecutionException("full");
        };
    Comparison expected = ClauseDiff.create().compare(qinghai, henan);

    assertThat(ClauseDiff.using(neverRuns).compare(qinghai, henan)).isEqualTo(expected);
    assertThat(ClauseDiff.using(rejects).compare(qinghai, henan)).isEqualTo(expected);
  }

  @Test
  void aJobRunFromInsideItsOwnSingleThreadExecutorFinishes() throws Exception {
    SourceText qinghai = TestData.text(TestData.QINGHAI_2017);
    SourceText henan = TestData.text(TestData.HENAN_2017);
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      ClauseDiff clauseDiff = ClauseDiff.using(single);
      Future<Comparison> nested = single.submit(() -> clauseDiff.compare(qinghai, henan));

      assertThat(nested.get(60, TimeUnit.SECONDS))
          .isEqualTo(ClauseDiff.create().compare(qinghai, henan));
    } finally {
      single.shutdownNow();
    }
  }
}
