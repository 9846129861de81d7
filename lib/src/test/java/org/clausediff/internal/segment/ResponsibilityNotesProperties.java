package org.clausediff.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of {@link ResponsibilityNotes}: reading the code points gives the answer of the
 * plain rule on the text inside the brackets (kept here as {@link #reference}).
 */
class ResponsibilityNotesProperties {
  private static final String[] PIECES = {
    "（", "）", "(", ")", "省", "发展改革委", "、", "负责", "負責", "负", "责", "牵头", "责任单位", "牵头单位", "配合单位",
    "责任部门", "牵头部门", "責任單位", "牽頭單位", "配合單位", "責任部門", "牽頭部門", "责任", "单位", "：", "；", "。", "𠀀", " "
  };

  private static final List<String> MARKERS =
      List.of("责任单位", "牵头单位", "配合单位", "责任部门", "牵头部门", "責任單位", "牽頭單位", "配合單位", "責任部門", "牽頭部門");

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void codePointsGiveTheAnswerOfThePlainRule(long seed) {
    Random random = new Random(seed);
    int notes = 0;
    for (int round = 0; round < 50; round++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "（" : "(");
      int pieces = random.nextInt(8);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      text.append(random.nextBoolean() ? "）" : ")");
      int[] cps = text.toString().codePoints().toArray();
      boolean expected = reference(cps, 0, cps.length - 1);
      assertThat(ResponsibilityNotes.isNote(cps, 0, cps.length - 1))
          .as("seed %s: %s", seed, text)
          .isEqualTo(expected);
      notes += expected ? 1 : 0;
    }
    assertThat(notes).as("seed %s generates notes", seed).isPositive();
  }

  /** The plain rule, on the text inside the brackets. */
  private static boolean reference(int[] cps, int open, int close) {
    if (close - open < 3
        || !((cps[open] == '（' || cps[open] == '(') && (cps[close] == '）' || cps[close] == ')'))) {
      return false;
    }
    for (int i = open + 1; i < close; i++) {
      if (Punctuation.isCjkTerminator(cps[i]) && cps[i] != '；') {
        return false;
      }
    }
    String inside = new String(cps, open + 1, close - open - 1);
    return inside.endsWith("负责")
        || inside.endsWith("負責")
        || MARKERS.stream().anyMatch(inside::contains);
  }
}
