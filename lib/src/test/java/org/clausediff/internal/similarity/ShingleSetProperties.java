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
}
