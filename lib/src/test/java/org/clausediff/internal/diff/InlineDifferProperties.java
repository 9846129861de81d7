package org.clausediff.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.clausediff.compare.Edit;
import org.clausediff.compare.InlineDiff;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.Span;
import org.clausediff.text.normalize.NormalizationOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InlineDifferProperties {

  /** A variant of {@code text}: some characters replaced, removed or doubled. */
  private static String mutate(String text, TextGenerator generator) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              int roll = generator.random().nextInt(20);
              if (roll == 0) {
                out.appendCodePoint(generator.codePoint());
              } else if (roll == 1) {
                return;
              } else if (roll == 2) {
                out.appendCodePoint(cp).appendCodePoint(cp);
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void editsTurnTheLeftComparisonTextIntoTheRight(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    String left =
        generator.random().nextBoolean() ? generator.chineseProse(300) : generator.text(300);
    String right = mutate(left, generator);
    DiffFixture f = new DiffFixture(left, right);
    if (f.keys.left().size() == 0 || f.keys.right().size() == 0) {
      return;
    }
    for (int maxTokens : new int[] {20_000, 8}) {
      InlineDiff diff = f.diffAll(InlineDiffer.of(maxTokens));
      assertThat(f.applyToComparisonText(diff))
          .as("seed %s, bound %s: right text from the edits", seed, maxTokens)
          .isEqualTo(DiffFixture.keyText(f.keys.right()));
      assertThat(f.leftFromEdits(diff))
          .as("seed %s, bound %s: the edits cover the left text", seed, maxTokens)
          .isEqualTo(DiffFixture.keyText(f.keys.left()));
      assertOrdered(diff, seed);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void withoutNormalizationEditsTurnTheLeftSourceIntoTheRight(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    // One line of prose without line breaks: a single sentence per side keeps the gaps out.
    String left = generator.chineseProse(200).replaceAll("[\\s。！？；]", "");
    String right = mutate(left, generator).replaceAll("[\\s。！？；]", "");
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    DiffFixture f = new DiffFixture(left + "。", right + "。", NormalizationOptions.none());
    if (f.keys.left().size() != 1 || f.keys.right().size() != 1) {
      return;
    }
    InlineDiff diff = f.diffAll(InlineDiffer.defaults());
    StringBuilder rebuilt = new StringBuilder();
    int cursor = f.keys.left().units().get(0).span().start();
    for (Edit edit : diff.edits()) {
      rebuilt.append(f.left.substring(Span.of(cursor, edit.left().start())));
      rebuilt.append(f.right.substring(edit.right()));
      cursor = edit.left().end();
    }
    rebuilt.append(f.left.substring(Span.of(cursor, f.keys.left().units().get(0).span().end())));
    assertThat(rebuilt.toString())
        .as("seed %s", seed)
        .isEqualTo(f.right.substring(f.keys.right().units().get(0).span()));
  }

  private static void assertOrdered(InlineDiff diff, long seed) {
    int left = 0;
    int right = 0;
    for (Edit edit : diff.edits()) {
      assertThat(edit.left().start())
          .as("seed %s: %s in order on the left", seed, edit)
          .isGreaterThanOrEqualTo(left);
      assertThat(edit.right().start())
          .as("seed %s: %s in order on the right", seed, edit)
          .isGreaterThanOrEqualTo(right);
      left = edit.left().end();
      right = edit.right().end();
    }
  }
}
