package org.clausediff.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodePointsTest {
  /**
   * The shortcut for the basic CJK block answers as the full tests do, for every code point of it:
   * none is white space or invisible.
   */
  @Test
  void noBasicIdeographIsWhitespaceOrInvisible() {
    List<String> wrong = new ArrayList<>();
    for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
      assertThat(CodePoints.isBasicIdeograph(cp)).isTrue();
      boolean whitespace = Character.isSpaceChar(cp) || Character.isWhitespace(cp);
      boolean invisible = Character.getType(cp) == Character.FORMAT;
      if (whitespace || invisible || CodePoints.isVariationSelector(cp)) {
        wrong.add(Integer.toHexString(cp));
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(CodePoints.isBasicIdeograph(0x4DFF)).isFalse();
    assertThat(CodePoints.isBasicIdeograph(0xA000)).isFalse();
    assertThat(CodePoints.isWhitespace(0x3000)).as("the ideographic space").isTrue();
    assertThat(CodePoints.isInvisible(0xFEFF)).as("the byte-order mark").isTrue();
  }
}
