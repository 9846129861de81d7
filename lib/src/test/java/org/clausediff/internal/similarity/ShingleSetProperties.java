package org.clausediff.internal.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.List;
import org.clausediff.internal.text.Tokens;
import org.clausediff.testing.TextGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShingleSetProperties {

  private static ShingleSet shingles(String text) {
    ImmutableIntArray cps = ImmutableIntArray.copyOf(text.codePoints().toArray());
    return ShingleSet.of(Tokens.of(cps, 0, cps.length()));
  }

  private static List<Long> hashes(ShingleSet set) {
    List<Long> hashes = new ArrayList<>();
    for (int i = 0; i < set.size(); i++) {
      hashes.add(set.get(i));
    }
    return hashes;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void sampleKeepsExactlyTheHashesDivisibleByItsRate(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    ShingleSet set = shingles(generator.chineseProse(2000) + generator.text(300));
    assertThat(set.sample(1)).isSameAs(set);
    for (int every : new int[] {2, 4, 16, 1 << 20}) {
      List<Long> expected = new ArrayList<>();
      for (long hash : hashes(set)) {
        if (hash % every == 0) {
          expected.add(hash);
        }
      }
      ShingleSet sample = set.sample(every);
      assertThat(hashes(sample)).as("seed %s, every %s", seed, every).isEqualTo(expected);
      assertThat(sample.isEmpty()).isEqualTo(expected.isEmpty());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void sampleOfUnionIsUnionOfSamples(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    ShingleSet a = shingles(generator.chineseProse(800));
    ShingleSet b = shingles(generator.chineseProse(800));
    assertThat(ShingleSet.union(List.of(a, b)).sample(4))
        .as("seed %s", seed)
        .isEqualTo(ShingleSet.union(List.of(a.sample(4), b.sample(4))));
  }

  /**
   * Counting the shingles of sets, sampled on the fly or not, numbers and counts them as a plain
   * count of the samples does: shingles numbered in the order of their hashes, each set as its
   * shingles' numbers, {@code ln(1 + N / df)} for each, and no number for a shingle left out.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void frequenciesAreThoseOfAPlainCountOfTheSamples(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    List<ShingleSet> sets = new ArrayList<>();
    // Enough distinct shingles in some seeds for the table to grow several times.
    int count = generator.random().nextInt(seed % 4 == 0 ? 400 : 40);
    for (int s = 0; s < count; s++) {
      sets.add(shingles(generator.chineseProse(s % 7 == 0 ? 400 : 60)));
    }
    for (int every : new int[] {1, 2, 4, 16}) {
      java.util.TreeMap<Long, Integer> df = new java.util.TreeMap<>();
      for (ShingleSet set : sets) {
        for (long shingle : hashes(set.sample(every))) {
          df.merge(shingle, 1, Integer::sum);
        }
      }
      List<Long> byNumber = new ArrayList<>(df.keySet());
      ShingleFrequencies actual =
          every == 1 ? ShingleFrequencies.of(sets) : ShingleFrequencies.of(sets, every);
      String what = "seed " + seed + ", every " + every;
      assertThat(actual.size()).as(what).isEqualTo(df.size());
      assertThat(actual.collectionSize()).as(what).isEqualTo(sets.size());
      for (int s = 0; s < sets.size(); s++) {
        int[] expected =
            hashes(sets.get(s).sample(every)).stream()
                .mapToInt(h -> java.util.Collections.binarySearch(byNumber, h))
                .sorted()
                .toArray();
        assertThat(actual.ids(s)).as(what + ", set " + s).isEqualTo(expected);
        for (long shingle : hashes(sets.get(s))) {
          assertThat(actual.id(shingle))
              .as(what)
              .isEqualTo(
                  df.containsKey(shingle)
                      ? java.util.Collections.binarySearch(byNumber, shingle)
                      : -1);
        }
      }
      for (int id = 0; id < byNumber.size(); id++) {
        assertThat(actual.idf(id))
            .as(what)
            .isEqualTo(Math.log1p((double) sets.size() / df.get(byNumber.get(id))));
      }
    }
  }

  /**
   * The vector of a run of sets together with other vectors counts every shingle number as often as
   * the sets and the vectors hold it, as a plain count does, and weighs it the same.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void vectorOfSetsAndVectorsCountsEveryShingle(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    java.util.Random random = generator.random();
    List<ShingleSet> sets = new ArrayList<>();
    int count = 1 + random.nextInt(40);
    for (int s = 0; s < count; s++) {
      sets.add(shingles(generator.chineseProse(s % 5 == 0 ? 300 : 40)));
    }
    ShingleFrequencies frequencies = ShingleFrequencies.of(sets);
    for (int round = 0; round < 10; round++) {
      int from = random.nextInt(count + 1);
      int to = from + random.nextInt(count - from + 1);
      List<WeightedShingles> others = new ArrayList<>();
      for (int k = random.nextInt(3); k > 0; k--) {
        int a = random.nextInt(count);
        others.add(
            WeightedShingles.sum(
                a, Math.min(count, a + 1 + random.nextInt(3)), List.of(), frequencies));
      }
      java.util.TreeMap<Integer, Integer> expected = new java.util.TreeMap<>();
      for (int s = from; s < to; s++) {
        for (int id : frequencies.ids(s)) {
          expected.merge(id, 1, Integer::sum);
        }
      }
      for (WeightedShingles other : others) {
        for (int i = 0; i < other.size(); i++) {
          expected.merge(other.ids()[i], other.counts()[i], Integer::sum);
        }
      }
      double sum = 0;
      for (var entry : expected.entrySet()) {
        double w = entry.getValue() * frequencies.idf(entry.getKey());
        sum += w * w;
      }
      WeightedShingles actual = WeightedShingles.sum(from, to, others, frequencies);
      String what = "seed " + seed + ", sets [" + from + ", " + to + ") and " + others.size();
      assertThat(actual.ids())
          .as(what)
          .containsExactly(expected.keySet().stream().mapToInt(Integer::intValue).toArray());
      assertThat(actual.counts())
          .as(what)
          .containsExactly(expected.values().stream().mapToInt(Integer::intValue).toArray());
      assertThat(actual.norm()).as(what).isEqualTo(Math.sqrt(sum));
    }
  }
}
