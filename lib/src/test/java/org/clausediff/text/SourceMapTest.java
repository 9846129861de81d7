package org.clausediff.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.clausediff.text.SourceLocation.Cell;
import org.clausediff.text.SourceLocation.Element;
import org.clausediff.text.SourceLocation.Line;
import org.clausediff.text.SourceLocation.Note;
import org.clausediff.text.SourceLocation.NoteKind;
import org.clausediff.text.SourceLocation.Page;
import org.clausediff.text.SourceLocation.Paragraph;
import org.clausediff.text.SourceMap.Run;
import org.junit.jupiter.api.Test;

class SourceMapTest {

  @Test
  void plainTextMapsToLineAndColumn() {
    SourceText text = SourceText.of("t", "一、总则\r\n𠮷字\n\n");
    SourceMap map = text.sourceMap();
    assertThat(text.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(map.length()).isEqualTo(text.length());
    assertThat(map.location(0)).isEqualTo(new Line(1, 1));
    assertThat(map.location(5)).isEqualTo(new Line(1, 6));
    assertThat(map.location(6)).isEqualTo(new Line(2, 1));
    assertThat(map.location(7)).isEqualTo(new Line(2, 2));
    assertThat(map.location(9)).isEqualTo(new Line(3, 1));
    assertThat(map.location(10)).isEqualTo(new Line(4, 1));
  }

  @Test
  void findsTheRunOfEachOffset() {
    SourceMap map =
        SourceMap.of(
            10,
            List.of(
                new Run(0, new Page(1, 1)),
                new Run(4, new Page(1, 2)),
                new Run(7, new Page(2, 1))));
    assertThat(map.location(3)).isEqualTo(new Page(1, 1));
    assertThat(map.location(4)).isEqualTo(new Page(1, 2));
    assertThat(map.location(6)).isEqualTo(new Page(1, 2));
    assertThat(map.location(9)).isEqualTo(new Page(2, 1));
    assertThat(map.location(10)).isEqualTo(new Page(2, 1));
  }

  @Test
  void builderMergesRunsThatContinueTheOneBefore() {
    SourceMap map =
        SourceMap.builder()
            .add(0, Paragraph.of(1))
            .add(3, Paragraph.of(1))
            .add(5, new Line(2, 1))
            .add(8, new Line(2, 4))
            .add(9, new Line(3, 1))
            .build(12);
    assertThat(map.runs())
        .containsExactly(
            new Run(0, Paragraph.of(1)), new Run(5, new Line(2, 1)), new Run(9, new Line(3, 1)));
    assertThat(map.location(8)).isEqualTo(new Line(2, 4));
  }

  @Test
  void rejectsRunsOutOfOrderOrOutsideTheText() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SourceMap.of(5, List.of(new Run(1, Paragraph.of(1)))));
    assertThrows(
        IllegalArgumentException.class,
        () -> SourceMap.of(5, List.of(new Run(0, Paragraph.of(1)), new Run(0, Paragraph.of(2)))));
    assertThrows(
        IllegalArgumentException.class,
        () -> SourceMap.of(5, List.of(new Run(0, Paragraph.of(1)), new Run(6, Paragraph.of(2)))));
    SourceMap map = SourceMap.of(5, List.of(new Run(0, Paragraph.of(1))));
    assertThrows(IllegalArgumentException.class, () -> map.location(6));
    assertThrows(IllegalArgumentException.class, () -> map.location(-1));
  }

  @Test
  void textTakesAMapOnlyOfItsOwnLength() {
    SourceText text = SourceText.of("t", "abc");
    SourceMap map = SourceMap.of(3, List.of(new Run(0, new Element("html > body > p"))));
    SourceText html = text.withSource(SourceFormat.HTML, map);
    assertThat(html.format()).isEqualTo(SourceFormat.HTML);
    assertThat(html.sourceMap().location(2)).isEqualTo(new Element("html > body > p"));
    assertThat(html.text()).isEqualTo("abc");
    assertThrows(
        IllegalArgumentException.class,
        () -> text.withSource(SourceFormat.HTML, SourceMap.of(4, map.runs())));
  }

  @Test
  void locationsGiveReportFieldsAndShortForms() {
    assertThat(new Page(3, 12).fields()).containsExactly(entry("page", 3), entry("line", 12));
    assertThat(new Page(3, 12).shortForm()).isEqualTo("p. 3");
    assertThat(Paragraph.of(41).fields()).containsExactly(entry("paragraph", 41));
    assertThat(Paragraph.of(41).shortForm()).isEqualTo("¶ 41");
    Paragraph inCell = new Paragraph(7, Optional.of(new Cell(1, 2, 3)));
    assertThat(inCell.fields().keySet()).containsExactly("paragraph", "table", "row", "column");
    assertThat(inCell.shortForm()).isEqualTo("¶ 7 (table 1, row 2, column 3)");
    assertThat(new Note(NoteKind.FOOTNOTE, 2).fields()).containsExactly(entry("footnote", 2));
    assertThat(new Element("p").fields()).containsExactly(entry("element", "p"));
    assertThat(new Line(4, 2).shortForm()).isEqualTo("4:2");
    assertThrows(IllegalArgumentException.class, () -> new Page(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Element(""));
  }

  private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
    return java.util.Map.entry(key, value);
  }
}
