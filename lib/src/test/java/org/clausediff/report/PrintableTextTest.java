package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clausediff.internal.text.CodePoints;
import org.junit.jupiter.api.Test;

/**
 * {@link PrintableText}'s shortcut for plain code points (visible ASCII, CJK Unified Ideographs,
 * full-width forms) agrees with its general tests on every code point.
 */
class PrintableTextTest {

  @Test
  void plainCodePointsAreNeitherHiddenNorWhiteSpaceNorBreaks() {
    List<String> wrong = new ArrayList<>();
    int plain = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!PrintableText.isPlain(cp)) {
        continue;
      }
      plain++;
      if (PrintableText.isHidden(cp)
          || CodePoints.isWhitespace(cp)
          || CodePoints.isLineTerminator(cp)
          || cp == '\t'
          || cp == 0x3000) {
        wrong.add(String.format("U+%04X", cp));
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(plain).isEqualTo(0x7E - 0x20 + (0x9FFF - 0x4E00 + 1) + (0xFF5E - 0xFF01 + 1));
  }

  @Test
  void rendersPlainAndOtherCodePointsAsBefore() {
    String text = "第一条\t甲 乙\u3000丙\r\n丁\u202E1000\u00ADＡ２，x<y&z>\u0007";
    assertThat(PrintableText.line(text))
        .isEqualTo("第一条\t甲 乙\u3000丙⏎丁⟨U+202E⟩1000⟨U+00AD⟩Ａ２，x<y&z>⟨U+0007⟩");
    assertThat(PrintableText.name(text))
        .isEqualTo("第一条⟨U+0009⟩甲 乙\u3000丙⟨U+000D⟩⟨U+000A⟩丁⟨U+202E⟩1000⟨U+00AD⟩Ａ２，x<y&z>⟨U+0007⟩");
    assertThat(PrintableText.collapsed("一、总体  \t要求\u3000（一）")).isEqualTo("一、总体 要求\u3000（一）");
  }
}
