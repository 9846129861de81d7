package org.clausediff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.primitives.ImmutableIntArray;
import org.junit.jupiter.api.Test;

class TokensTest {

  private static int[] tokens(String text) {
    ImmutableIntArray cps = ImmutableIntArray.copyOf(text.codePoints().toArray());
    return Tokens.of(cps, 0, cps.length());
  }

  @Test
  void chineseCharactersAreTokensAndPunctuationIsNot() {
    assertThat(tokens("优化，服务。")).containsExactly('优', '化', '服', '务');
  }

  @Test
  void latinWordsAreOneTokenEachCaseInsensitive() {
    int[] tokens = tokens("Cloud computing, cloud");
    assertThat(tokens).hasSize(3);
    assertThat(tokens[0]).isEqualTo(tokens[2]).isNegative();
    assertThat(tokens[1]).isNotEqualTo(tokens[0]);
  }

  @Test
  void mixedTextSplitsAtScriptChange() {
    assertThat(tokens("互联网+政务5G技术")).hasSize(8);
  }

  @Test
  void shinglesAreDistinctSortedAndOrderSensitive() {
    long[] ab = Tokens.shingles(tokens("甲乙丙甲乙"), 2);
    assertThat(ab).hasSize(3).isSorted();
    assertThat(Tokens.shingles(tokens("乙甲"), 2)).doesNotContain(Tokens.shingles(tokens("甲乙"), 2));
  }

  @Test
  void shortTextGetsOneShingleAndEmptyTextNone() {
    assertThat(Tokens.shingles(tokens("甲"), 3)).hasSize(1);
    assertThat(Tokens.shingles(tokens("。，"), 3)).isEmpty();
  }
}
