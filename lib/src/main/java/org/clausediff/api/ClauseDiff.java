package org.clausediff.api;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clausediff.align.StructureIndex;
import org.clausediff.collate.CollateOptions;
import org.clausediff.collate.Collation;
import org.clausediff.collate.Collator;
import org.clausediff.collate.Progress;
import org.clausediff.collate.Version;
import org.clausediff.dups.DuplicateDetector;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.Segmenter;
import org.clausediff.similarity.UnitKeys;
import org.clausediff.text.DecodeOptions;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import org.clausediff.text.normalize.ChineseScript;
import org.clausediff.text.normalize.NormalizationOptions;
import org.clausediff.text.normalize.NormalizationRule;
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

  /**
   * Compares {@code left} (the old version) with {@code right} (the new one) with the default
   * options; see {@link #compare(SourceText, SourceText, CompareOptions)}.
   */
  public static Comparison compare(SourceText left, SourceText right) {
    return compare(left, right, CompareOptions.defaults());
  }

  /**
   * Compares {@code left} (the old version) with {@code right} (the new one): aligns their units
   * (sentences by default) regardless of order — 1:1, split, merged, moved — and their sections and
   * items, scores each link and the documents, and diffs the text inside each changed link.
   *
   * <pre>{@code
   * Comparison c = ClauseDiff.compare(ClauseDiff.read(oldPath), ClauseDiff.read(newPath),
   *     CompareOptions.defaults());
   * for (Correspondence entry : c.alignments()) {
   *   if (entry.op() != Op.EQUAL) {
   *     System.out.println(entry.op() + " " + entry.similarity().value() + " " + entry.link());
   *   }
   * }
   * }</pre>
   *
   * <p>Time is {@code O(n log n)} in the length of the texts plus the inline diffs of the changed
   * links; see {@link org.clausediff.align.ClauseAligner} and {@link
   * org.clausediff.diff.InlineDiffer}. Memory is linear in their length: texts too long for this
   * JVM's heap are refused before the work starts ({@link HeapBudget}).
   *
   * @throws org.clausediff.LimitExceededException if comparing the texts would need more heap than
   *     this JVM has ({@link HeapBudget#checkCompare})
   */
  public static Comparison compare(SourceText left, SourceText right, CompareOptions options) {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkNotNull(options, "options");
    HeapBudget.ofThisJvm().checkCompare(left, right);
    CompareOptions effective = foldingScripts(left, right, options);
    Segmentation l = segment(left, effective.segmentation(), effective.normalization());
    Segmentation r = segment(right, effective.segmentation(), effective.normalization());
    return Comparison.compute(l, r, effective);
  }

  /**
   * The options to compare {@code left} and {@code right} with: {@code options}, with {@link
   * NormalizationRule#TRADITIONAL_TO_SIMPLIFIED} switched on when one text is written in
   * Traditional and the other in Simplified characters ({@link ChineseScript#differ}), so that the
   * same text in both scripts compares as equal; the comparison's {@code normalization} then names
   * the rule. {@link #compare(SourceText, SourceText, CompareOptions)} applies it; callers that
   * segment and key the texts themselves apply it first. Linear in the length of the texts.
   */
  public static CompareOptions foldingScripts(
      SourceText left, SourceText right, CompareOptions options) {
    checkNotNull(options, "options");
    if (options.normalization().applies(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED)
        || !ChineseScript.differ(left, right)) {
      return options;
    }
    return options.withNormalization(
        options.normalization().with(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED));
  }

  /**
   * Compares two documents already segmented with {@link #segment(SourceText, SegmentOptions,
   * NormalizationOptions)} — for callers that prepare both in parallel. Segment them with {@code
   * options.segmentation()} and {@code options.normalization()}: the comparison reports those
   * options as the ones used.
   */
  public static Comparison compare(Segmentation left, Segmentation right, CompareOptions options) {
    return Comparison.compute(left, right, options);
  }

  /**
   * The comparison keys of one segmented document for {@code options} (its level and whether
   * heading labels count): the part of {@link #compare(Segmentation, Segmentation, CompareOptions)}
   * that needs one document only, so that a caller may key both documents side by side before
   * {@link #compare(UnitKeys, UnitKeys, CompareOptions)}. Linear in the length of the text.
   */
  public static UnitKeys keys(Segmentation segmentation, CompareOptions options) {
    checkNotNull(segmentation, "segmentation");
    checkNotNull(options, "options");
    return UnitKeys.of(
        segmentation.document(),
        segmentation.normalized(),
        options.level(),
        options.ignoreLabels());
  }

  /**
   * Compares two documents keyed by {@link #keys}: the same result as {@link #compare(Segmentation,
   * Segmentation, CompareOptions)} on their segmentations.
   *
   * @throws IllegalArgumentException if either was keyed with other options than {@code options}
   */
  public static Comparison compare(UnitKeys left, UnitKeys right, CompareOptions options) {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkNotNull(options, "options");
    for (UnitKeys keys : List.of(left, right)) {
      checkArgument(
          keys.level() == options.level() && keys.ignoresLabels() == options.ignoreLabels(),
          "%s was keyed with other options than %s",
          keys,
          options);
    }
    return Comparison.compute(UnitKeys.pair(left, right), options);
  }

  /**
   * Compares two documents keyed by {@link #keys} and paired by {@link UnitKeys#pair}: the same
   * result as {@link #compare(UnitKeys, UnitKeys, CompareOptions)}, with the index for aligning
   * their structural units taken from {@code structure} when it is needed (after their sentences
   * are aligned), so that a caller can build it meanwhile on another thread with {@link
   * StructureIndex#of}{@code (keys)}. The library itself starts no threads.
   *
   * @param structure gives {@link StructureIndex#of}{@code (keys)}; called at most once
   * @throws IllegalArgumentException if the documents were keyed with other options than {@code
   *     options}, or the index given was built from other keys
   */
  public static Comparison compare(
      UnitKeys.Pair keys, Supplier<StructureIndex> structure, CompareOptions options) {
    checkNotNull(keys, "keys");
    checkNotNull(structure, "structure");
    checkNotNull(options, "options");
    checkArgument(
        keys.left().level() == options.level()
            && keys.left().ignoresLabels() == options.ignoreLabels(),
        "%s was keyed with other options than %s",
        keys,
        options);
    return Comparison.compute(keys, structure, options);
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
   * Finds the passages that occur more than once in {@code text}: segments (down to sentences:
   * duplicate detection needs no clauses) and normalizes it with the default options, then runs a
   * {@link DuplicateDetector} with {@code options}.
   *
   * <pre>{@code
   * DuplicateReport report = ClauseDiff.duplicates(text, DuplicateOptions.defaults());
   * for (DuplicatePassage passage : report.passages()) {
   *   System.out.println(passage.label() + " " + passage.occurrences());
   * }
   * String cleaned = report.cleanedText();
   * }</pre>
   *
   * @throws org.clausediff.LimitExceededException if the text would need more heap than this JVM
   *     has ({@link HeapBudget#checkDuplicates})
   */
  public static DuplicateReport duplicates(SourceText text, DuplicateOptions options) {
    checkNotNull(text, "text");
    HeapBudget.ofThisJvm().checkDuplicates(text);
    return duplicates(
        segment(
            text, SegmentOptions.defaults().withClauses(false), NormalizationOptions.defaults()),
        options);
  }

  /** Finds the passages that occur more than once in an already segmented text. */
  public static DuplicateReport duplicates(Segmentation segmentation, DuplicateOptions options) {
    checkNotNull(segmentation, "segmentation");
    return DuplicateDetector.of(options).detect(segmentation.document(), segmentation.normalized());
  }

  /**
   * Collates {@code versions} against {@code original} (or among themselves when it is empty) with
   * the default options; see {@link Collator}.
   */
  public static Collation collate(Optional<SourceText> original, List<SourceText> versions) {
    return collate(original, versions, CollateOptions.defaults());
  }

  /**
   * Collates {@code versions} against {@code original}, or among themselves when it is empty: with
   * an original, what became of each of its units in each version and what the versions added;
   * without, the common core that at least {@code options.minVersions()} versions share (a majority
   * by default), each version's deviations and its additions. Segments and normalizes every text
   * with the default options.
   *
   * <pre>{@code
   * Collation c = ClauseDiff.collate(Optional.empty(), List.of(qinghai, henan, yunnan));
   * for (Collation.CoreUnit unit : c.core()) {
   *   System.out.println(unit.shared() + " " + unit.referenceUnit().title());
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException with an original and no version, or without one and fewer than
   *     two versions
   * @throws org.clausediff.LimitExceededException if the texts would need more heap than this JVM
   *     has ({@link HeapBudget#checkCollate})
   */
  public static Collation collate(
      Optional<SourceText> original, List<SourceText> versions, CollateOptions options) {
    checkNotNull(original, "original");
    checkNotNull(versions, "versions");
    HeapBudget.ofThisJvm().checkCollate(original, versions);
    return collate(
        original.map(ClauseDiff::segment),
        versions.stream().map(ClauseDiff::segment).toList(),
        options,
        Progress.none());
  }

  /**
   * Collates documents already segmented, telling {@code progress} after each pairwise alignment.
   */
  public static Collation collate(
      Optional<Segmentation> original,
      List<Segmentation> versions,
      CollateOptions options,
      Progress progress) {
    checkNotNull(original, "original");
    checkNotNull(versions, "versions");
    return Collator.of(options)
        .collate(
            original.map(ClauseDiff::version),
            versions.stream().map(ClauseDiff::version).toList(),
            progress);
  }

  private static Version version(Segmentation segmentation) {
    return new Version(segmentation.document(), segmentation.normalized());
  }
}
