package org.clausediff.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
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
}
