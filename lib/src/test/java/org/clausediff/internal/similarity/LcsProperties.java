package org.clausediff.internal.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LcsProperties {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void bitParallelLcsEqualsDynamicProgram(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 50; round++) {
      int alphabet = 1 + random.nextInt(random.nextBoolean() ? 4 : 300);
      int[] a = randomSequence(random, random.nextInt(200), alphabet);
      int[] b = randomSequence(random, random.nextInt(200), alphabet);
      int expected = dp(a, b);
      assertThat(Lcs.length(a, 0, a.length, b, 0, b.length))
          .as("seed %s round %s, lengths %s and %s", seed, round, a.length, b.length)
          .isEqualTo(expected)
          .isEqualTo(Lcs.length(b, 0, b.length, a, 0, a.length));
      if (a.length > 2) {
        int from = random.nextInt(a.length / 2);
        int to = from + random.nextInt(a.length - from);
        int[] slice = java.util.Arrays.copyOfRange(a, from, to);
        assertThat(Lcs.length(a, from, to, b, 0, b.length))
            .as("seed %s round %s, slice [%s, %s)", seed, round, from, to)
            .isEqualTo(dp(slice, b));
      }
    }
  }

  private static int[] randomSequence(Random random, int length, int alphabet) {
    int[] s = new int[length];
    for (int i = 0; i < length; i++) {
      s[i] =
          random.nextBoolean() ? 0x4E00 + random.nextInt(alphabet) : random.nextInt(alphabet) - 7;
    }
    return s;
  }

  private static int dp(int[] x, int[] y) {
    int[][] t = new int[x.length + 1][y.length + 1];
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        t[i][j] = x[i - 1] == y[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[x.length][y.length];
  }
}
