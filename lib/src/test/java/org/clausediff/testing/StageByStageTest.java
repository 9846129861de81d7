package org.clausediff.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

/** The stage-by-stage runs give the pipeline's results and name every stage once, in order. */
class StageByStageTest {
  private static final SourceText QINGHAI = TestData.text(TestData.QINGHAI_2017);
  private static final SourceText HENAN = TestData.text(TestData.HENAN_2017);

  private static String json(Comparison comparison) {
    return ReportType.COMPARISON.writer(ReportFormat.JSON).render(comparison);
  }

  private static String json(DuplicateReport report) {
    return ReportType.DUPLICATES.writer(ReportFormat.JSON).render(report);
  }

  @Test
  void compareGivesThePipelinesComparisonAndNamesEachStage() {
    List<String> stages = new ArrayList<>();

    Comparison comparison =
        StageByStage.compare(QINGHAI, HENAN, CompareOptions.defaults(), stages::add);

    assertThat(json(comparison))
        .isEqualTo(json(ClauseDiff.create().compare(QINGHAI, HENAN, CompareOptions.defaults())));
    assertThat(comparison.alignments()).isNotEmpty();
    assertThat(stages)
        .containsExactly(
            "segment left",
            "normalize left",
            "keys left",
            "segment right",
            "normalize right",
            "keys right",
            "keys: pair",
            "structure index",
            "align: identical links",
            "align: fuzzy links",
            "align: order (moves)",
            "align: structure",
            "inline diffs, similarity");
  }

  @Test
  void compareWithOtherOptionsGivesThePipelinesComparisonWithoutAStructureIndex() {
    CompareOptions options =
        CompareOptions.builder().level(UnitKind.CLAUSE).structural(false).build();
    List<String> stages = new ArrayList<>();

    Comparison comparison = StageByStage.compare(QINGHAI, HENAN, options, stages::add);

    assertThat(json(comparison))
        .isEqualTo(json(ClauseDiff.create().compare(QINGHAI, HENAN, options)));
    assertThat(comparison.alignments()).allMatch(c -> c.level() == UnitKind.CLAUSE);
    assertThat(stages).doesNotContain("structure index").contains("align: structure").hasSize(12);
  }

  @Test
  void duplicatesGivesThePipelinesReportAndNamesEachStage() {
    SourceText garbled = GarbledDocuments.seeded(3).ofLength(20_000).source("garbled");
    List<String> stages = new ArrayList<>();

    DuplicateReport report =
        StageByStage.duplicates(garbled, DuplicateOptions.defaults(), stages::add);

    assertThat(json(report)).isEqualTo(json(ClauseDiff.create().duplicates(garbled)));
    assertThat(report.hasDuplication()).isTrue();
    assertThat(stages)
        .containsExactly(
            "segment",
            "normalize",
            "sentences, sketches",
            "suffix array + LCP",
            "detect: exact repeats",
            "detect: near repeats",
            "detect: passages");
  }
}
