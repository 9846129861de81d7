package org.clausediff.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.clausediff.ClauseDiff;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.segment.Document;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class CompareTest {

  /** Walking a comparison of two seeds: its similarity, its changed links and their edits. */
  @Test
  void aComparisonOfTwoSeedsCanBeWalked() throws IOException {
    List<String> lines = new ArrayList<>();

    SourceText left = ClauseDiff.create().read(TestData.path(TestData.QINGHAI_2017));
    SourceText right = ClauseDiff.create().read(TestData.path(TestData.HENAN_2017));
    Comparison comparison = ClauseDiff.create().compare(left, right, CompareOptions.defaults());

    lines.add(String.valueOf(comparison.similarity().value()));
    for (Correspondence entry : comparison.alignments()) {
      Link link = entry.link();
      if (link.op() == Op.EQUAL) {
        continue;
      }
      Document l = comparison.left().document();
      lines.add(
          link.op()
              + " "
              + link.level().id()
              + " "
              + l.sectionPath(link.firstLeft())
              + " "
              + link.similarity().value());
      for (Edit edit : entry.diff().changes()) {
        lines.add("  " + left.substring(edit.left()) + " → " + right.substring(edit.right()));
      }
    }

    assertThat(lines.get(0)).startsWith("0.1049");
    assertThat(lines).contains("  效能 → 能力和水平", "  深入 → 全面");
    assertThat(comparison.deleted()).isNotEmpty();
    assertThat(comparison.added()).isNotEmpty();
  }

  @Test
  void optionsAreBuiltInAnyOrderAndChecked() {
    CompareOptions a = CompareOptions.builder().level(UnitKind.CLAUSE).minSimilarity(0.7).build();
    CompareOptions b = CompareOptions.defaults().withMinSimilarity(0.7).withLevel(UnitKind.CLAUSE);

    assertThat(a).isEqualTo(b);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CompareOptions.defaults().withMinSimilarity(0));
    assertThat(e).hasMessage("minSimilarity must be in (0, 1] but was 0.0");
  }

  @Test
  void emptyDocumentsCompareWithoutDifferences() {
    Comparison comparison =
        ClauseDiff.create().compare(SourceText.of("a", ""), SourceText.of("b", "  \n"));

    assertThat(comparison.hasDifferences()).isFalse();
    assertThat(comparison.similarity().value()).isEqualTo(1.0);
  }

  @Test
  void comparisonIsSafeToReadFromManyThreads() throws Exception {
    Comparison comparison =
        ClauseDiff.create()
            .compare(TestData.text(TestData.QINGHAI_2017), TestData.text(TestData.HENAN_2017));
    String expected = ReportType.COMPARISON.writer(ReportFormat.JSON).render(comparison);
    List<Thread> threads = new ArrayList<>();
    List<String> rendered = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 4; i++) {
      Thread thread =
          new Thread(
              () ->
                  rendered.add(ReportType.COMPARISON.writer(ReportFormat.JSON).render(comparison)));
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(rendered).hasSize(4).containsOnly(expected);
  }

  @Test
  void clausesAreCutOnlyWhenClausesAreCompared() {
    CompareOptions sentences =
        CompareOptions.builder().segmentation(SegmentOptions.defaults()).build();
    CompareOptions clauses = sentences.withLevel(UnitKind.CLAUSE);

    assertThat(sentences.segmentation()).isEqualTo(SegmentOptions.defaults().withClauses(false));
    assertThat(clauses.segmentation()).isEqualTo(SegmentOptions.defaults());
    SourceText left = SourceText.of("left", "一、总则\n甲乙丙丁，戊己庚辛。壬癸子丑。");
    SourceText right = SourceText.of("right", "一、总则\n甲乙丙丁，戊己庚午。壬癸子丑。");
    assertThat(ClauseDiff.create().compare(left, right).left().document().units(UnitKind.CLAUSE))
        .isEmpty();
    Comparison byClause = ClauseDiff.create().compare(left, right, clauses);
    assertThat(byClause.left().document().units(UnitKind.CLAUSE)).isNotEmpty();
    assertThat(byClause.alignments().stream().filter(c -> c.link().level() == UnitKind.CLAUSE))
        .isNotEmpty();
  }
}
