package org.clausediff.internal.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The longest earlier match of every suffix (or of a chosen subset) equals brute force. */
class EarlierMatchesProperties {

  static IntStream seeds() {
    return IntStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everySuffixGetsItsLongestEarlierMatch(int seed) {
    Random random = new Random(seed);
    int[] text = random.ints(random.nextInt(80), 0x4E00, 0x4E00 + 1 + seed % 3).toArray();
    SuffixArray sa = SuffixArray.build(text);
    int[] source = new int[text.length];
    int[] length = new int[text.length];

    EarlierMatches.compute(sa.suffixes(), sa.lcps(), 0, text.length, source, length);

    for (int rank = 0; rank < text.length; rank++) {
      int p = sa.suffix(rank);
      assertBest(text, p, source[rank], length[rank], allPositions(text.length), seed);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSubsetOfSuffixesMatchesOnlyWithinTheSubset(int seed) {
    Random random = new Random(seed);
    int[] text = random.ints(random.nextInt(80), 'a', 'a' + 2 + seed % 2).toArray();
    SuffixArray sa = SuffixArray.build(text);
    boolean[] chosen = new boolean[text.length];
    for (int p = 0; p < text.length; p++) {
      chosen[p] = random.nextInt(3) == 0;
    }
    int[] starts = new int[text.length];
    int[] adjacent = new int[text.length + 1];
    int count = 0;
    int running = Integer.MAX_VALUE;
    for (int rank = 0; rank < text.length; rank++) {
      running = Math.min(running, sa.lcp(rank));
      if (chosen[sa.suffix(rank)]) {
        adjacent[count] = running;
        starts[count++] = sa.suffix(rank);
        running = Integer.MAX_VALUE;
      }
    }
    int[] source = new int[count];
    int[] length = new int[count];

    EarlierMatches.compute(starts, adjacent, 0, count, source, length);

    int[] subset = IntStream.range(0, text.length).filter(p -> chosen[p]).toArray();
    for (int i = 0; i < count; i++) {
      assertBest(text, starts[i], source[i], length[i], subset, seed);
    }
  }

  private static void assertBest(
      int[] text, int p, int source, int length, int[] candidates, int seed) {
    int best = 0;
    for (int q : candidates) {
      if (q < p) {
        best = Math.max(best, common(text, p, q));
      }
    }
    String context = "position " + p + " of " + Arrays.toString(text) + " (seed " + seed + ")";
    assertThat(length).as("length at %s", context).isEqualTo(best);
    if (best > 0) {
      assertThat(source).as("source at %s", context).isLessThan(p);
      assertThat(Arrays.binarySearch(candidates, source)).as(context).isGreaterThanOrEqualTo(0);
      assertThat(common(text, p, source)).as("source match at %s", context).isEqualTo(best);
    }
  }

  private static int[] allPositions(int n) {
    return IntStream.range(0, n).toArray();
  }

  private static int common(int[] text, int a, int b) {
    int h = 0;
    while (a + h < text.length && b + h < text.length && text[a + h] == text[b + h]) {
      h++;
    }
    return h;
  }
}
