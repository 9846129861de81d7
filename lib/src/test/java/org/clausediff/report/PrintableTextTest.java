package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.testing.TextGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

  /**
   * {@link PrintableText#collapsed} leaves text that needs no change as it is and gives what
   * collapsing it code point by code point gives, on seeded text of every class mixed with spaces,
   * runs of white space, line breaks, tabs, escaped characters and the path separator.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void collapsedIsCollapsingCodePointByCodePoint(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    java.util.Random random = generator.random();
    String[] pieces = {
      " ", "  ", " › ", "\t", "\n", "\r\n", "\u3000", "\u00A0", "\u0007", "\u00AD"
    };
    StringBuilder text = new StringBuilder();
    for (int k = random.nextInt(12); k >= 0; k--) {
      text.append(random.nextBoolean() ? generator.chineseProse(12) : generator.text(6));
      if (random.nextInt(3) > 0) {
        text.append(pieces[random.nextInt(random.nextBoolean() ? 3 : pieces.length)]);
      }
    }
    String s = text.toString();
    assertThat(PrintableText.collapsed(s))
        .as("seed %s: %s", seed, s)
        .isEqualTo(PrintableText.collapsedOneByOne(s));
  }

  static java.util.stream.LongStream seeds() {
    return java.util.stream.LongStream.range(0, 500);
  }
}
