package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clausediff.ClauseDiff;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

/** The lines form: one unit per line, an empty line between two paragraphs. */
class LinesWriterTest {
  private static final SourceText TEXT =
      SourceText.of(
          "notice.txt",
          "一、总体要求\r\n\r\n　　（一）指导思想。深入贯彻新发展理念，加快培育新动能。\n" + "（二）基本原则。坚持改革。\n\n\n二、主要任务\n");

  @Test
  void sentencesStandOneALineWithAnEmptyLineBetweenParagraphs() {
    assertThat(lines(UnitKind.SENTENCE))
        .isEqualTo(
            "一、总体要求\n"
                + "\n"
                + "（一）指导思想。\n"
                + "深入贯彻新发展理念，加快培育新动能。\n"
                + "\n"
                + "（二）基本原则。\n"
                + "坚持改革。\n"
                + "\n"
                + "二、主要任务\n");
  }

  @Test
  void paragraphsStandApartAndClausesKeepTheirParagraphs() {
    assertThat(lines(UnitKind.PARAGRAPH))
        .isEqualTo("一、总体要求\n\n（一）指导思想。深入贯彻新发展理念，加快培育新动能。\n\n" + "（二）基本原则。坚持改革。\n\n二、主要任务\n");
    assertThat(lines(UnitKind.CLAUSE)).startsWith("一、总体要求\n\n（一）指导思想。\n深入贯彻新发展理念，\n");
  }

  @Test
  void anEmptyDocumentHasNoLines() {
    assertThat(LinesWriter.of(UnitKind.SENTENCE).render(segment(SourceText.of("empty", ""))))
        .isEmpty();
  }

  @Test
  void structuralLevelsAreRefused() {
    assertThatThrownBy(() -> LinesWriter.of(UnitKind.SECTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level must be paragraph, sentence or clause");
  }

  private static String lines(UnitKind level) {
    return LinesWriter.of(level).render(segment(TEXT));
  }

  private static org.clausediff.segment.Segmentation segment(SourceText text) {
    return ClauseDiff.create().segment(text);
  }
}
