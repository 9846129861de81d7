package org.clausediff.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.EnumSet;
import org.clausediff.InvalidInputException;
import org.clausediff.robustness.FuzzText;
import org.clausediff.robustness.Invariants;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationOptions;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * Fuzzes normalization with any set of rules: the offset map is monotonic and maps every normalized
 * code point to a valid non-empty source span, nothing but white space and invisible characters is
 * lost, and normalizing again changes nothing. Plain {@code mvn test} replays the stored inputs in
 * {@code TextNormalizerFuzzTestInputs/}; see docs/ROBUSTNESS.md for fuzzing longer.
 */
class TextNormalizerFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void keepsTheWayBack(FuzzedDataProvider data) {
    TextNormalizer normalizer = TextNormalizer.of(options(data));
    SourceText source = SourceText.of("fuzz", FuzzText.from(data));

    NormalizedText normalized = normalizer.normalize(source);

    Invariants.checkNormalized(normalized);
    Invariants.checkIdempotent(normalizer, normalized);
  }

  @FuzzTest(maxDuration = "10m")
  void rejectsOnlyLoneSurrogates(FuzzedDataProvider data) {
    NormalizationOptions options = options(data);
    String text = data.consumeRemainingAsString();
    SourceText source;
    try {
      source = SourceText.of("fuzz", text);
    } catch (InvalidInputException e) {
      assertThat(e.reason()).isEqualTo(InvalidInputException.Reason.UNPAIRED_SURROGATE);
      return;
    }
    NormalizedText normalized = TextNormalizer.of(options).normalize(source);

    Invariants.checkNormalized(normalized);
    Invariants.checkIdempotent(TextNormalizer.of(options), normalized);
  }

  private static NormalizationOptions options(FuzzedDataProvider data) {
    EnumSet<NormalizationRule> rules = EnumSet.noneOf(NormalizationRule.class);
    for (NormalizationRule rule : NormalizationRule.values()) {
      if (data.consumeBoolean()) {
        rules.add(rule);
      }
    }
    return new NormalizationOptions(rules);
  }
}
