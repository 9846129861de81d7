package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListNumbersTest {

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({
    "chineseCounting, 1, 一",
    "chineseCounting, 10, 十",
    "chineseCounting, 11, 十一",
    "chineseCounting, 20, 二十",
    "chineseCounting, 21, 二十一",
    "chineseCounting, 100, 一百",
    "chineseCounting, 101, 一百零一",
    "chineseCounting, 110, 一百一十",
    "chineseCounting, 1001, 一千零一",
    "chineseCounting, 1010, 一千零一十",
    "taiwaneseCountingThousand, 35, 三十五",
    "chineseLegalSimplified, 12, 拾贰",
    "chineseLegalSimplified, 23, 贰拾叁",
    "ideographLegalTraditional, 3, 參",
    "ideographDigital, 105, 一〇五",
    "ideographTraditional, 1, 甲",
    "ideographTraditional, 10, 癸",
    "ideographTraditional, 11, 甲",
    "ideographZodiac, 12, 亥",
    "decimalEnclosedCircle, 1, ①",
    "decimalEnclosedCircle, 20, ⑳",
    "decimalEnclosedCircle, 21, ㉑",
    "decimalEnclosedCircle, 50, ㊿",
    "decimalEnclosedCircle, 51, 51",
    "decimalEnclosedParen, 3, ⑶",
    "decimalEnclosedFullstop, 2, ⒉",
    "ideographEnclosedCircle, 2, ㊁",
    "decimal, 7, 7",
    "decimalZero, 7, 07",
    "decimalFullWidth, 12, １２",
    "upperRoman, 14, XIV",
    "lowerRoman, 9, ix",
    "upperLetter, 27, AA",
    "lowerLetter, 2, b"
  })
  void rendersWordNumberFormats(String format, int n, String expected) {
    assertThat(ListNumbers.format(format, n)).contains(expected);
  }

  @Test
  void rendersNoneAsNothingAndLeavesUnknownFormatsToTheCaller() {
    assertThat(ListNumbers.format("none", 3)).contains("");
    assertThat(ListNumbers.format("klingon", 3)).isEqualTo(Optional.empty());
  }

  @Test
  void chineseCountingGivesEveryNumberItsOwnName() {
    Set<String> seen = new HashSet<>();
    for (int n = 1; n <= 99_999; n++) {
      String name = ListNumbers.format("chineseCounting", n).orElseThrow();
      assertThat(seen.add(name)).as("%s = %s", n, name).isTrue();
      assertThat(name).doesNotStartWith("零").doesNotEndWith("零").doesNotContain("零零");
    }
  }
}
