package org.clausediff.internal.dups;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.clausediff.testing.TextGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The suffix array and its LCP array equal a brute-force oracle on many small generated texts. */
class SuffixArrayProperties {

  static IntStream seeds() {
    return IntStream.range(0, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void equalsBruteForceOracle(int seed) {
    int[] text = generate(seed);

    SuffixArray actual = SuffixArray.of(ImmutableIntArray.copyOf(text));

    int[] expected = bruteForceSuffixArray(text);
    assertThat(actual.suffixes())
        .as("suffix array of %s (seed %s)", Arrays.toString(text), seed)
        .containsExactly(expected);
    for (int rank = 0; rank < text.length; rank++) {
      int expectedLcp = rank == 0 ? 0 : commonPrefix(text, expected[rank - 1], expected[rank]);
      assertThat(actual.lcp(rank))
          .as("lcp at rank %s of %s (seed %s)", rank, Arrays.toString(text), seed)
          .isEqualTo(expectedLcp);
    }
  }

  /**
   * The LCP array computed in ranges of the text, in any order, equals the one of one pass: each
   * range starts its running common prefix afresh, which changes no value.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lcpInRangesEqualsOnePass(int seed) {
    Random random = new Random(seed);
    int[] text = generate(seed);
    SuffixArray whole = SuffixArray.build(text);
    int[] cuts = random.ints(random.nextInt(5), 0, text.length + 1).sorted().toArray();
    SuffixArray.Sorted sorted = SuffixArray.sort(text);
    // The ranges from last to first, as another thread may finish them.
    int[] bounds =
        IntStream.concat(
                IntStream.concat(IntStream.of(0), Arrays.stream(cuts)), IntStream.of(text.length))
            .toArray();
    for (int k = bounds.length - 1; k > 0; k--) {
      sorted.lcp(bounds[k - 1], bounds[k]);
    }
    for (int k = bounds.length - 1; k > 0; k--) {
      sorted.rankOrder(bounds[k - 1], bounds[k]);
    }
    SuffixArray ranged = sorted.build();
    assertThat(ranged.suffixes()).isEqualTo(whole.suffixes());
    assertThat(ranged.lcps())
        .as("lcp of %s cut at %s", Arrays.toString(text), Arrays.toString(cuts))
        .isEqualTo(whole.lcps());
  }

  /**
   * More distinct values than fit the packed {@code char} text of the top level (32768), with
   * repeated passages: the {@code int} path, checked against the oracle.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("largeAlphabetSeeds")
  void largeAlphabetEqualsBruteForceOracle(int seed) {
    Random random = new Random(seed);
    int[] text = new int[60_000];
    for (int i = 0; i < text.length; i++) {
      text[i] = 0x20000 + random.nextInt(50_000);
    }
    for (int copy = 0; copy < 20; copy++) {
      int from = random.nextInt(text.length - 200);
      int to = random.nextInt(text.length - 200);
      System.arraycopy(text, from, text, to, 1 + random.nextInt(199));
    }

    SuffixArray actual = SuffixArray.of(ImmutableIntArray.copyOf(text));

    int[] expected = bruteForceSuffixArray(text);
    assertThat(actual.suffixes()).as("seed %s", seed).containsExactly(expected);
    for (int rank = 1; rank < text.length; rank++) {
      assertThat(actual.lcp(rank))
          .as("lcp at rank %s (seed %s)", rank, seed)
          .isEqualTo(commonPrefix(text, expected[rank - 1], expected[rank]));
    }
  }

  static IntStream largeAlphabetSeeds() {
    return IntStream.range(0, 3);
  }

  /**
   * Small alphabets give many repeats (the hard case for SA-IS's recursion); code points from the
   * text generator bring CJK, supplementary ideographs and everything else.
   */
  private static int[] generate(int seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    Random random = generator.random();
    int length = random.nextInt(seed < 20 ? 6 : 120);
    switch (seed % 4) {
      case 0:
        return random.ints(length, 'a', 'a' + 2).toArray();
      case 1:
        {
          int[] alphabet = {0x4E00, 0x20BB7, 0x3002, 0x2A6D6};
          return random.ints(length, 0, alphabet.length).map(i -> alphabet[i]).toArray();
        }
      case 2:
        {
          // A periodic text with a few mutations: long repeats and deep recursion.
          int period = 1 + random.nextInt(5);
          int[] text = new int[length];
          for (int i = 0; i < length; i++) {
            text[i] = i % period == 0 ? 0x20000 + i % 3 : 'x';
            if (random.nextInt(20) == 0) {
              text[i] = generator.codePoint();
            }
          }
          return text;
        }
      default:
        return generator.text(length).codePoints().toArray();
    }
  }

  private static int[] bruteForceSuffixArray(int[] text) {
    Integer[] order = new Integer[text.length];
    for (int i = 0; i < text.length; i++) {
      order[i] = i;
    }
    Comparator<Integer> bySuffix =
        (a, b) -> {
          int common = commonPrefix(text, a, b);
          if (a + common == text.length || b + common == text.length) {
            return Integer.compare(text.length - a, text.length - b);
          }
          return Integer.compare(text[a + common], text[b + common]);
        };
    Arrays.sort(order, bySuffix);
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  private static int commonPrefix(int[] text, int a, int b) {
    int h = 0;
    while (a + h < text.length && b + h < text.length && text[a + h] == text[b + h]) {
      h++;
    }
    return h;
  }
}
