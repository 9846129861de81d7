package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.clausediff.formats.WordNumbering.Level;
import org.junit.jupiter.api.Test;

class WordNumberingTest {
  private static final int ABSENT = -1;

  private static WordNumbering numbering(Level... levels) {
    WordNumbering.Definition definition = new WordNumbering.Definition();
    System.arraycopy(levels, 0, definition.levels, 0, levels.length);
    return new WordNumbering(
        Map.of("10", definition),
        Map.of(
            "1", new WordNumbering.Instance("10", Map.of(), Map.of()),
            "2", new WordNumbering.Instance("10", Map.of(), Map.of()),
            "3", new WordNumbering.Instance("10", Map.of(0, 5), Map.of())));
  }

  private static Level level(String numFmt, String text, int restart) {
    return new Level(1, numFmt, text, "", restart, false);
  }

  @Test
  void restartsALevelWhenAHigherLevelAdvances() {
    WordNumbering n =
        numbering(
            level("chineseCounting", "%1、", ABSENT), level("chineseCounting", "（%2）", ABSENT));
    assertThat(n.next("1", 0)).contains("一、");
    assertThat(n.next("1", 1)).contains("（一）");
    assertThat(n.next("1", 1)).contains("（二）");
    assertThat(n.next("1", 0)).contains("二、");
    assertThat(n.next("1", 1)).contains("（一）");
  }

  @Test
  void neverRestartsALevelWithLvlRestartZero() {
    WordNumbering n =
        numbering(level("chineseCounting", "%1、", ABSENT), level("chineseCounting", "（%2）", 0));
    n.next("1", 0);
    n.next("1", 1);
    n.next("1", 0);
    assertThat(n.next("1", 1)).contains("（二）");
  }

  @Test
  void showsTheCountersOfHigherLevelsInTheLabel() {
    WordNumbering n =
        numbering(
            level("decimal", "第%1章", ABSENT),
            new Level(1, "decimal", "%1.%2", "\t", ABSENT, false));
    assertThat(n.next("1", 0)).contains("第1章");
    assertThat(n.next("1", 1)).contains("1.1\t");
    assertThat(n.next("1", 1)).contains("1.2\t");
  }

  @Test
  void sharesCountersBetweenListsOfOneDefinitionUnlessAStartIsOverridden() {
    WordNumbering n = numbering(level("decimal", "%1.", ABSENT));
    assertThat(n.next("1", 0)).contains("1.");
    assertThat(n.next("2", 0)).contains("2.");
    assertThat(n.next("3", 0)).contains("5.");
    assertThat(n.next("3", 0)).contains("6.");
    assertThat(n.next("1", 0)).contains("3.");
  }

  @Test
  void givesNoLabelForBulletsUnknownListsAndListZero() {
    WordNumbering n = numbering(level("bullet", "\uF0B7", ABSENT));
    assertThat(n.next("1", 0)).isEmpty();
    assertThat(n.next("99", 0)).isEmpty();
    assertThat(n.next("0", 0)).isEqualTo(Optional.empty());
  }

  @Test
  void numbersUnknownFormatsInDecimalAndSaysSo() {
    WordNumbering n = numbering(level("hebrew2", "%1)", ABSENT));
    assertThat(n.next("1", 0)).contains("1)");
    assertThat(n.unknownFormats()).containsExactly("hebrew2");
  }
}
