package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.clausediff.ClauseDiff;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class SegmentTextWriterTest {

  @Test
  void headingsCannotSmuggleBidiOrControlCharactersIntoTheTerminal() {
    SourceText text = SourceText.of("t", "一、总体\u202E要求\u0007\n正文。\n");

    String outline =
        SegmentTextWriter.downTo(UnitKind.SECTION).render(ClauseDiff.create().segment(text));

    assertThat(outline).contains("section 1:1 一、总体⟨U+202E⟩要求⟨U+0007⟩\n").doesNotContain("\u202E");
  }
}
