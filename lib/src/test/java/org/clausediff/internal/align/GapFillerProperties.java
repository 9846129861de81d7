package org.clausediff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Link;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.Stages;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gap links of issue 16's cause 5 do not depend on which document is left: on generated pairs
 * of versions, the links {@link GapFiller} adds to a set of accepted links are the mirror image of
 * those it adds to the mirrored set on the swapped documents.
 */
class GapFillerProperties {
  private static final CompareOptions OPTIONS = CompareOptions.defaults();
  private static final double MIN = AlignOptions.of(OPTIONS).minSimilarity();

  /** A planted-edit version of each seed document, for seeds 1 to 6, at two rates. */
  static Stream<Arguments> pairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (String name : TestData.SEEDS) {
      for (long seed = 1; seed <= 6; seed++) {
        double rate = seed % 2 == 0 ? 0.3 : 0.15;
        PlantedEdits.Pair planted =
            PlantedEdits.seeded(seed)
                .withRate(rate)
                .withKinds(PlantedEdits.Kind.evaluationKinds())
                .apply(name, TestData.text(name).text());
        pairs.add(Arguments.of(planted.name() + " rate " + rate, planted.left(), planted.right()));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void swappingTheSidesMirrorsTheGapLinks(String name, String a, String b) {
    Set<String> forward = gapLinks(a, b, false);
    Set<String> backward = gapLinks(b, a, true);

    assertThat(backward).as("%s: gap links of the swapped pair, mirrored", name).isEqualTo(forward);
  }

  @Test
  void generatedPairsHaveGapLinks() {
    // Guards the property above against passing on empty sets: planted paraphrases leave gaps.
    int found = 0;
    for (Arguments pair : pairs().toList()) {
      found += gapLinks((String) pair.get()[1], (String) pair.get()[2], false).size();
    }
    assertThat(found).isGreaterThanOrEqualTo(10);
  }

  /**
   * The gap links found from the links of the comparison of {@code a} and {@code b} that score at
   * least the minimum similarity (so that the gap links of the comparison itself are left out), as
   * "p→q" pairs of positions in {@code a} and {@code b}; "q→p" when {@code mirrored}.
   */
  private static Set<String> gapLinks(String a, String b, boolean mirrored) {
    UnitKeys.Pair keys = Stages.keys(SourceText.of("a", a), SourceText.of("b", b), OPTIONS);
    Alignment alignment = ClauseAligner.of(AlignOptions.of(OPTIONS)).align(keys);
    KeyScorer scorer = KeyScorer.of(keys);
    UnitKeys l = keys.left();
    UnitKeys r = keys.right();
    boolean[] leftLinked = new boolean[l.size()];
    boolean[] rightLinked = new boolean[r.size()];
    List<Proposal> accepted = new ArrayList<>();
    for (Link link : alignment.links()) {
      if (link.similarity().value() < MIN) {
        continue;
      }
      int lFrom = l.positionOf(link.leftUnits().get(0));
      int lTo = lFrom + link.leftUnits().size();
      int rFrom = r.positionOf(link.rightUnits().get(0));
      int rTo = rFrom + link.rightUnits().size();
      Arrays.fill(leftLinked, lFrom, lTo, true);
      Arrays.fill(rightLinked, rFrom, rTo, true);
      accepted.add(new Proposal(lFrom, lTo, rFrom, rTo, link.similarity(), link.identical()));
    }
    Set<String> links = new TreeSet<>();
    for (Proposal p : GapFiller.fill(l, r, scorer, MIN, accepted, leftLinked, rightLinked)) {
      links.add(mirrored ? p.rFrom() + "→" + p.lFrom() : p.lFrom() + "→" + p.rFrom());
    }
    return links;
  }
}
