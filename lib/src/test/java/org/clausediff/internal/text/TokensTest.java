package org.clausediff.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import org.clausediff.testing.TextGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** The tokens of {@code text} as {@link Tokens#end} delimits them. */
  private static java.util.List<String> boundaries(String text) {
    ImmutableIntArray cps = ImmutableIntArray.copyOf(text.codePoints().toArray());
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < cps.length(); ) {
      int end = Tokens.end(cps, i, cps.length());
      out.add(new String(cps.subArray(i, end).toArray(), 0, end - i));
      i = end;
    }
    return out;
  }

  @Test
  void aTokenIsARunOfWordPartsOrOneOtherCodePoint() {
    assertThat(boundaries("Café 5G，中文abc12"))
        .containsExactly("Café", " ", "5G", "，", "中", "文", "abc12");
    // A combining mark continues a word; a wide one (the kana voicing mark) does not.
    assertThat(boundaries("e\u0301x")).containsExactly("e\u0301x");
    assertThat(boundaries("か\u3099a")).containsExactly("か", "\u3099", "a");
    assertThat(Tokens.end(ImmutableIntArray.of('a', 'b', 'c'), 0, 2)).isEqualTo(2);
  }

  @Test
  void wordLikeTokensAreTheTokensThatAreWordsLettersOrDigits() {
    // The same boundaries: "abc12" is one word token, each CJK character one, punctuation none.
    assertThat(tokens("Café 5G，中文abc12")).hasSize(5);
    assertThat(tokens("，。 ")).isEmpty();
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

  /** The allocation-free forms give what the plain ones give, whatever the buffers held before. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void bufferFormsAgreeWithPlainForms(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    int[] tokenBuffer = new int[400];
    long[] shingleBuffer = new long[400];
    Arrays.fill(tokenBuffer, 0x4E00);
    Arrays.fill(shingleBuffer, Long.MIN_VALUE);
    for (int round = 0; round < 20; round++) {
      String text =
          generator.random().nextBoolean() ? generator.text(300) : generator.chineseProse(300);
      ImmutableIntArray cps = ImmutableIntArray.copyOf(text.codePoints().toArray());
      int from = cps.isEmpty() ? 0 : generator.random().nextInt(cps.length());
      int to = from + generator.random().nextInt(cps.length() - from + 1);
      int[] plain = Tokens.of(cps, from, to);
      int count = Tokens.into(cps, from, to, tokenBuffer);
      assertThat(Arrays.copyOf(tokenBuffer, count)).as("seed %s", seed).isEqualTo(plain);
      for (int k = 1; k <= 3; k++) {
        assertThat(Tokens.shingles(tokenBuffer, count, k, shingleBuffer))
            .as("seed %s, k %s", seed, k)
            .isEqualTo(Tokens.shingles(plain, k));
      }
    }
  }

  /** Bigram shingles (computed without the general inner loop) are the mixed pairs of tokens. */
  @Test
  void bigramShinglesAreTheMixedPairsOfTokens() {
    java.util.Random random = new java.util.Random(16);
    for (int round = 0; round < 300; round++) {
      int[] tokens = new int[1 + random.nextInt(40)];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = random.nextInt(4) == 0 ? random.nextInt() : 0x4E00 + random.nextInt(50);
      }
      java.util.TreeSet<Long> expected = new java.util.TreeSet<>();
      for (int s = 0; s < Math.max(1, tokens.length - 1); s++) {
        long h = 0x9E3779B97F4A7C15L;
        for (int j = s; j < Math.min(tokens.length, s + 2); j++) {
          h = Tokens.mix(h ^ tokens[j]);
        }
        expected.add(h);
      }
      assertThat(Tokens.shingles(tokens, 2))
          .as("round %s", round)
          .containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
    }
  }
}
