package org.clausediff;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.clausediff.collate.CollateOptions;
import org.clausediff.collate.Collation;
import org.clausediff.collate.Progress;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.internal.pipeline.Pipeline;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.Segmentation;
import org.clausediff.text.DecodeOptions;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import org.clausediff.text.normalize.NormalizationOptions;

/**
 * The entry point of the library: reads texts and runs the whole pipeline on them — segment,
 * compare two versions, find the duplicated passages of one, collate many.
 *
 * <p>A {@code ClauseDiff} made by {@link #create()} runs every step on the calling thread; one made
 * by {@link #using(Executor)} offers the steps that do not depend on each other (the two documents
 * of a comparison, the suffix array and the sentence sketches of duplicate detection, the pairs of
 * a collation) to the caller's executor, and runs one of them on the calling thread meanwhile. The
 * library starts no threads of its own, keeps no global state and writes no files; it never refuses
 * an input because of the heap (see {@link HeapEstimate} for an estimate an application may check
 * itself). Results are immutable and safe to share between threads; all offsets in them are code
 * points into the {@link SourceText}s passed in. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ClauseDiff clauseDiff = ClauseDiff.create();
 * SourceText text = clauseDiff.read(Path.of("qinghai-2017-new-growth-drivers.txt"));
 * Document doc = clauseDiff.segment(text).document();
 * for (Unit item : doc.units(UnitKind.ITEM)) {
 *   System.out.println(text.lineColumn(item.span().start()) + " " + doc.sectionPath(item));
 * }
 * }</pre>
 */
public final class ClauseDiff {
  private static final ClauseDiff ON_CALLING_THREAD = new ClauseDiff(Runnable::run);

  private final Executor executor;
  private final Pipeline pipeline;

  private ClauseDiff(Executor executor) {
    this.executor = executor;
    this.pipeline = Pipeline.on(executor);
  }

  /** A {@code ClauseDiff} that runs every step on the calling thread. */
  public static ClauseDiff create() {
    return ON_CALLING_THREAD;
  }

  /**
   * A {@code ClauseDiff} that offers the steps that can run side by side to {@code executor}. The
   * executor may be shared, bounded, saturated or the calling thread itself: a step that no
   * executor thread has started when its result is needed runs on the thread that needs it, so no
   * job ever waits for a busy executor. Two threads are enough to use both cores of a two-core
   * machine (the calling thread and one of the executor's).
   */
  public static ClauseDiff using(Executor executor) {
    return new ClauseDiff(checkNotNull(executor, "executor"));
  }

  /**
   * Reads the file at {@code path}, detecting its encoding; see {@link TextDecoder}.
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidInputException if it is not text in a supported encoding
   * @throws LimitExceededException if it is larger than 256 MiB
   */
  public SourceText read(Path path) throws IOException {
    return TextDecoder.defaults().read(path);
  }

  /**
   * Reads the file at {@code path} with {@code options}.
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidInputException if it is not text in the expected encoding
   * @throws LimitExceededException if it is larger than the configured limit
   */
  public SourceText read(Path path, DecodeOptions options) throws IOException {
    return TextDecoder.of(options).read(path);
  }

  /**
   * Segments {@code text} with the default options; see {@link #segment(SourceText, SegmentOptions,
   * NormalizationOptions)}.
   */
  public Segmentation segment(SourceText text) {
    return segment(text, SegmentOptions.defaults(), NormalizationOptions.defaults());
  }

  /**
   * Segments {@code text} into sections, items, sub-items, paragraphs, sentences and clauses, and
   * names the normalization rules that changed its comparison text. Linear in the length of the
   * text.
   */
  public Segmentation segment(
      SourceText text, SegmentOptions segmentation, NormalizationOptions normalization) {
    return pipeline.segment(text, segmentation, normalization);
  }

  /**
   * Compares {@code left} (the old version) with {@code right} (the new one) with the default
   * options; see {@link #compare(SourceText, SourceText, CompareOptions)}.
   */
  public Comparison compare(SourceText left, SourceText right) {
    return compare(left, right, CompareOptions.defaults());
  }

  /**
   * Compares {@code left} (the old version) with {@code right} (the new one): aligns their units
   * (sentences by default) regardless of order — 1:1, split, merged, moved — and their sections and
   * items, scores each link and the documents, and diffs the text inside each changed link.
   *
   * <pre>{@code
   * Comparison c = clauseDiff.compare(clauseDiff.read(oldPath), clauseDiff.read(newPath));
   * for (Correspondence entry : c.alignments()) {
   *   if (entry.op() != Op.EQUAL) {
   *     System.out.println(entry.op() + " " + entry.similarity().value() + " " + entry.link());
   *   }
   * }
   * }</pre>
   *
   * <p>Time is {@code O(n log n)} in the length of the texts plus the inline diffs of the changed
   * links; memory is linear in their length ({@link HeapEstimate#compareNeeds}).
   */
  public Comparison compare(SourceText left, SourceText right, CompareOptions options) {
    return pipeline.compare(left, right, options);
  }

  /**
   * Compares {@code left} with each of {@code rights}: the same comparisons as {@link
   * #compare(SourceText, SourceText, CompareOptions)} for each pair, in the order of {@code
   * rights}, but {@code left} is segmented, normalized and keyed once for all of them. For a query
   * checked against many candidates. A {@code ClauseDiff} made by {@link #using(Executor)} offers
   * each comparison to the executor.
   */
  public List<Comparison> compareEach(
      SourceText left, List<SourceText> rights, CompareOptions options) {
    return pipeline.compareEach(left, rights, options);
  }

  /**
   * Finds the passages that occur more than once in {@code text}, with the default options; see
   * {@link #duplicates(SourceText, DuplicateOptions)}.
   */
  public DuplicateReport duplicates(SourceText text) {
    return duplicates(text, DuplicateOptions.defaults());
  }

  /**
   * Finds the passages that occur more than once in {@code text} — exact repeats from a suffix
   * array of its comparison text, near repeats from sketches of its sentences — labels each
   * DUPLICATION or BOILERPLATE, and gives the text without the later copies of every DUPLICATION
   * passage. Linear in the length of the text (plus the near-repeat candidates).
   *
   * <pre>{@code
   * DuplicateReport report = clauseDiff.duplicates(text, DuplicateOptions.defaults());
   * for (DuplicatePassage passage : report.passages()) {
   *   System.out.println(passage.label() + " " + passage.occurrences());
   * }
   * String cleaned = report.cleanedText();
   * }</pre>
   */
  public DuplicateReport duplicates(SourceText text, DuplicateOptions options) {
    return pipeline.duplicates(text, options);
  }

  /**
   * Collates {@code versions} against {@code original} (or among themselves when it is empty) with
   * the default options; see {@link #collate(Optional, List, CollateOptions, Progress)}.
   */
  public Collation collate(Optional<SourceText> original, List<SourceText> versions) {
    return collate(original, versions, CollateOptions.defaults(), Progress.none());
  }

  /**
   * Collates {@code versions} against {@code original}, or among themselves when it is empty: with
   * an original, what became of each of its units in each version and what the versions added;
   * without, the common core that at least {@code options.minVersions()} versions share (a majority
   * by default), each version's deviations and its additions.
   *
   * <pre>{@code
   * Collation c = clauseDiff.collate(Optional.empty(), List.of(qinghai, henan, yunnan));
   * for (Collation.CoreUnit unit : ((Collation.Reconstructed) c).core()) {
   *   System.out.println(unit.shared() + " " + unit.referenceUnit().title());
   * }
   * }</pre>
   *
   * @param progress told after each pairwise alignment, on the calling thread
   * @throws IllegalArgumentException with an original and no version, or without one and fewer than
   *     two versions
   */
  public Collation collate(
      Optional<SourceText> original,
      List<SourceText> versions,
      CollateOptions options,
      Progress progress) {
    return pipeline.collate(original, versions, options, progress);
  }

  @Override
  public String toString() {
    return executor == ON_CALLING_THREAD.executor
        ? "ClauseDiff[on the calling thread]"
        : "ClauseDiff[using " + executor + "]";
  }
}
