package org.clausediff.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.clausediff.api.ClauseDiff;
import org.clausediff.api.Segmentation;
import org.clausediff.report.SegmentJsonWriter;
import org.clausediff.report.SegmentTextWriter;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import org.junit.jupiter.api.Test;

/**
 * The same input and options give byte-identical reports within one JVM, whatever was processed
 * before. (Across JVMs with other locales and default charsets: the command-line ProcessTest.)
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
