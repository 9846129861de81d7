package org.clausediff.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.ShingleFrequencies;
import org.clausediff.internal.similarity.ShingleSet;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.internal.similarity.WeightedShingles;
import org.clausediff.testing.Keyed;
import org.clausediff.testing.TextGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimilarityProperties {

  private static UnitKeys.Pair keys(String left, String right) {
    return Keyed.sentences(left, right);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void measuresAreSymmetricBoundedAndOneOnIdenticalKeys(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    String a = generator.chineseProse(400) + "。" + generator.text(100);
    String b = generator.chineseProse(400) + "。" + generator.text(100);
    UnitKeys.Pair ab = keys(a, b);
    UnitKeys.Pair ba = keys(b, a);
    UnitKeys.Pair aa = keys(a, a);
    KeyScorer forward = KeyScorer.of(ab);
    KeyScorer backward = KeyScorer.of(ba);
    KeyScorer same = KeyScorer.of(aa);
    for (int p = 0; p < ab.left().size(); p++) {
      for (int q = 0; q < ab.right().size(); q++) {
        Similarity s = forward.score(p, p + 1, q, q + 1);
        Similarity mirrored = backward.score(q, q + 1, p, p + 1);
        assertThat(s.value())
            .as("seed %s, %s ↔ %s", seed, p, q)
            .isBetween(0.0, 1.0)
            .isEqualTo(mirrored.value());
        assertThat(s.parts()).isEqualTo(mirrored.parts());
      }
      Similarity self = same.score(p, p + 1, p, p + 1);
      assertThat(self.value()).as("seed %s, %s with itself", seed, p).isEqualTo(1.0);
      assertThat(same.identical(p, p + 1, p, p + 1)).isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void tfIdfCosineIsSymmetricBoundedAndOneOnItself(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    List<ShingleSet> sets = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String text = generator.chineseProse(60);
      int[] cps = text.codePoints().toArray();
      sets.add(
          ShingleSet.of(
              org.clausediff.internal.text.Tokens.of(
                  com.google.common.primitives.ImmutableIntArray.copyOf(cps), 0, cps.length)));
    }
    ShingleFrequencies frequencies = ShingleFrequencies.of(sets);
    WeightedShingles x = WeightedShingles.sum(0, 10, List.of(), frequencies);
    WeightedShingles y = WeightedShingles.sum(5, 20, List.of(), frequencies);
    assertThat(x.cosine(y, frequencies))
        .as("seed %s", seed)
        .isBetween(0.0, 1.0)
        .isEqualTo(y.cosine(x, frequencies));
    assertThat(x.cosine(x, frequencies)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    WeightedShingles halves =
        WeightedShingles.sum(
            List.of(
                WeightedShingles.sum(0, 5, List.of(), frequencies),
                WeightedShingles.sum(5, 10, List.of(), frequencies)),
            frequencies);
    assertThat(halves.cosine(y, frequencies))
        .as("a sum of parts is the whole")
        .isCloseTo(x.cosine(y, frequencies), org.assertj.core.data.Offset.offset(1e-12));
  }
}
