package org.clausediff.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.internal.dups.DuplicateDetector;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.report.ReportWriter;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.testing.GarbledDocuments;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's duplicate search normalizes long texts in two halves side by side, sketches their
 * sentences in parts and finds the exact repeats while the last parts are sketched; its reports are
 * the ones of one sequential pass (one normalization of the whole text, then segmentation and
 * detection), on a pool of two threads, on the calling thread, on an executor that runs its steps
 * last offered first and on one that rejects every step alike, for garbled documents built from
 * every seed, for the seeds joined into one long text, and for every seed on its own.
 */
class DuplicatesInPartsTest {
  private static final ReportWriter<DuplicateReport> JSON =
      ReportType.DUPLICATES.writer(ReportFormat.JSON);

  private static ExecutorService pool;

  /** One thread that always runs the step offered last of those waiting. */
  private static ThreadPoolExecutor lastFirst;

  @BeforeAll
  static void startPools() {
    pool = Executors.newFixedThreadPool(2);
    lastFirst =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingDeque<>() {
              @Override
              public boolean offer(Runnable step) {
                return super.offerFirst(step);
              }
            });
  }

  @AfterAll
  static void stopPools() {
    pool.shutdownNow();
    lastFirst.shutdownNow();
  }

  @Test
  void longTextsGiveTheReportOfOneSequentialPass() {
    List<SourceText> texts = new ArrayList<>();
    for (long seed = 0; seed < 4; seed++) {
      texts.add(
          GarbledDocuments.seeded(seed)
              .withLineBreakShare(0.3)
              .ofLength(Pipeline.MIN_SPLIT_LENGTH + 5000 * (int) seed)
              .source("garbled-" + seed));
    }
    StringBuilder joined = new StringBuilder();
    for (int k = 0; joined.codePointCount(0, joined.length()) < Pipeline.MIN_SPLIT_LENGTH; k++) {
      joined.append(TestData.text(TestData.SEEDS.get(k % TestData.SEEDS.size())).text());
      joined.append('\n');
    }
    texts.add(SourceText.of("seeds", joined.toString()));

    for (SourceText text : texts) {
      assertThat(Pipeline.halfway(text)).as(text.name() + " is cut in two").isPresent();
    }
    for (String seed : TestData.SEEDS) {
      texts.add(TestData.text(seed));
    }
    for (DuplicateOptions options :
        List.of(DuplicateOptions.defaults(), DuplicateOptions.defaults().withoutNear())) {
      for (SourceText text : texts) {
        String sequential =
            JSON.render(
                DuplicateDetector.of(options)
                    .detect(
                        Segmenter.of(SegmentOptions.defaults().withClauses(false)).segment(text),
                        TextNormalizer.defaults().normalize(text)));
        String name = text.name() + (options.nearThreshold().isPresent() ? "" : ", no near");
        assertThat(JSON.render(Pipeline.on(pool).duplicates(text, options)))
            .as(name + " on two threads")
            .isEqualTo(sequential);
        assertThat(JSON.render(Pipeline.on(Runnable::run).duplicates(text, options)))
            .as(name + " on the calling thread")
            .isEqualTo(sequential);
        assertThat(JSON.render(Pipeline.on(lastFirst).duplicates(text, options)))
            .as(name + " on an executor that runs the last step offered first")
            .isEqualTo(sequential);
        assertThat(
                JSON.render(
                    Pipeline.on(
                            step -> {
                              throw new RejectedExecutionException("busy");
                            })
                        .duplicates(text, options)))
            .as(name + " on an executor that rejects every step")
            .isEqualTo(sequential);
      }
    }
  }

  @Test
  void shortTextsAreNotCut() {
    SourceText text = TestData.text(TestData.QINGHAI_2017);
    assertThat(text.length()).isLessThan(Pipeline.MIN_SPLIT_LENGTH);
    assertThat(Pipeline.halfway(text)).isEmpty();
  }
}
