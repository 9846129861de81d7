package org.clausediff.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clausediff.robustness.FuzzText;
import org.clausediff.robustness.Invariants;
import org.clausediff.segment.Document;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.text.SourceText;

/**
 * Fuzzes segmentation: whatever the text and options, the document tiles it, headings point at
 * their own text, and segmenting again gives the same tree. Plain {@code mvn test} replays the
 * stored inputs in {@code SegmenterFuzzTestInputs/}; see docs/ROBUSTNESS.md for fuzzing longer.
 */
class SegmenterFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void tilesAnyText(FuzzedDataProvider data) {
    SegmentOptions options =
        SegmentOptions.defaults()
            .withInlineHeadings(data.consumeBoolean())
            .withMaxTitleLength(data.consumeInt(1, 80))
            .withMaxBracketLength(data.consumeInt(2, 400));
    SourceText text = SourceText.of("fuzz", FuzzText.from(data));
    Segmenter segmenter = Segmenter.of(options);

    Document document = segmenter.segment(text);

    Invariants.checkDocument(document);
    assertThat(segmenter.segment(text).roots()).isEqualTo(document.roots());
  }
}
