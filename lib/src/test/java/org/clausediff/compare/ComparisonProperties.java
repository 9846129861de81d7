package org.clausediff.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.internal.align.StructureIndex;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.robustness.Invariants;
import org.clausediff.segment.Unit;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.Stages;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every comparison must have, on the seed documents (each against itself and against the
 * others) and on generated versions of them.
 */
class ComparisonProperties {

  /** Pairs of texts: every seed against every other, and a planted-edit version of each seed. */
  static Stream<Arguments> pairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (String a : TestData.SEEDS) {
      for (String b : TestData.SEEDS) {
        if (!a.equals(b)) {
          pairs.add(Arguments.of(a + " vs " + b, TestData.text(a), TestData.text(b)));
        }
      }
      for (long seed = 1; seed <= 2; seed++) {
        PlantedEdits.Pair planted =
            PlantedEdits.seeded(seed).withRate(0.2).apply(a, TestData.text(a).text());
        pairs.add(
            Arguments.of(
                planted.name(),
                SourceText.of("left", planted.left()),
                SourceText.of("right", planted.right())));
      }
    }
    return pairs.stream();
  }

  static Stream<String> seeds() {
    return TestData.SEEDS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void documentAgainstItselfIsAllEqualWithSimilarityOne(String seed) {
    SourceText text = TestData.text(seed);

    Comparison comparison = ClauseDiff.create().compare(text, text);

    assertThat(comparison.alignments()).extracting(Correspondence::op).containsOnly(Op.EQUAL);
    assertThat(comparison.deleted()).isEmpty();
    assertThat(comparison.added()).isEmpty();
    assertThat(comparison.similarity().value()).isEqualTo(1.0);
    assertThat(comparison.hasDifferences()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void swappingTheDocumentsMirrorsTheComparison(String name, SourceText a, SourceText b) {
    Comparison forward = ClauseDiff.create().compare(a, b);
    Comparison backward = ClauseDiff.create().compare(b, a);

    assertThat(signatures(backward, true))
        .as("%s: links of compare(b, a), mirrored", name)
        .containsExactlyInAnyOrderElementsOf(signatures(forward, false));
    assertThat(spans(backward.added())).as(name).isEqualTo(spans(forward.deleted()));
    assertThat(spans(backward.deleted())).as(name).isEqualTo(spans(forward.added()));
    assertThat(backward.similarity().value())
        .as("%s: document similarity", name)
        .isEqualTo(forward.similarity().value())
        .isBetween(0.0, 1.0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void aComparisonOnAnExecutorIsTheOneOnTheCallingThread(String name, SourceText a, SourceText b) {
    CompareOptions options = CompareOptions.defaults();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Comparison parallel = ClauseDiff.using(pool).compare(a, b, options);
      Comparison direct = ClauseDiff.create().compare(a, b, options);

      assertThat(parallel).as(name).isEqualTo(direct);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void aStructureIndexBuiltApartGivesTheSameComparison(String name, SourceText a, SourceText b) {
    CompareOptions options = CompareOptions.defaults();
    UnitKeys.Pair keys = Stages.keys(a, b, options);
    StructureIndex index = StructureIndex.of(keys);
    AtomicInteger calls = new AtomicInteger();

    Comparison apart =
        Stages.compare(
            keys,
            () -> {
              calls.incrementAndGet();
              return index;
            },
            options);
    Comparison direct = ClauseDiff.create().compare(a, b, options);

    assertThat(calls.get()).as("%s: structure index asked for", name).isEqualTo(1);
    assertThat(signatures(apart, false)).as(name).isEqualTo(signatures(direct, false));
    assertThat(spans(Stages.deletedStructure(apart)))
        .as(name)
        .isEqualTo(spans(Stages.deletedStructure(direct)));
    assertThat(spans(Stages.addedStructure(apart)))
        .as(name)
        .isEqualTo(spans(Stages.addedStructure(direct)));
    assertThat(apart.similarity()).as(name).isEqualTo(direct.similarity());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void everyUnitIsLinkedOnceOrDeletedOrAdded(String name, SourceText a, SourceText b) {
    Comparison comparison = ClauseDiff.create().compare(a, b);
    UnitKeys left = Stages.keys(comparison).left();
    UnitKeys right = Stages.keys(comparison).right();
    int[] leftCount = new int[left.size()];
    int[] rightCount = new int[right.size()];
    for (Link link : Stages.levelLinks(comparison)) {
      link.leftUnits().forEach(u -> leftCount[left.positionOf(u)]++);
      link.rightUnits().forEach(u -> rightCount[right.positionOf(u)]++);
    }
    Stages.deletedUnits(comparison).forEach(u -> leftCount[left.positionOf(u)]++);
    Stages.addedUnits(comparison).forEach(u -> rightCount[right.positionOf(u)]++);
    assertThat(leftCount).as("%s: left units", name).containsOnly(1);
    assertThat(rightCount).as("%s: right units", name).containsOnly(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void firstUnitsOfEveryLinkAreTheFirstOfItsLists(String name, SourceText a, SourceText b) {
    Comparison comparison = ClauseDiff.create().compare(a, b);
    for (Correspondence entry : comparison.alignments()) {
      Link link = entry.link();
      assertThat(link.firstLeft()).as("%s: %s", name, link).isSameAs(link.leftUnits().get(0));
      assertThat(link.firstRight()).as("%s: %s", name, link).isSameAs(link.rightUnits().get(0));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void editsOfEveryLinkTurnItsLeftTextIntoItsRightText(String name, SourceText a, SourceText b) {
    Comparison comparison = ClauseDiff.create().compare(a, b);
    UnitKeys left = Stages.keys(comparison).left();
    UnitKeys right = Stages.keys(comparison).right();
    for (Correspondence entry : comparison.alignments()) {
      Link link = entry.link();
      if (link.level().isStructural()) {
        assertThat(entry.diff().edits()).isEmpty();
        continue;
      }
      String leftKey = Invariants.keyText(left, link.leftUnits());
      String rightKey = Invariants.keyText(right, link.rightUnits());
      if (link.identical()) {
        assertThat(leftKey).as("%s: %s", name, link).isEqualTo(rightKey);
        continue;
      }
      StringBuilder fromLeft = new StringBuilder();
      StringBuilder rebuilt = new StringBuilder();
      for (Edit edit : entry.diff().edits()) {
        fromLeft.append(left.normalized().normalizedSubstring(edit.left()));
        rebuilt.append(right.normalized().normalizedSubstring(edit.right()));
        assertThat(within(edit.left(), link.leftUnits()) && within(edit.right(), link.rightUnits()))
            .as("%s: %s lies in the link's units", name, edit)
            .isTrue();
      }
      assertThat(fromLeft.toString())
          .as("%s: edits cover the left of %s", name, link)
          .isEqualTo(leftKey);
      assertThat(rebuilt.toString())
          .as("%s: edits rebuild the right of %s", name, link)
          .isEqualTo(rightKey);
    }
  }

  private static boolean within(Span span, List<Unit> units) {
    return units.stream().anyMatch(u -> u.span().encloses(span));
  }

  /** Each link as "OP level moved identical similarity left-spans right-spans". */
  private static List<String> signatures(Comparison comparison, boolean mirrored) {
    List<String> signatures = new ArrayList<>();
    for (Correspondence entry : comparison.alignments()) {
      Link link = entry.link();
      Op op = mirrored ? link.op().mirror() : link.op();
      List<Span> left = spans(mirrored ? link.rightUnits() : link.leftUnits());
      List<Span> right = spans(mirrored ? link.leftUnits() : link.rightUnits());
      signatures.add(
          op
              + " "
              + (mirrored ? link.rightLevel() : link.level())
              + " moved="
              + link.moved()
              + " identical="
              + link.identical()
              + " "
              + link.similarity().value()
              + " "
              + left
              + " "
              + right);
    }
    return signatures;
  }

  private static List<Span> spans(List<Unit> units) {
    return units.stream().map(Unit::span).toList();
  }
}
