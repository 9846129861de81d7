package org.clausediff.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The punctuation classes, and the fast path of the scans that use them. */
class PunctuationTest {
  /**
   * The sentence, clause and bracket scans pass a basic CJK ideograph at once: that is right only
   * while no punctuation class contains one.
   */
  @Test
  void noClassContainsABasicIdeograph() {
    List<Integer> inSomeClass = new ArrayList<>();
    for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
      assertThat(Punctuation.isBasicIdeograph(cp)).isTrue();
      if (Punctuation.closerOf(cp) != 0
          || Punctuation.isCloser(cp)
          || Punctuation.isCjkTerminator(cp)
          || Punctuation.isTerminatorChar(cp)
          || Punctuation.isCjkClauseMark(cp)
          || Punctuation.isTrailingCloser(cp)) {
        inSomeClass.add(cp);
      }
    }
    assertThat(inSomeClass).isEmpty();
  }

  @Test
  void basicIdeographsAreTheBlockU4E00ToU9FFF() {
    assertThat(Punctuation.isBasicIdeograph(0x4DFF)).isFalse();
    assertThat(Punctuation.isBasicIdeograph('一')).isTrue();
    assertThat(Punctuation.isBasicIdeograph(0x9FFF)).isTrue();
    assertThat(Punctuation.isBasicIdeograph(0xA000)).isFalse();
    assertThat(Punctuation.isBasicIdeograph('。')).isFalse();
    assertThat(Punctuation.isBasicIdeograph(0x20000)).isFalse();
  }
}
