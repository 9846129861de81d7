package org.clausediff.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NfkcRuleTest {
  /** The shortcut for the basic CJK block gives what ICU gives, for every code point of it. */
  @Test
  void everyBasicIdeographStartsASegmentAndIsInert() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (int cp = 0; cp <= 0xFFFF; cp++) {
      if (!NfkcRule.isBasicIdeograph(cp)) {
        continue;
      }
      checked++;
      if (!NfkcRule.NFKC.hasBoundaryBefore(cp) || !NfkcRule.NFKC.isInert(cp)) {
        wrong.add(Integer.toHexString(cp));
      }
    }
    assertThat(checked).isEqualTo(0x9FFF - 0x4E00 + 1);
    assertThat(wrong).isEmpty();
    assertThat(NfkcRule.isBasicIdeograph(0x4DFF)).isFalse();
    assertThat(NfkcRule.isBasicIdeograph(0xA000)).isFalse();
    assertThat(NfkcRule.isBasicIdeograph(0xF900)).as("a compatibility ideograph").isFalse();
  }

  /** The ranges written out are those of the pattern, in the ICU on the class path. */
  @Test
  void keptRangesAreThoseOfThePattern() {
    UnicodeSet pattern = new UnicodeSet(NfkcRule.KEPT_PATTERN);
    assertThat(new UnicodeSet(NfkcRule.KEPT_RANGES).equals(pattern))
        .as("ranges %s, pattern %s", new UnicodeSet(NfkcRule.KEPT_RANGES), pattern)
        .isTrue();
    assertThat(pattern.contains('²')).isTrue();
    assertThat(pattern.contains('⑩')).isTrue();
    assertThat(pattern.contains('Ⓐ')).as("a circled letter is folded").isFalse();
  }
}
