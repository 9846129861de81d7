package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsProperties {

  /** Halves and their neighbours, where rounding from the binary value and the decimal differ. */
  @ParameterizedTest(name = "digits {0}")
  @ValueSource(ints = {1, 2, 4})
  void printsWhatFormatPrintsAtEveryRoundingBoundary(int digits) {
    double step = Math.pow(10, -digits);
    for (int k = 0; k <= 2 * Math.pow(10, digits); k++) {
      double half = (k + 0.5) * step / 2;
      for (double x : new double[] {half, Math.nextUp(half), Math.nextDown(half), k * step / 2}) {
        assertThat(Decimals.fixed(x, digits))
            .as("%s at %s digits", x, digits)
            .isEqualTo(String.format(Locale.ROOT, "%." + digits + "f", x));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4})
  void printsWhatFormatPrintsForScores(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      double x = random.nextInt(4) == 0 ? random.nextInt(1001) / 1000.0 : random.nextDouble();
      int digits = 1 + random.nextInt(4);
      assertThat(Decimals.fixed(x, digits))
          .as("seed %s: %s at %s digits", seed, x, digits)
          .isEqualTo(String.format(Locale.ROOT, "%." + digits + "f", x));
    }
  }
}
