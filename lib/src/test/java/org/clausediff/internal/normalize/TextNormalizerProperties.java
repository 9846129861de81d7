package org.clausediff.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.clausediff.text.normalize.NormalizationOptions;
import org.clausediff.text.normalize.NormalizationRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of normalization over generated awkward text. */
class TextNormalizerProperties {

  private static final NormalizationOptions ALL =
      new NormalizationOptions(EnumSet.allOf(NormalizationRule.class));

  static Stream<Arguments> cases() {
    return LongStream.range(0, 300)
        .boxed()
        .flatMap(
            seed ->
                Stream.of(
                    Arguments.of(seed, NormalizationOptions.defaults()), Arguments.of(seed, ALL)));
  }

  /** The cases, and each without NFKC, which holds back the last code point of a run. */
  static Stream<Arguments> casesWithAndWithoutNfkc() {
    return cases()
        .flatMap(
            arguments -> {
              NormalizationOptions options = (NormalizationOptions) arguments.get()[1];
              return Stream.of(
                  arguments,
                  Arguments.of(arguments.get()[0], options.without(NormalizationRule.NFKC)));
            });
  }

  private static SourceText generated(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    String text = seed % 3 == 0 ? generator.chineseProse(200) : generator.text(120);
    return SourceText.of("seed-" + seed, text);
  }

  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("cases")
  void offsetMapIsMonotonicNonEmptyAndWithinTheSource(long seed, NormalizationOptions options) {
    SourceText source = generated(seed);
    NormalizedText n = TextNormalizer.of(options).normalize(source);
    OffsetMap map = n.offsetMap();

    Span previous = Span.empty(0);
    for (int i = 0; i < n.length(); i++) {
      Span span = map.sourceOf(i);
      assertThat(span.isEmpty()).as("seed %s: span of %s", seed, i).isFalse();
      assertThat(span.end()).as("seed %s", seed).isLessThanOrEqualTo(source.length());
      assertThat(span.start())
          .as("seed %s: start of %s", seed, i)
          .isGreaterThanOrEqualTo(previous.start());
      assertThat(span.end())
          .as("seed %s: end of %s", seed, i)
          .isGreaterThanOrEqualTo(previous.end());
      previous = span;
    }
  }

  /**
   * Every normalized character maps back to exactly the source characters that produced it:
   * normalizing those source characters alone yields the same characters (white space, which
   * depends on its neighbours, aside), and every source character no normalized one maps to was
   * removable (white space or invisible).
   */
  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("cases")
  void everyNormalizedCharacterComesFromItsSourceSpan(long seed, NormalizationOptions options) {
    SourceText source = generated(seed);
    NormalizedText n = TextNormalizer.of(options).normalize(source);
    TextNormalizer alone =
        TextNormalizer.of(
            options
                .without(NormalizationRule.WHITESPACE)
                .without(NormalizationRule.OCR_CONFUSABLES));
    OffsetMap map = n.offsetMap();
    boolean[] covered = new boolean[source.length()];

    int i = 0;
    while (i < n.length()) {
      Span span = map.sourceOf(i);
      int j = i;
      while (j < n.length() && map.sourceOf(j).equals(span)) {
        j++;
      }
      for (int k = span.start(); k < span.end(); k++) {
        covered[k] = true;
      }
      String produced = withoutSpaces(n.substring(Span.of(i, j)));
      String sourceText = source.substring(span);
      String expected =
          withoutSpaces(
              alone.normalize(SourceText.of("part", withoutInvisible(sourceText))).toString());
      if (options.applies(NormalizationRule.OCR_CONFUSABLES)) {
        expected = expected.replace('十', '+');
        produced = produced.replace('十', '+');
      }
      assertThat(produced)
          .as("seed %s: normalized [%s,%s) from source %s '%s'", seed, i, j, span, sourceText)
          .isEqualTo(expected);
      i = j;
    }
    for (int k = 0; k < source.length(); k++) {
      if (!covered[k]) {
        int cp = source.codePointAt(k);
        assertThat(
                CodePoints.isWhitespace(cp)
                    || (CodePoints.isInvisible(cp) && !CodePoints.isBidiControl(cp)))
            .as("seed %s: source U+%04X at %s was dropped", seed, cp, k)
            .isTrue();
      }
    }
  }

  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("cases")
  void normalizationIsIdempotent(long seed, NormalizationOptions options) {
    TextNormalizer normalizer = TextNormalizer.of(options);
    String once = normalizer.normalize(generated(seed)).toString();
    NormalizedText twice = normalizer.normalize(SourceText.of("again", once));

    assertThat(twice.toString()).as("seed %s", seed).isEqualTo(once);
    assertThat(twice.appliedRules()).as("seed %s", seed).isEmpty();
  }

  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("cases")
  void rangesRoundTripBetweenNormalizedAndSource(long seed, NormalizationOptions options) {
    SourceText source = generated(seed);
    NormalizedText n = TextNormalizer.of(options).normalize(source);
    TextGenerator random = TextGenerator.seeded(seed * 31 + 7);

    for (int trial = 0; trial < 20 && n.length() > 0; trial++) {
      int a = random.random().nextInt(n.length());
      int b = a + 1 + random.random().nextInt(n.length() - a);
      Span sourceSpan = n.toSource(a, b);
      Span back = n.toNormalized(sourceSpan);
      // Back to the same range, widened only over characters of the same expansion.
      assertThat(back.encloses(Span.of(a, b)))
          .as("seed %s: [%s,%s) -> %s", seed, a, b, back)
          .isTrue();
      for (int k = back.start(); k < a; k++) {
        assertThat(n.offsetMap().sourceOf(k)).isEqualTo(n.offsetMap().sourceOf(a));
      }
      for (int k = b; k < back.end(); k++) {
        assertThat(n.offsetMap().sourceOf(k)).isEqualTo(n.offsetMap().sourceOf(b - 1));
      }
    }
    for (int trial = 0; trial < 20 && source.length() > 0; trial++) {
      int a = random.random().nextInt(source.length());
      int b = a + random.random().nextInt(source.length() - a + 1);
      Span range = n.toNormalized(Span.of(a, b));
      if (!range.isEmpty()) {
        assertThat(Span.of(a, b).encloses(n.toSource(range)))
            .as("seed %s: source [%s,%s) -> %s -> %s", seed, a, b, range, n.toSource(range))
            .isTrue();
      }
    }
  }

  /**
   * Lookups without spans and the run-wise search agree with the definitions, code point by code
   * point.
   */
  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("cases")
  void toNormalizedIsTheRangeOfCodePointsWhollyInsideTheSpan(
      long seed, NormalizationOptions options) {
    SourceText source = generated(seed);
    NormalizedText n = TextNormalizer.of(options).normalize(source);
    OffsetMap map = n.offsetMap();
    for (int i = 0; i < n.length(); i++) {
      assertThat(map.sourceStart(i)).as("seed %s: %s", seed, i).isEqualTo(map.sourceOf(i).start());
      assertThat(map.sourceEnd(i)).as("seed %s: %s", seed, i).isEqualTo(map.sourceOf(i).end());
    }
    TextGenerator random = TextGenerator.seeded(seed * 17 + 3);

    for (int trial = 0; trial < 60; trial++) {
      int a = random.random().nextInt(source.length() + 1);
      int b = a + random.random().nextInt(source.length() - a + 1);
      int from = 0;
      while (from < n.length() && map.sourceOf(from).start() < a) {
        from++;
      }
      int to = 0;
      while (to < n.length() && map.sourceOf(to).end() <= b) {
        to++;
      }
      Span expected = to <= from ? Span.empty(from) : Span.of(from, to);

      assertThat(n.toNormalized(Span.of(a, b)))
          .as("seed %s: source [%s,%s)", seed, a, b)
          .isEqualTo(expected);
    }
  }

  private static String withoutSpaces(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().filter(cp -> !CodePoints.isWhitespace(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String withoutInvisible(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .filter(cp -> !CodePoints.isInvisible(cp) || CodePoints.isBidiControl(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Runs of plain code points handed to the rules whole give what handing every code point on its
   * own gives: the same code points, the same way back to the source and the same applied rules.
   * The text mixes plain runs with what borders them in awkward ways (combining marks after a
   * letter, 十 after 网 or a letter, white space, width forms, invisible characters).
   */
  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("casesWithAndWithoutNfkc")
  void plainRunsNormalizeAsCodePointsOneByOne(long seed, NormalizationOptions options) {
    for (SourceText source : List.of(generated(seed), plainRunsAndBorders(seed))) {
      TextNormalizer normalizer = TextNormalizer.of(options);
      NormalizedText runs = normalizer.normalize(source);
      NormalizedText oneByOne = normalizer.normalizeOneByOne(source);

      assertThat(runs.codePoints())
          .as("seed %s: %s", seed, source.text())
          .isEqualTo(oneByOne.codePoints());
      assertThat(runs.offsetMap().runCount())
          .as("seed %s", seed)
          .isEqualTo(oneByOne.offsetMap().runCount());
      for (int i = 0; i < runs.length(); i++) {
        assertThat(runs.offsetMap().sourceOf(i))
            .as("seed %s: source of %s", seed, i)
            .isEqualTo(oneByOne.offsetMap().sourceOf(i));
      }
      assertThat(runs.appliedRules()).as("seed %s", seed).isEqualTo(oneByOne.appliedRules());
    }
  }

  private static final String[] BORDERS = {
    "\u0301",
    "\u0308",
    " ",
    "  ",
    "\u3000",
    "\n",
    "十",
    "网",
    "Ａ",
    "１",
    "，",
    "。",
    "\u200B",
    "\u200E",
    "①",
    "²",
    "“",
    "⋯",
    "\u1100",
    "\u11A8",
    "ｶ",
    "\uD840\uDC00",
    "e",
    "9"
  };

  private static SourceText plainRunsAndBorders(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    int parts = 1 + random.nextInt(30);
    for (int k = 0; k < parts; k++) {
      int run = random.nextInt(6);
      for (int i = 0; i < run; i++) {
        text.appendCodePoint(
            switch (random.nextInt(3)) {
              case 0 -> 0x4E00 + random.nextInt(0x5200);
              case 1 -> 'a' + random.nextInt(26);
              default -> '0' + random.nextInt(10);
            });
      }
      text.append(BORDERS[random.nextInt(BORDERS.length)]);
    }
    return SourceText.of("runs-" + seed, text.toString());
  }
}
