package org.clausediff.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generator's own contract: deterministic, left text unchanged, truth pointing at text. */
class PlantedEditsTest {
  private static final String SEED = TestData.QINGHAI_2017;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void sameSeedSamePair(long seed) {
    String text = TestData.text(SEED).text();

    PlantedEdits.Pair a = PlantedEdits.seeded(seed).apply("q", text);
    PlantedEdits.Pair b = PlantedEdits.seeded(seed).apply("q", text);

    assertThat(a).isEqualTo(b);
    assertThat(a.left()).isEqualTo(text);
    assertThat(a.right()).isNotEqualTo(text);
    assertThat(a.planted().keySet()).containsAll(PlantedEdits.Kind.sentenceKinds());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void unchangedSentencesReadTheSameOnBothSides(long seed) {
    String text = TestData.text(SEED).text();
    PlantedEdits.Pair pair =
        PlantedEdits.seeded(seed)
            .withKinds(EnumSet.complementOf(EnumSet.of(PlantedEdits.Kind.WIDTH_SWAP)))
            .apply("q", text);
    SourceText left = SourceText.of("left", pair.left());
    SourceText right = SourceText.of("right", pair.right());

    for (PlantedEdits.Link link : pair.links()) {
      String l = join(left, link.left());
      String r = join(right, link.right());
      switch (link.fate()) {
        case SAME:
        case MOVED:
          assertThat(r).as("seed %s, %s", seed, link).isEqualTo(l);
          break;
        case SPLIT:
          assertThat(r.length()).isEqualTo(l.length());
          int at = 0;
          while (l.charAt(at) == r.charAt(at)) {
            at++;
          }
          assertThat(l.charAt(at) + "→" + r.charAt(at))
              .as("seed %s, %s", seed, link)
              .isEqualTo("，→。");
          assertThat(r.substring(at + 1)).isEqualTo(l.substring(at + 1));
          break;
        case MERGED:
          String first = left.substring(link.left().get(0));
          assertThat(r)
              .as("seed %s, %s", seed, link)
              .isEqualTo(
                  first.substring(0, first.length() - 1)
                      + "，"
                      + left.substring(link.left().get(1)));
          break;
        case EDITED:
          assertThat(r).as("seed %s, %s", seed, link).isNotEqualTo(l);
          break;
        default:
          throw new AssertionError(link.fate());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2})
  void widthSwapsDisappearInTheComparisonText(long seed) {
    String text = TestData.text(SEED).text();
    PlantedEdits.Pair pair =
        PlantedEdits.seeded(seed)
            .withRate(0.3)
            .withKinds(EnumSet.of(PlantedEdits.Kind.WIDTH_SWAP))
            .apply("q", text);

    assertThat(pair.right()).isNotEqualTo(pair.left());
    assertThat(normalized(pair.right())).isEqualTo(normalized(pair.left()));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void itemLinksPointAtItems(long seed) {
    String text = TestData.text(SEED).text();
    PlantedEdits.Pair pair =
        PlantedEdits.seeded(seed).withKinds(PlantedEdits.Kind.itemKinds()).restructure("q", text);
    SourceText right = SourceText.of("right", pair.right());

    assertThat(pair.itemLinks()).isNotEmpty();
    for (PlantedEdits.Link link : pair.itemLinks()) {
      for (Span span : link.right()) {
        assertThat(right.substring(span)).as("seed %s, %s", seed, link).startsWith("（");
      }
    }
  }

  @ParameterizedTest(name = "{0} code points")
  @ValueSource(ints = {10_000, 100_000})
  void growReachesTheTargetLengthDeterministically(int target) {
    List<String> seeds =
        List.of(TestData.text(SEED).text(), TestData.text(TestData.HENAN_2017).text());

    String grown = PlantedEdits.grow(seeds, target, 5);

    assertThat(grown.codePointCount(0, grown.length())).isBetween(target, target + 20_000);
    assertThat(PlantedEdits.grow(seeds, target, 5)).isEqualTo(grown);
  }

  private static String join(SourceText text, List<Span> spans) {
    StringBuilder out = new StringBuilder();
    spans.forEach(s -> out.append(text.substring(s)));
    return out.toString();
  }

  private static String normalized(String text) {
    return TextNormalizer.defaults()
        .normalize(SourceText.of("t", text))
        .toString()
        .replaceAll("\\s", "");
  }
}
