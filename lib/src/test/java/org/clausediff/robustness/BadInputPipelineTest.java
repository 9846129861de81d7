package org.clausediff.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.clausediff.InvalidInputException;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.robustness.BadInputs.BadInput;
import org.clausediff.robustness.BadInputs.Rejected;
import org.clausediff.robustness.BadInputs.Text;
import org.clausediff.segment.Document;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input through the library's stages: decoding refuses it with the expected typed error,
 * or gives the expected text, which then normalizes and segments with every invariant intact and
 * into the expected number of units. The timeout only guards against hangs.
 */
class BadInputPipelineTest {
  private static final TextDecoder DECODER = TextDecoder.defaults();
  private static final TextNormalizer NORMALIZER = TextNormalizer.defaults();
  private static final Segmenter SEGMENTER = Segmenter.defaults();

  /** Above this length the per-code-point checks of the normalized text are sampled. */
  private static final int FULL_CHECK_LENGTH = 5_000_000;

  static Stream<BadInput> inputs() {
    return BadInputs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void readsOrRefusesEachBadInput(BadInput input) {
    if (input.outcome() instanceof Rejected) {
      Rejected rejected = (Rejected) input.outcome();
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class, () -> DECODER.decode(input.name(), input.bytes()));
      assertThat(e.reason()).isEqualTo(rejected.reason());
      assertThat(e.getMessage()).isEqualTo(input.name() + ": " + rejected.problem());
      assertThat(e.documentName()).isEqualTo(input.name());
      return;
    }
    Text expected = (Text) input.outcome();
    SourceText text = DECODER.decode(input.name(), input.bytes());
    assertThat(text.encoding().orElseThrow().name()).isEqualTo(expected.encoding());
    assertThat(text.length()).isEqualTo(expected.length());
    if (text.length() <= FULL_CHECK_LENGTH) {
      Invariants.checkSource(text);
    }

    checkSegments(text, expected);
    checkNormalization(text);
  }

  private static void checkSegments(SourceText text, Text expected) {
    Document document = SEGMENTER.segment(text);
    Invariants.checkDocument(document);
    for (Map.Entry<UnitKind, Integer> count : expected.units().entrySet()) {
      assertThat(document.units(count.getKey()).size())
          .as("%s units of %s", count.getKey(), text.name())
          .isEqualTo(count.getValue());
    }
  }

  private static void checkNormalization(SourceText text) {
    NormalizedText normalized = NORMALIZER.normalize(text);
    if (text.length() <= FULL_CHECK_LENGTH) {
      Invariants.checkNormalized(normalized);
      Invariants.checkIdempotent(NORMALIZER, normalized);
    } else {
      assertThat(normalized.offsetMap().sourceLength()).isEqualTo(text.length());
      assertThat(normalized.toSource(0, normalized.length()).end())
          .isLessThanOrEqualTo(text.length());
    }
  }

  @Test
  void everyCommittedFileIsACaseAndEveryCaseAFile() {
    List<String> cases = BadInputs.small().stream().map(BadInput::name).sorted().toList();

    assertThat(BadInputs.committedNames()).as("files in testdata/bad/").isEqualTo(cases);
  }
}
