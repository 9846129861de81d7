package org.clausediff.internal.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.clausediff.ClauseDiff;
import org.clausediff.dups.DuplicateLabel;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.dups.LabelReason;
import org.clausediff.dups.RepeatKind;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.Stages;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the duplicate report must say about the seed documents, beyond their golden files. */
class DuplicateSeedsTest {
  private static final String RESPONSIBILITY = "职责分工负责";

  private static DuplicateReport yunnan() {
    return ClauseDiff.create().duplicates(TestData.text(TestData.YUNNAN_2017));
  }

  @Test
  void yunnanNoticeHeaderScrapedTwiceIsDuplication() {
    DuplicateReport report = yunnan();
    SourceText text = report.source();

    DuplicatePassage header = report.passages().get(0);

    assertThat(header.isDuplication()).isTrue();
    assertThat(header.occurrences()).hasSize(2);
    assertThat(header.first().start()).isZero();
    assertThat(header.later().get(0).start()).isEqualTo(header.first().end());
    assertThat(text.substring(header.first())).startsWith("云南省人民政府办公厅关于印发").endsWith("请认真贯彻执行。");
  }

  @Test
  void yunnanLaterOccurrencesRepeatTheFirstExactly() {
    SegmentedText segmentation = Stages.prepare(TestData.text(TestData.YUNNAN_2017));
    DuplicateReport report = Stages.duplicates(segmentation, DuplicateOptions.defaults());
    NormalizedText normalized = segmentation.normalized();

    assertThat(report.count(DuplicateLabel.DUPLICATION)).isGreaterThanOrEqualTo(15);
    for (DuplicatePassage passage : report.passages()) {
      if (passage.kind() != RepeatKind.EXACT) {
        continue;
      }
      String first = normalized.normalizedSubstring(passage.first());
      for (Span later : passage.later()) {
        assertThat(normalized.normalizedSubstring(later)).isEqualTo(first);
      }
    }
  }

  @Test
  void yunnanResponsibilityLinesAreBoilerplateUnlessInsideADuplicatedRun() {
    DuplicateReport report = yunnan();
    SourceText text = report.source();

    int inside = 0;
    for (DuplicatePassage passage : report.passages()) {
      if (passage.isDuplication()) {
        for (Span occurrence : passage.occurrences()) {
          String copy = text.substring(occurrence);
          // A responsibility line is never the first or last sentence of a duplicated run.
          assertThat(copy).doesNotMatch("(?s)^（[^（）]*负责）.*").doesNotEndWith("负责）");
          inside += copy.contains(RESPONSIBILITY) ? 1 : 0;
        }
      }
    }
    assertThat(inside).as("runs that carry a responsibility line inside").isEqualTo(4);
    assertThat(report.passages())
        .filteredOn(p -> p.reason() == LabelReason.NOTE)
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(
            p -> {
              assertThat(p.label()).isEqualTo(DuplicateLabel.BOILERPLATE);
              assertThat(text.substring(p.first())).startsWith("（").endsWith("负责）");
            });
  }

  /**
   * Cleaning leaves every sentence once — apart from sentences that are only a note, which are
   * boilerplate — and changes nothing but the removed spans.
   */
  @Test
  void cleaningYunnanLeavesEverySentenceOnce() {
    DuplicateReport report = yunnan();
    String source = report.source().text();
    String cleaned = report.cleanedText();

    StringBuilder rebuilt = new StringBuilder();
    int kept = 0;
    for (Span span : report.removed()) {
      rebuilt.append(
          source, report.source().charIndex(kept), report.source().charIndex(span.start()));
      kept = span.end();
    }
    rebuilt.append(source.substring(report.source().charIndex(kept)));
    assertThat(cleaned).isEqualTo(rebuilt.toString());
    assertThat(report.duplicatedLength())
        .isEqualTo(
            source.codePointCount(0, source.length())
                - cleaned.codePointCount(0, cleaned.length()));

    SegmentedText segmentation = Stages.prepare(SourceText.of("cleaned", cleaned));
    Map<String, Span> seen = new HashMap<>();
    for (Unit sentence : segmentation.document().units(UnitKind.SENTENCE)) {
      String normalized = segmentation.normalized().normalizedSubstring(sentence.span());
      if (normalized.startsWith("(") && normalized.endsWith(")")) {
        continue;
      }
      Span earlier = seen.putIfAbsent(normalized, sentence.span());
      assertThat(earlier)
          .as("sentence %s at %s occurs twice", normalized, sentence.span())
          .isNull();
    }
    assertThat(ClauseDiff.create().duplicates(SourceText.of("cleaned", cleaned)).hasDuplication())
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        TestData.QINGHAI_2017,
        TestData.HENAN_2017,
        TestData.QINGHAI_2018_COUNTY,
        TestData.QINGHAI_2018_MASS
      })
  void cleanSeedsHaveNoDuplication(String seed) {
    DuplicateReport report = ClauseDiff.create().duplicates(TestData.text(seed));

    assertThat(report.passages()).noneMatch(DuplicatePassage::isDuplication);
    assertThat(report.removed()).isEmpty();
    assertThat(report.cleanedText()).isEqualTo(report.source().text());
  }
}
