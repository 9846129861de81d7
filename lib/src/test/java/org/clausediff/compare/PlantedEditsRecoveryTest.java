package org.clausediff.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.Recovery;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Planted edits are recovered: versions of the seeds with about 10% (and 20%) of their sentences
 * edited (every kind of {@link PlantedEdits.Kind#sentenceKinds()}), and with their items reordered,
 * renumbered, split and merged. Precision and recall of the links must each be at least 0.95; the
 * figures are published as report entries (and listed in docs/HOW-IT-WORKS.md).
 */
class PlantedEditsRecoveryTest {
  private static final double MIN = 0.95;

  static Stream<Arguments> sentenceCases() {
    List<Arguments> cases = new ArrayList<>();
    for (String seedText : TestData.SEEDS) {
      for (long seed = 1; seed <= 3; seed++) {
        cases.add(Arguments.of(seedText, seed));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("sentenceCases")
  void sentenceLinksAreRecovered(String seedText, long seed, TestReporter reporter) {
    PlantedEdits.Pair pair =
        PlantedEdits.seeded(seed).withRate(0.1).apply(seedText, TestData.text(seedText).text());

    Recovery recovery = Recovery.ofSentences(pair, compare(pair));

    reporter.publishEntry("sentences", recovery.toString());
    assertRecovered(recovery);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("sentenceCases")
  void sentenceLinksAreRecoveredWithTwiceTheEdits(
      String seedText, long seed, TestReporter reporter) {
    PlantedEdits.Pair pair =
        PlantedEdits.seeded(seed).withRate(0.2).apply(seedText, TestData.text(seedText).text());

    Recovery recovery = Recovery.ofSentences(pair, compare(pair));

    reporter.publishEntry("sentences, 20%", recovery.toString());
    assertRecovered(recovery);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("sentenceCases")
  void itemLinksAreRecovered(String seedText, long seed, TestReporter reporter) {
    PlantedEdits.Pair pair =
        PlantedEdits.seeded(seed)
            .withKinds(PlantedEdits.Kind.itemKinds())
            .restructure(seedText, TestData.text(seedText).text());

    Recovery recovery = Recovery.ofItems(pair, compare(pair));

    reporter.publishEntry("items", recovery + " " + pair.planted());
    assertThat(recovery.truth()).as("the generator planted item links").isPositive();
    assertRecovered(recovery);
  }

  @ParameterizedTest(name = "grown from all seeds, seed {0}")
  @MethodSource("grownCases")
  void sentenceLinksAreRecoveredInALongDocument(long seed, TestReporter reporter) {
    List<String> seeds = TestData.SEEDS.stream().map(s -> TestData.text(s).text()).toList();
    String base = PlantedEdits.grow(seeds, 150_000, seed);
    PlantedEdits.Pair pair = PlantedEdits.seeded(seed).withRate(0.1).apply("grown", base);

    Recovery recovery = Recovery.ofSentences(pair, compare(pair));

    reporter.publishEntry("grown", recovery.toString());
    assertRecovered(recovery);
  }

  static Stream<Long> grownCases() {
    return Stream.of(1L, 2L);
  }

  /** Both figures at least {@value #MIN}; a failure lists the figures and the first mistakes. */
  private static void assertRecovered(Recovery recovery) {
    assertThat(recovery.precision())
        .as("%s %s", recovery, recovery.mistakes())
        .isGreaterThanOrEqualTo(MIN);
    assertThat(recovery.recall())
        .as("%s %s", recovery, recovery.mistakes())
        .isGreaterThanOrEqualTo(MIN);
  }

  private static Comparison compare(PlantedEdits.Pair pair) {
    return ClauseDiff.create()
        .compare(SourceText.of("left", pair.left()), SourceText.of("right", pair.right()));
  }
}
