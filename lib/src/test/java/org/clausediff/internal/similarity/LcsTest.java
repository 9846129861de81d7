package org.clausediff.internal.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LcsTest {

  private static int lcs(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    return Lcs.length(x, 0, x.length, y, 0, y.length);
  }

  @Test
  void countsCommonSubsequenceOfChineseText() {
    assertThat(lcs("着力提高行政审批服务效能", "提高行政审批服务能力和水平")).isEqualTo(9);
  }

  @Test
  void identicalAndDisjointSequences() {
    assertThat(lcs("优化服务", "优化服务")).isEqualTo(4);
    assertThat(lcs("甲乙丙", "丁戊己")).isZero();
    assertThat(lcs("", "甲乙")).isZero();
  }

  @Test
  void supplementaryCharactersCountOnce() {
    assertThat(lcs("𠮷野家", "𠮷田家")).isEqualTo(2);
  }

  @Test
  void handlesPatternsLongerThanOneWord() {
    String a = "一二三四五六七八九十".repeat(20);
    String b = "一三五七九".repeat(20) + "二四六八十".repeat(20);
    assertThat(lcs(a, b)).isEqualTo(lcs(b, a)).isEqualTo(dp(a, b));
  }

  @Test
  void similarityIsTwiceLcsOverBothLengths() {
    assertThat(Lcs.similarity(3, 4, 4)).isEqualTo(0.75);
    assertThat(Lcs.similarity(0, 0, 0)).isEqualTo(1.0);
  }

  @Test
  void rejectsRangeOutsideArray() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Lcs.length(new int[2], 0, 3, new int[2], 0, 2));
    assertThat(e).hasMessageContaining("range of a");
  }

  /** The textbook dynamic program, as an oracle. */
  static int dp(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[][] t = new int[x.length + 1][y.length + 1];
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        t[i][j] = x[i - 1] == y[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[x.length][y.length];
  }
}
