package org.clausediff.internal.dups;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.robustness.FuzzText;
import org.clausediff.robustness.Invariants;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.testing.Stages;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationOptions;

/**
 * Fuzzes duplicate detection: whatever the text and options, every occurrence lies inside the text,
 * the occurrences of an exact group have the comparison text of its first, and cleaning removes
 * exactly the later occurrences of the DUPLICATION groups — the cleaned text is the input with
 * exactly the removed spans cut out. Plain {@code mvn test} replays the stored inputs in {@code
 * DuplicateDetectorFuzzTestInputs/}; see docs/ROBUSTNESS.md for fuzzing longer.
 *
 * <p>Input layout ({@link #HEADER} bytes, then the text that the rest spells, {@link
 * FuzzText#spell}): byte 0 the least length (0: the default 20, else {@code 4 + b % 60}); byte 1
 * the near threshold (0: the default 0.7, 255: no near repeats, else {@code (b % 100 + 1) / 100});
 * byte 2 the shingle size (0: the default 3, else {@code 1 + b % 16}).
 */
class DuplicateDetectorFuzzTest {
  /** The number of option bytes before the text. */
  static final int HEADER = 3;

  @FuzzTest(maxDuration = "10m")
  void cleansOnlyDuplication(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    DuplicateOptions options = options(bytes);
    SourceText text = SourceText.of("fuzz", FuzzText.spell(bytes, HEADER, bytes.length));
    SegmentedText segmentation =
        Stages.prepare(
            text, SegmentOptions.defaults().withClauses(false), NormalizationOptions.defaults());

    DuplicateReport report = Stages.duplicates(segmentation, options);

    Invariants.checkDuplicates(report, segmentation.normalized());
  }

  /** The options that the header of {@code bytes} spells. */
  static DuplicateOptions options(byte[] bytes) {
    int minLength = FuzzText.byteAt(bytes, 0);
    int near = FuzzText.byteAt(bytes, 1);
    int shingles = FuzzText.byteAt(bytes, 2);
    DuplicateOptions options = DuplicateOptions.defaults();
    if (minLength != 0) {
      options = options.withMinLength(4 + minLength % 60);
    }
    if (near == 255) {
      options = options.withoutNear();
    } else if (near != 0) {
      options = options.withNearThreshold((near % 100 + 1) / 100.0);
    }
    if (shingles != 0) {
      options = options.withShingleSize(1 + shingles % 16);
    }
    return options;
  }
}
