package org.clausediff.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clausediff.ClauseDiff;
import org.clausediff.robustness.FuzzText;
import org.clausediff.robustness.Invariants;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationOptions;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * Fuzzes compare: whatever the two texts and options, the edits of every link re-apply (their left
 * sides spell the link's left comparison text, their right sides its right one), every span lies
 * inside its document, every similarity lies in [0, 1], every unit is linked once or deleted or
 * added, and comparing the other way round gives the same document similarity. Plain {@code mvn
 * test} replays the stored inputs in {@code CompareFuzzTestInputs/}; see docs/ROBUSTNESS.md for
 * fuzzing longer.
 *
 * <p>Input layout ({@link #HEADER} bytes, then the texts): byte 0 picks the level (bits 0–1:
 * sentence, clause, paragraph, sentence), no structural alignment (bit 2), heading labels in the
 * keys (bit 3) and the normalization (bits 4–5: defaults, none, every rule, defaults); byte 1 the
 * least similarity (0: the default 0.5, else {@code (b % 100 + 1) / 100}); byte 2 the inline diff
 * bound (0: the default, else {@code 2 + b} tokens); bytes 3–4 (big-endian) how many of the text
 * bytes spell the left text, the rest spelling the right ({@link FuzzText#spell}).
 */
class CompareFuzzTest {
  /** The number of option bytes before the texts. */
  static final int HEADER = 5;

  @FuzzTest(maxDuration = "10m")
  void editsReapplyAndScoresAreSymmetric(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    CompareOptions options = options(bytes);
    int split = HEADER + (FuzzText.byteAt(bytes, 3) << 8 | FuzzText.byteAt(bytes, 4));
    SourceText left = SourceText.of("left", FuzzText.spell(bytes, HEADER, split));
    SourceText right = SourceText.of("right", FuzzText.spell(bytes, split, bytes.length));

    Comparison forward = ClauseDiff.create().compare(left, right, options);
    Comparison backward = ClauseDiff.create().compare(right, left, options);

    Invariants.checkComparison(forward);
    Invariants.checkComparison(backward);
    assertThat(backward.similarity().value())
        .as("document similarity the other way round")
        .isEqualTo(forward.similarity().value());
  }

  /** The options that the header of {@code bytes} spells. */
  static CompareOptions options(byte[] bytes) {
    int flags = FuzzText.byteAt(bytes, 0);
    UnitKind[] levels = {UnitKind.SENTENCE, UnitKind.CLAUSE, UnitKind.PARAGRAPH, UnitKind.SENTENCE};
    NormalizationOptions[] normalizations = {
      NormalizationOptions.defaults(),
      NormalizationOptions.none(),
      NormalizationOptions.defaults()
          .with(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED)
          .with(NormalizationRule.OCR_CONFUSABLES),
      NormalizationOptions.defaults()
    };
    int min = FuzzText.byteAt(bytes, 1);
    int bound = FuzzText.byteAt(bytes, 2);
    CompareOptions.Builder builder =
        CompareOptions.builder()
            .level(levels[flags & 3])
            .structural((flags & 4) == 0)
            .ignoreLabels((flags & 8) == 0)
            .normalization(normalizations[flags >> 4 & 3])
            .minSimilarity(min == 0 ? 0.5 : (min % 100 + 1) / 100.0);
    if (bound != 0) {
      builder.maxInlineDiffTokens(2 + bound);
    }
    return builder.build();
  }
}
