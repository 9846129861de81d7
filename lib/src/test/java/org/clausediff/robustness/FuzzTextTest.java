package org.clausediff.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import org.clausediff.testing.TestData;
import org.clausediff.testing.TextGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FuzzTextTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void spellsBackWhatItEncodes(long seed) {
    String text =
        TextGenerator.seeded(seed).text(300)
            + TestData.text(TestData.SEEDS.get((int) seed % TestData.SEEDS.size()))
                .text()
                .substring(0, 200);

    assertThat(FuzzText.spell(FuzzText.encode(text))).as("seed %s", seed).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"一、总体要求", "（一）第一条 e\u0301𠮷"})
  void spellsFragmentsWithOneByteEach(String text) {
    assertThat(FuzzText.encode(text).length).isLessThanOrEqualTo(4);
  }
}
