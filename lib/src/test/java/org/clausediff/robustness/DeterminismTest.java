package org.clausediff.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clausediff.ClauseDiff;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportOptions;
import org.clausediff.report.ReportType;
import org.clausediff.segment.Segmentation;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import org.junit.jupiter.api.Test;

/**
 * The same input and options give byte-identical reports — segment, compare, duplicates, collate —
 * within one JVM, whatever was processed before. (Across JVMs with other locales and default
 * charsets: the command-line ProcessTest.)
 */
class DeterminismTest {

  @Test
  void givesByteIdenticalReportsWhateverRanBefore() {
    List<SourceText> texts = new ArrayList<>();
    for (String seed : TestData.SEEDS) {
      texts.add(TestData.text(seed));
    }
    for (BadInputs.BadInput input : BadInputs.small()) {
      if (input.outcome() instanceof BadInputs.Text) {
        texts.add(TextDecoder.defaults().decode(input.name(), input.bytes()));
      }
    }
    List<String> first = reports(texts);
    List<String> reversed = reports(reversed(texts));

    assertThat(reversed(reversed)).isEqualTo(first);
    assertThat(reports(texts)).isEqualTo(first);
  }

  @Test
  void givesByteIdenticalCompareDuplicatesAndCollationJsonWhateverRanBefore() {
    List<SourceText> texts = new ArrayList<>();
    for (String seed : TestData.SEEDS) {
      texts.add(TestData.text(seed));
    }
    List<Supplier<String>> tasks = pipelineReports(texts);

    List<String> first = new ArrayList<>();
    tasks.forEach(task -> first.add(task.get()));
    List<String> backwards = new ArrayList<>();
    reversed(tasks).forEach(task -> backwards.add(task.get()));

    assertThat(reversed(backwards)).isEqualTo(first);
  }

  /**
   * The JSON reports of comparing each text with the next, of the duplicates in each, and of
   * collating them all, with and without the first as the original.
   */
  private static List<Supplier<String>> pipelineReports(List<SourceText> texts) {
    List<Supplier<String>> reports = new ArrayList<>();
    for (int i = 0; i + 1 < texts.size(); i++) {
      SourceText left = texts.get(i);
      SourceText right = texts.get(i + 1);
      reports.add(
          () ->
              ReportType.COMPARISON
                  .writer(ReportFormat.JSON)
                  .render(ClauseDiff.create().compare(left, right)));
    }
    for (SourceText text : texts) {
      reports.add(
          () ->
              ReportType.DUPLICATES
                  .writer(ReportFormat.JSON)
                  .render(ClauseDiff.create().duplicates(text)));
    }
    reports.add(
        () ->
            ReportType.COLLATION
                .writer(ReportFormat.JSON)
                .render(ClauseDiff.create().collate(Optional.empty(), texts)));
    reports.add(
        () ->
            ReportType.COLLATION
                .writer(ReportFormat.JSON)
                .render(
                    ClauseDiff.create()
                        .collate(Optional.of(texts.get(0)), texts.subList(1, texts.size()))));
    return reports;
  }

  private static List<String> reports(List<SourceText> texts) {
    List<String> reports = new ArrayList<>();
    for (SourceText text : texts) {
      Segmentation segmentation = ClauseDiff.create().segment(text);
      reports.add(
          ReportType.SEGMENTATION
                  .writer(ReportFormat.JSON, ReportOptions.defaults().withLevel(UnitKind.CLAUSE))
                  .render(segmentation)
              + ReportType.SEGMENTATION
                  .writer(ReportFormat.TEXT, ReportOptions.defaults().withLevel(UnitKind.CLAUSE))
                  .render(segmentation));
    }
    return reports;
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
