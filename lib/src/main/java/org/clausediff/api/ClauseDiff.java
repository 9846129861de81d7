package org.clausediff.api;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Path;
import org.clausediff.dups.DuplicateDetector;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.Segmenter;
import org.clausediff.text.DecodeOptions;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import org.clausediff.text.normalize.NormalizationOptions;
import org.clausediff.text.normalize.TextNormalizer;

/**
 * The entry point of the library: reads texts and runs the pipeline stages on them.
 *
 * <p>Every method is a pure function of its arguments: no global state, no files written, no
 * threads started. All results are immutable and safe to share between threads; all offsets in them
 * are code points into the {@link SourceText}s passed in.
 *
 * <pre>{@code
 * SourceText text = ClauseDiff.read(Path.of("qinghai-2017-new-growth-drivers.txt"));
 * Document doc = ClauseDiff.segment(text).document();
 * for (Unit item : doc.units(UnitKind.ITEM)) {
 *   System.out.println(text.lineColumn(item.span().start()) + " " + doc.sectionPath(item));
 * }
 * }</pre>
 */
public final class ClauseDiff {
  private ClauseDiff() {}

  /**
   * Reads the file at {@code path}, detecting its encoding; see {@link TextDecoder}.
   *
   * @throws IOException if the file cannot be read
   * @throws org.clausediff.InvalidInputException if it is not text in a supported encoding
   * @throws org.clausediff.LimitExceededException if it is larger than 256 MiB
   */
  public static SourceText read(Path path) throws IOException {
    return TextDecoder.defaults().read(path);
  }

  /**
   * Reads the file at {@code path} with {@code options}.
   *
   * @throws IOException if the file cannot be read
   * @throws org.clausediff.InvalidInputException if it is not text in the expected encoding
   * @throws org.clausediff.LimitExceededException if it is larger than the configured limit
   */
  public static SourceText read(Path path, DecodeOptions options) throws IOException {
    return TextDecoder.of(options).read(path);
  }

  /** Segments {@code text} and normalizes it with the default options. */
  public static Segmentation segment(SourceText text) {
    return segment(text, SegmentOptions.defaults(), NormalizationOptions.defaults());
  }

  /** Segments {@code text} with {@code segmentOptions} and normalizes it. */
  public static Segmentation segment(
      SourceText text, SegmentOptions segmentOptions, NormalizationOptions normalization) {
    checkNotNull(text, "text");
    return new Segmentation(
        Segmenter.of(segmentOptions).segment(text),
        TextNormalizer.of(normalization).normalize(text));
  }

  /**
   * Finds the passages that occur more than once in {@code text}, with the default options; see
   * {@link DuplicateDetector}.
   */
  public static DuplicateReport duplicates(SourceText text) {
    return duplicates(text, DuplicateOptions.defaults());
  }

  /**
   * Finds the passages that occur more than once in {@code text}: segments and normalizes it with
   * the default options, then runs a {@link DuplicateDetector} with {@code options}.
   *
   * <pre>{@code
   * DuplicateReport report = ClauseDiff.duplicates(text, DuplicateOptions.defaults());
   * for (DuplicatePassage passage : report.passages()) {
   *   System.out.println(passage.label() + " " + passage.occurrences());
   * }
   * String cleaned = report.cleanedText();
   * }</pre>
   */
  public static DuplicateReport duplicates(SourceText text, DuplicateOptions options) {
    checkNotNull(text, "text");
    return duplicates(segment(text), options);
  }

  /** Finds the passages that occur more than once in an already segmented text. */
  public static DuplicateReport duplicates(Segmentation segmentation, DuplicateOptions options) {
    checkNotNull(segmentation, "segmentation");
    return DuplicateDetector.of(options).detect(segmentation.document(), segmentation.normalized());
  }
}
