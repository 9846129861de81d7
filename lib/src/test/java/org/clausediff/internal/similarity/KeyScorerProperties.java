package org.clausediff.internal.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The combined score from a shared count known to the caller is the plain one. */
class KeyScorerProperties {
  @ParameterizedTest
  @MethodSource("org.clausediff.internal.similarity.UnitKeysProperties#seeds")
  void combinedFromSharedCountIsThePlainCombined(long seed) {
    UnitKeys.Pair pair =
        UnitKeys.pair(
            UnitKeysProperties.keys("left", UnitKeysProperties.text(seed)),
            UnitKeysProperties.keys("right", UnitKeysProperties.text(seed + 1000)));
    UnitKeys left = pair.left();
    UnitKeys right = pair.right();
    KeyScorer scorer = KeyScorer.of(pair);
    int compared = 0;
    for (int p = 0; p < left.size(); p++) {
      for (int q = 0; q < right.size(); q++) {
        int shared = left.shingles(p).intersectionSize(right.shingles(q));
        assertThat(scorer.combined(p, q, shared))
            .as("units %d and %d", p, q)
            .isEqualTo(scorer.combined(p, p + 1, q, q + 1));
        compared++;
      }
    }
    assertThat(compared).isPositive();
  }
}
