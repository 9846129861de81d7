package org.clausediff.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.clausediff.testing.GarbledDocuments;
import org.clausediff.testing.TestData;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationOptions;
import org.clausediff.text.normalize.NormalizationRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of normalizing a text in parts ({@link TextNormalizer#part}, {@link
 * TextNormalizer#join}): cut at any cuts, on the seeds, generated prose and text built to sit on
 * the rules' look-back (十 after 网 or a letter, white space between wide and narrow text, combining
 * marks, expansions, invisible characters next to plain ones), the joined parts equal one pass over
 * the whole text — code points, the map back to the source run for run, and the applied rules.
 */
class NormalizedPartsProperties {
  private static final NormalizationOptions ALL =
      new NormalizationOptions(EnumSet.allOf(NormalizationRule.class));

  private static final List<NormalizationOptions> OPTIONS =
      List.of(
          NormalizationOptions.defaults(),
          ALL,
          NormalizationOptions.defaults().without(NormalizationRule.WHITESPACE),
          ALL.without(NormalizationRule.NFKC));

  /** Code points chosen to meet at cuts: plain ones and every kind the rules treat specially. */
  private static final int[] AWKWARD = {
    '一', '中', '网', '網', '條', '國', '十', '十', 'a', 'Z', '7', ' ', ' ', '\n', 0x3000, 0x0301, 0xFF21,
    0x3220, 0x200B, 0x202E, 0x201C, 0x22EF, 0xAC00, 0x11A8, 0x2076, 0xFF0C, '。', 0x2460
  };

  static Stream<Arguments> generated() {
    return LongStream.range(0, 200)
        .boxed()
        .flatMap(seed -> OPTIONS.stream().map(options -> Arguments.of(seed, options)));
  }

  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("generated")
  void partsJoinedAtCutsEqualOnePass(long seed, NormalizationOptions options) {
    Random random = new Random(seed);
    SourceText text =
        switch ((int) (seed % 3)) {
          case 0 -> SourceText.of("awkward-" + seed, awkward(random, 400 + random.nextInt(800)));
          case 1 -> SourceText.of("prose-" + seed, TextGenerator.seeded(seed).chineseProse(300));
          default -> SourceText.of("text-" + seed, TextGenerator.seeded(seed).text(300));
        };
    assertPartsEqualOnePass(text, TextNormalizer.of(options), random);
  }

  @Test
  void seedsAndGarbledDocumentsInPartsEqualOnePass() {
    List<SourceText> texts = new ArrayList<>();
    for (String seed : TestData.SEEDS) {
      texts.add(TestData.text(seed));
    }
    for (long seed = 0; seed < 5; seed++) {
      texts.add(
          GarbledDocuments.seeded(seed).withLineBreakShare(0.3).ofLength(3000).source("g" + seed));
    }
    Random random = new Random(16);
    for (SourceText text : texts) {
      for (NormalizationOptions options : OPTIONS) {
        assertPartsEqualOnePass(text, TextNormalizer.of(options), random);
      }
    }
  }

  @Test
  void aTextWithoutPlainCodePointsHasNoCut() {
    SourceText text = SourceText.of("t", "十十 、、。\n\u3000\u200B十");
    assertThat(TextNormalizer.cutNear(text, 0, text.length())).isEmpty();
  }

  @Test
  void aPartMustStartAndEndAtCuts() {
    SourceText text = SourceText.of("t", "网十一二三 四五六");
    TextNormalizer normalizer = TextNormalizer.defaults();
    // 十 is no plain code point, so no cut lies before 一 or 二.
    assertThrows(IllegalArgumentException.class, () -> normalizer.part(text, 2, text.length()));
    assertThrows(IllegalArgumentException.class, () -> normalizer.part(text, 0, 3));
    assertThat(TextNormalizer.cutNear(text, 0, text.length())).hasValue(4);
  }

  private static void assertPartsEqualOnePass(
      SourceText text, TextNormalizer normalizer, Random random) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      OptionalInt cut = TextNormalizer.cutNear(text, i, i + 1);
      if (cut.isPresent()) {
        cuts.add(cut.getAsInt());
      }
    }
    NormalizedText whole = normalizer.normalize(text);
    // Every single cut, then a few random sets of up to four cuts.
    List<List<Integer>> cutSets = new ArrayList<>();
    for (int cut : cuts) {
      cutSets.add(List.of(cut));
    }
    for (int k = 0; k < 5 && !cuts.isEmpty(); k++) {
      cutSets.add(
          random
              .ints(1 + random.nextInt(4), 0, cuts.size())
              .sorted()
              .distinct()
              .mapToObj(cuts::get)
              .toList());
    }
    if (cuts.size() > 200) {
      // Long texts: a sample of the single cuts, not every one.
      cutSets = cutSets.subList(0, 0);
      for (int k = 0; k < 40; k++) {
        cutSets.add(List.of(cuts.get(random.nextInt(cuts.size()))));
      }
      cutSets.add(cuts.subList(0, 1));
      cutSets.add(List.of(cuts.get(cuts.size() / 2), cuts.get(cuts.size() - 1)));
    }
    for (List<Integer> set : cutSets) {
      List<TextNormalizer.Part> parts = new ArrayList<>();
      int from = 0;
      for (int cut : set) {
        parts.add(normalizer.part(text, from, cut));
        from = cut;
      }
      parts.add(normalizer.part(text, from, text.length()));
      NormalizedText joined = normalizer.join(text, parts);
      assertSame(text.name() + " cut at " + set, whole, joined);
    }
  }

  private static void assertSame(String what, NormalizedText expected, NormalizedText actual) {
    assertThat(actual.codePoints()).as(what).isEqualTo(expected.codePoints());
    assertThat(actual.appliedRules().asList()).as(what).isEqualTo(expected.appliedRules().asList());
    OffsetMap e = expected.offsetMap();
    OffsetMap a = actual.offsetMap();
    assertThat(a.runCount()).as(what + ": runs").isEqualTo(e.runCount());
    assertThat(a.sourceLength()).as(what).isEqualTo(e.sourceLength());
    for (int i = 0; i < e.normalizedLength(); i++) {
      if (a.sourceStart(i) != e.sourceStart(i) || a.sourceEnd(i) != e.sourceEnd(i)) {
        assertThat(a.sourceOf(i)).as(what + ": source of " + i).isEqualTo(e.sourceOf(i));
      }
    }
  }

  private static String awkward(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      // Runs of plain code points, so that cuts fall between every kind of neighbour.
      int cp =
          random.nextInt(3) == 0
              ? AWKWARD[random.nextInt(AWKWARD.length)]
              : AWKWARD[random.nextInt(10)];
      s.appendCodePoint(cp);
    }
    return s.toString();
  }
}
