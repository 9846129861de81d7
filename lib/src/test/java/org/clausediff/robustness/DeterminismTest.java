package org.clausediff.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clausediff.api.ClauseDiff;
import org.clausediff.api.Segmentation;
import org.clausediff.report.CollationJsonWriter;
import org.clausediff.report.CompareJsonWriter;
import org.clausediff.report.DuplicatesJsonWriter;
import org.clausediff.report.SegmentJsonWriter;
import org.clausediff.report.SegmentTextWriter;
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
      reports.add(() -> new CompareJsonWriter().render(ClauseDiff.compare(left, right)));
    }
    for (SourceText text : texts) {
      reports.add(() -> DuplicatesJsonWriter.create().render(ClauseDiff.duplicates(text)));
    }
    reports.add(
        () -> new CollationJsonWriter().render(ClauseDiff.collate(Optional.empty(), texts)));
    reports.add(
        () ->
            new CollationJsonWriter()
                .render(
                    ClauseDiff.collate(Optional.of(texts.get(0)), texts.subList(1, texts.size()))));
    return reports;
  }

  private static List<String> reports(List<SourceText> texts) {
    List<String> reports = new ArrayList<>();
    for (SourceText text : texts) {
      Segmentation segmentation = ClauseDiff.segment(text);
      reports.add(
          SegmentJsonWriter.downTo(UnitKind.CLAUSE).render(segmentation)
              + SegmentTextWriter.downTo(UnitKind.CLAUSE).render(segmentation));
    }
    return reports;
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
