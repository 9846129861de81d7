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
   * Counting the shingles of sets sampled on the fly numbers and counts them as counting the
   * samples does: the same numbers for each set, the same inverse document frequencies, the same
   * number for every shingle (none for the ones left out).
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void frequenciesOfSampledSetsAreThoseOfTheSamples(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    List<ShingleSet> sets = new ArrayList<>();
    int count = generator.random().nextInt(40);
    for (int s = 0; s < count; s++) {
      sets.add(shingles(generator.chineseProse(s % 7 == 0 ? 400 : 60)));
    }
    for (int every : new int[] {1, 2, 4, 16}) {
      List<ShingleSet> samples = new ArrayList<>();
      for (ShingleSet set : sets) {
        samples.add(set.sample(every));
      }
      ShingleFrequencies expected = ShingleFrequencies.of(samples);
      ShingleFrequencies actual = ShingleFrequencies.of(sets, every);
      String what = "seed " + seed + ", every " + every;
      assertThat(actual.size()).as(what).isEqualTo(expected.size());
      assertThat(actual.collectionSize()).as(what).isEqualTo(expected.collectionSize());
      for (int s = 0; s < sets.size(); s++) {
        assertThat(actual.ids(s)).as(what + ", set " + s).isEqualTo(expected.ids(s));
        for (int i = 0; i < sets.get(s).size(); i++) {
          long shingle = sets.get(s).get(i);
          assertThat(actual.id(shingle)).as(what).isEqualTo(expected.id(shingle));
        }
      }
      for (int id = 0; id < expected.size(); id++) {
        assertThat(actual.idf(id)).as(what).isEqualTo(expected.idf(id));
      }
    }
  }
}
