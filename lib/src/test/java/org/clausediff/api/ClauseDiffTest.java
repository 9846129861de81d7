package org.clausediff.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausediff.align.StructureIndex;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.similarity.UnitKeys;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationRule;
import org.junit.jupiter.api.Test;

class ClauseDiffTest {

  /** The library example of the README, verbatim but for the path and collecting the lines. */
  @Test
  void readmeSegmentExampleWorks() throws IOException {
    List<String> lines = new ArrayList<>();
    Path path = TestData.path(TestData.QINGHAI_2017);

    SourceText text = ClauseDiff.read(path);
    Document doc = ClauseDiff.segment(text).document();
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
    Segmentation segmentation = ClauseDiff.segment(TestData.text(TestData.QINGHAI_2018_COUNTY));

    assertThat(segmentation.normalized().appliedRules())
        .contains(NormalizationRule.WIDTH, NormalizationRule.WHITESPACE);
    assertThat(segmentation.document().source()).isSameAs(segmentation.normalized().source());
  }

  @Test
  void compareRefusesKeysMadeForOtherOptions() {
    SourceText text = SourceText.of("a", "第一句，有两个分句。第二句。");
    CompareOptions clauses = CompareOptions.builder().level(UnitKind.CLAUSE).build();
    Segmentation segmentation =
        ClauseDiff.segment(text, clauses.segmentation(), clauses.normalization());
    var clauseKeys = ClauseDiff.keys(segmentation, clauses);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClauseDiff.compare(clauseKeys, clauseKeys, CompareOptions.defaults()));
    assertThat(e).hasMessageContaining("keyed with other options");
    assertThat(ClauseDiff.compare(clauseKeys, clauseKeys, clauses).hasDifferences()).isFalse();
  }

  @Test
  void compareRefusesAStructureIndexOfOtherKeys() {
    CompareOptions options = CompareOptions.defaults();
    SourceText text = SourceText.of("a", "一、总则\n第一句。第二句。\n二、附则\n第三句。");
    Segmentation segmentation =
        ClauseDiff.segment(text, options.segmentation(), options.normalization());
    UnitKeys.Pair keys =
        UnitKeys.pair(
            ClauseDiff.keys(segmentation, options), ClauseDiff.keys(segmentation, options));
    UnitKeys.Pair others =
        UnitKeys.pair(
            ClauseDiff.keys(segmentation, options), ClauseDiff.keys(segmentation, options));
    StructureIndex index = StructureIndex.of(others);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ClauseDiff.compare(keys, () -> index, options));
    assertThat(e).hasMessageContaining("other keys");
    assertThat(ClauseDiff.compare(keys, () -> StructureIndex.of(keys), options).hasDifferences())
        .isFalse();
  }
}
