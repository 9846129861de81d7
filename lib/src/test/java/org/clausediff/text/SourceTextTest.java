package org.clausediff.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import org.clausediff.InvalidInputException;
import org.junit.jupiter.api.Test;

class SourceTextTest {

  @Test
  void offsetsCountCodePointsNotUtf16Units() {
    SourceText text = SourceText.of("t", "𠮷野家ab𩸽c");

    assertThat(text.length()).isEqualTo(7);
    assertThat(text.substring(Span.of(0, 1))).isEqualTo("𠮷");
    assertThat(text.substring(Span.of(5, 7))).isEqualTo("𩸽c");
    assertThat(text.charIndex(1)).isEqualTo(2);
    assertThat(text.charIndex(6)).isEqualTo(8);
    assertThat(text.codePointOffset(2)).isEqualTo(1);
    assertThat(text.codePointOffset(1)).as("low surrogate maps to its pair").isEqualTo(0);
    assertThat(text.codePointOffset(text.text().length())).isEqualTo(7);
  }

  @Test
  void charIndexAndCodePointOffsetAreInverse() {
    SourceText text = SourceText.of("t", "a𠮷b𠮷𠮷c\uD840\uDC00");
    for (int offset = 0; offset <= text.length(); offset++) {
      assertThat(text.codePointOffset(text.charIndex(offset))).isEqualTo(offset);
    }
  }

  @Test
  void linesEndAtLfCrLfCrAndUnicodeSeparators() {
    SourceText text = SourceText.of("t", "一\r\n二\r三\n四\u2028五");

    assertThat(text.lineCount()).isEqualTo(5);
    assertThat(text.lineColumn(0)).isEqualTo(new LineColumn(1, 1));
    assertThat(text.lineColumn(1)).isEqualTo(new LineColumn(1, 2));
    assertThat(text.lineColumn(3)).isEqualTo(new LineColumn(2, 1));
    assertThat(text.lineColumn(5)).isEqualTo(new LineColumn(3, 1));
    assertThat(text.lineColumn(9)).isEqualTo(new LineColumn(5, 1));
    assertThat(text.lineColumn(text.length())).isEqualTo(new LineColumn(5, 2));
  }

  @Test
  void sha256IsOfTheTextNotOfTheBytes() {
    String chinese = "提高效能";
    SourceText fromUtf8 =
        TextDecoder.defaults()
            .decode("a", chinese.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    SourceText fromGb =
        TextDecoder.defaults().decode("b", chinese.getBytes(Charset.forName("GB18030")));

    assertThat(fromUtf8.sha256()).isEqualTo(fromGb.sha256()).hasSize(64);
    assertThat(SourceText.of("e", "").sha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void rejectsUnpairedSurrogates() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> SourceText.of("s", "ab\uD800c"));

    assertThat(e.reason()).isEqualTo(InvalidInputException.Reason.UNPAIRED_SURROGATE);
    assertThat(e).hasMessage("s: unpaired surrogate U+D800 at code point offset 2");
    assertThat(e.offset()).hasValue(2);
  }

  @Test
  void rejectsSpansOutsideTheText() {
    SourceText text = SourceText.of("t", "abc");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> text.substring(Span.of(1, 4)));
    assertThat(e).hasMessage("span [1,4) must lie within [0, 3) of t");
  }

  @Test
  void spansValidateAndCompare() {
    assertThrows(IllegalArgumentException.class, () -> Span.of(3, 2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 2));
    assertThat(e).hasMessage("start must be >= 0 but was -1");
    assertThat(Span.of(1, 3).overlaps(Span.of(2, 5))).isTrue();
    assertThat(Span.of(1, 3).overlaps(Span.of(3, 5))).isFalse();
    assertThat(Span.of(1, 5).encloses(Span.of(2, 5))).isTrue();
    assertThat(Span.of(1, 2).compareTo(Span.of(1, 3))).isNegative();
    assertThat(Span.of(1, 2).span(Span.of(4, 6))).isEqualTo(Span.of(1, 6));
  }

  @Test
  void carriesTheNotesOfItsExtractionThroughEveryCopy() {
    SourceText text = SourceText.of("a.pdf", "第一条 总则");
    assertThat(text.notes()).isEmpty();
    java.util.List<String> notes =
        new java.util.ArrayList<>(java.util.List.of("page number left out"));
    SourceText noted = text.withNotes(notes);
    notes.add("changed afterwards");
    assertThat(noted.notes()).containsExactly("page number left out");
    assertThat(noted.withName("label").notes()).containsExactly("page number left out");
    assertThat(noted.withSource(SourceFormat.PDF, SourceMap.lines(noted)).notes())
        .containsExactly("page number left out");
    assertThat(text.notes()).isEmpty();
  }
}
