package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.clausediff.LimitExceededException;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class TextBuilderTest {
  private static final SourceLocation P1 = SourceLocation.Paragraph.of(1);
  private static final SourceLocation P2 = SourceLocation.Paragraph.of(2);

  @Test
  void separatesParagraphsByOneEmptyLineAndMapsTheBreakToTheParagraphBefore() {
    TextBuilder out = new TextBuilder("t", 1000);
    out.startParagraph(P1).append("第一条", P1);
    out.startParagraph(P1).startParagraph(P1).append("𠮷二", P2).finish(P2);
    SourceText text = out.build(SourceFormat.DOCX);
    assertThat(text.text()).isEqualTo("第一条\n\n𠮷二\n");
    assertThat(text.format()).isEqualTo(SourceFormat.DOCX);
    assertThat(text.sourceMap().location(3)).isEqualTo(P1);
    assertThat(text.sourceMap().location(4)).isEqualTo(P1);
    assertThat(text.sourceMap().location(5)).isEqualTo(P2);
    assertThat(text.sourceMap().location(7)).isEqualTo(P2);
    assertThat(text.sourceMap().length()).isEqualTo(8);
  }

  @Test
  void refusesToGrowPastTheLimitInUtf8Bytes() {
    TextBuilder out = new TextBuilder("big.pdf", 10);
    out.append("一二三", P1); // 9 bytes
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> out.append("ab", P1));
    assertThat(e.actual()).isEqualTo(11);
    assertThat(e.getMessage())
        .isEqualTo("big.pdf: its text is longer than the input limit of 10 bytes");
  }

  @Test
  void anEmptyTextHasAMapOfItsFormat() {
    SourceText empty = new TextBuilder("e", 10).build(SourceFormat.PDF);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.sourceMap().location(0)).isEqualTo(new SourceLocation.Page(1, 1));
  }
}
