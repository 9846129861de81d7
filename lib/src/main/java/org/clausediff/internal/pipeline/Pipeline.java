package org.clausediff.internal.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import org.clausediff.collate.CollateOptions;
import org.clausediff.collate.Collation;
import org.clausediff.collate.Progress;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.internal.align.AlignOptions;
import org.clausediff.internal.align.Alignment;
import org.clausediff.internal.align.ClauseAligner;
import org.clausediff.internal.align.StructureIndex;
import org.clausediff.internal.collate.Collator;
import org.clausediff.internal.compare.Comparer;
import org.clausediff.internal.dups.DuplicateDetector;
import org.clausediff.internal.dups.ExactRepeats;
import org.clausediff.internal.dups.LocatedSentences;
import org.clausediff.internal.dups.RepeatIndex;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.parallel.Fork;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Document;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.Segmentation;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.ChineseScript;
import org.clausediff.text.normalize.NormalizationOptions;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * The one place where the stages are wired together: each method runs a whole job — segment,
 * compare, find duplicates, collate — and runs the steps that do not depend on each other side by
 * side, one on the calling thread and the others offered to the executor (see {@link Fork}). With a
 * direct executor ({@code Runnable::run}) every step runs on the calling thread, in order.
 *
 * <p>Immutable and thread-safe; it starts no threads of its own.
 */
public final class Pipeline {
  /**
   * Duplicate detection looks at sentences, never below: clauses would cost time and memory for
   * nothing.
   */
  private static final SegmentOptions DUPLICATES_SEGMENTATION =
      SegmentOptions.defaults().withClauses(false);

  private final Executor executor;

  private Pipeline(Executor executor) {
    this.executor = executor;
  }

  /** A pipeline that offers its parallel steps to {@code executor}. */
  public static Pipeline on(Executor executor) {
    return new Pipeline(checkNotNull(executor, "executor"));
  }

  /** Segments and normalizes {@code text}, side by side. */
  public SegmentedText prepare(
      SourceText text, SegmentOptions segmentation, NormalizationOptions normalization) {
    checkNotNull(text, "text");
    checkNotNull(segmentation, "segmentation");
    checkNotNull(normalization, "normalization");
    Fork<NormalizedText> normalized =
        Fork.start(executor, () -> TextNormalizer.of(normalization).normalize(text));
    Document document = Segmenter.of(segmentation).segment(text);
    return new SegmentedText(document, normalized.join());
  }

  /** Segments {@code text}: its unit tree and the rules that changed its comparison text. */
  public Segmentation segment(
      SourceText text, SegmentOptions segmentation, NormalizationOptions normalization) {
    return segmentation(prepare(text, segmentation, normalization));
  }

  /**
   * Compares {@code left} with {@code right}: both are segmented, normalized and keyed side by
   * side; the index of their structural units is built while their units are aligned, and the
   * aligner offers parts of its own work to the executor too.
   */
  public Comparison compare(SourceText left, SourceText right, CompareOptions requested) {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkNotNull(requested, "options");
    // The scripts decide the normalization (foldingScripts), not the segmentation: the left text is
    // segmented while the right one's script is detected (which loads ICU's transliterations the
    // first time, a few hundred milliseconds) and the right text segmented; then both are
    // normalized and keyed side by side.
    Optional<Fork<ChineseScript>> rightScript =
        requested.normalization().applies(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED)
            ? Optional.empty()
            : Optional.of(Fork.start(executor, () -> ChineseScript.detect(right.text())));
    Segmenter segmenter = Segmenter.of(requested.segmentation());
    Fork<Document> rightDocument = Fork.start(executor, () -> segmenter.segment(right));
    Document leftDocument = segmenter.segment(left);
    CompareOptions options =
        rightScript.isPresent()
                && ChineseScript.differ(ChineseScript.detect(left.text()), rightScript.get().join())
            ? withFolding(requested)
            : requested;
    Fork<UnitKeys> rightKeys =
        Fork.start(executor, () -> keys(rightDocument.join(), right, options));
    UnitKeys leftKeys = keys(leftDocument, left, options);
    UnitKeys.Pair keys = UnitKeys.pair(leftKeys, rightKeys.join());
    Comparer comparer = Comparer.of(options, executor);
    if (!options.structural()) {
      return comparer.compare(keys, () -> StructureIndex.of(keys));
    }
    Fork<StructureIndex> structure = Fork.start(executor, () -> StructureIndex.of(keys));
    return comparer.compare(keys, structure::join);
  }

  /**
   * Compares {@code left} with each of {@code rights}, giving what {@link #compare} gives for each
   * pair: {@code left} is segmented, normalized and keyed once (twice when some right text needs
   * the script folding of {@link #foldingScripts} and others do not), each right text is keyed and
   * compared as a step of its own, offered to the executor.
   */
  public List<Comparison> compareEach(
      SourceText left, List<SourceText> rights, CompareOptions requested) {
    checkNotNull(left, "left");
    checkNotNull(requested, "options");
    List<SourceText> texts = List.copyOf(rights);
    java.util.Map<CompareOptions, Fork<UnitKeys>> leftKeys = new java.util.HashMap<>();
    List<Fork<Comparison>> comparisons = new ArrayList<>();
    for (SourceText right : texts) {
      CompareOptions options = foldingScripts(left, right, requested);
      Fork<UnitKeys> mine =
          leftKeys.computeIfAbsent(options, o -> Fork.start(executor, () -> keys(left, o)));
      comparisons.add(
          Fork.start(
              executor,
              () -> {
                UnitKeys.Pair keys = UnitKeys.pair(mine.join(), keys(right, options));
                return Comparer.of(options).compare(keys, () -> StructureIndex.of(keys));
              }));
    }
    List<Comparison> results = new ArrayList<>();
    for (Fork<Comparison> comparison : comparisons) {
      results.add(comparison.join());
    }
    return results;
  }

  /**
   * {@code options}, with {@link NormalizationRule#TRADITIONAL_TO_SIMPLIFIED} switched on when one
   * text is written in Traditional and the other in Simplified characters ({@link
   * ChineseScript#differ}), so that the same text in both scripts compares as equal; the
   * comparison's options and normalization then name the rule. Linear in the length of the texts.
   */
  static CompareOptions foldingScripts(SourceText left, SourceText right, CompareOptions options) {
    if (options.normalization().applies(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED)
        || !ChineseScript.differ(left, right)) {
      return options;
    }
    return withFolding(options);
  }

  private static CompareOptions withFolding(CompareOptions options) {
    return options.withNormalization(
        options.normalization().with(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED));
  }

  private static UnitKeys keys(SourceText text, CompareOptions options) {
    return keys(Segmenter.of(options.segmentation()).segment(text), text, options);
  }

  /** The keys of {@code text}, segmented into {@code document} with {@code options}. */
  private static UnitKeys keys(Document document, SourceText text, CompareOptions options) {
    NormalizedText normalized = TextNormalizer.of(options.normalization()).normalize(text);
    return UnitKeys.of(document, normalized, options.level(), options.ignoreLabels());
  }

  /**
   * Finds the passages that occur more than once in {@code text}: the text is normalized in two
   * halves side by side, then this thread sorts its suffixes (the longest step), and the LCP array
   * is computed in two halves side by side; meanwhile the text is segmented and, once the
   * comparison text is there, its sentences are located in it and sketched for the near-repeat
   * search in {@value #SKETCH_PARTS} parts. The exact repeats are found as soon as the suffix array
   * is there, while the last parts are sketched; this thread then takes over the parts no executor
   * thread has started.
   */
  public DuplicateReport duplicates(SourceText text, DuplicateOptions options) {
    checkNotNull(text, "text");
    checkNotNull(options, "options");
    DuplicateDetector detector = DuplicateDetector.of(options);
    TextNormalizer normalizer = TextNormalizer.defaults();
    OptionalInt cut = halfway(text);
    // Offered before the segmentation, so that an executor that runs its steps in order starts it
    // first: the suffix array waits for it, the segmentation only for the sketches.
    Optional<Fork<TextNormalizer.Part>> secondHalf =
        cut.isPresent()
            ? Optional.of(
                Fork.start(executor, () -> normalizer.part(text, cut.getAsInt(), text.length())))
            : Optional.empty();
    Fork<Document> document =
        Fork.start(executor, () -> Segmenter.of(DUPLICATES_SEGMENTATION).segment(text));
    NormalizedText normalized;
    if (secondHalf.isPresent()) {
      TextNormalizer.Part firstHalf = normalizer.part(text, 0, cut.getAsInt());
      normalized = normalizer.join(text, List.of(firstHalf, secondHalf.get().join()));
    } else {
      normalized = normalizer.normalize(text);
    }
    Fork<LocatedSentences> sentences =
        Fork.start(executor, () -> detector.locate(document.join(), normalized));
    int parts = cut.isPresent() ? SKETCH_PARTS : 1;
    List<Fork<LocatedSentences.Part>> sketchParts = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      int part = p;
      sketchParts.add(Fork.start(executor, () -> sentences.join().sketch(part, parts)));
    }
    RepeatIndex index = index(normalized);
    ExactRepeats exact = detector.findExact(sentences.join(), index);
    // Last part first: an executor that runs its steps in order takes the first ones.
    LocatedSentences.Part[] sketched = new LocatedSentences.Part[parts];
    for (int p = parts - 1; p >= 0; p--) {
      sketched[p] = sketchParts.get(p).join();
    }
    return detector.detect(sentences.join().join(List.of(sketched)), exact, index);
  }

  /**
   * The repeat index of {@code normalized}: this thread sorts the suffixes, and the LCP array of a
   * long text is computed in two halves side by side.
   */
  private RepeatIndex index(NormalizedText normalized) {
    RepeatIndex.Sorting sorting = RepeatIndex.sort(normalized);
    int n = sorting.length();
    if (n < MIN_SPLIT_LENGTH) {
      return sorting.lcp(0, n).rankOrder(0, n).index();
    }
    Fork<RepeatIndex.Sorting> upperText = Fork.start(executor, () -> sorting.lcp(n / 2, n));
    sorting.lcp(0, n / 2);
    upperText.join();
    Fork<RepeatIndex.Sorting> upperRanks = Fork.start(executor, () -> sorting.rankOrder(n / 2, n));
    sorting.rankOrder(0, n / 2);
    return upperRanks.join().index();
  }

  /**
   * The number of parts the near-repeat sketches of a long text are made in: enough that the
   * threads that end their other steps at different times share the last ones.
   */
  static final int SKETCH_PARTS = 4;

  /** Texts shorter than this are normalized in one piece: two would not pay for the second step. */
  static final int MIN_SPLIT_LENGTH = 1 << 16;

  /**
   * Where to cut {@code text} in two for normalization: the first cut at or after its middle,
   * looked for over at most {@value #MIN_SPLIT_LENGTH} code points; empty for a short text or one
   * without a cut there.
   */
  static OptionalInt halfway(SourceText text) {
    if (text.length() < MIN_SPLIT_LENGTH) {
      return OptionalInt.empty();
    }
    int middle = text.length() / 2;
    return TextNormalizer.cutNear(text, middle, middle + MIN_SPLIT_LENGTH);
  }

  /**
   * Collates {@code versions} against {@code original}, or among themselves: every text is
   * segmented and every pair aligned on the executor; {@code progress} is told, on the calling
   * thread, as each pairwise alignment is collected.
   */
  public Collation collate(
      Optional<SourceText> original,
      List<SourceText> versions,
      CollateOptions options,
      Progress progress) {
    checkNotNull(original, "original");
    checkNotNull(options, "options");
    checkNotNull(progress, "progress");
    List<SourceText> texts = List.copyOf(versions);
    int n = texts.size();
    checkArgument(
        original.isPresent() ? n >= 1 : n >= 2,
        "collation needs %s but got %s",
        original.isPresent() ? "at least one version" : "at least two versions",
        n);
    CompareOptions compare = options.compare();
    List<Fork<SegmentedText>> prepared = new ArrayList<>();
    for (SourceText text : texts) {
      prepared.add(
          Fork.start(
              executor, () -> prepare(text, compare.segmentation(), compare.normalization())));
    }
    Optional<SegmentedText> o =
        original.map(text -> prepare(text, compare.segmentation(), compare.normalization()));
    List<SegmentedText> all = new ArrayList<>();
    for (Fork<SegmentedText> fork : prepared) {
      all.add(fork.join());
    }
    ClauseAligner aligner = ClauseAligner.of(AlignOptions.of(compare));
    List<Fork<Alignment>> fromOriginal = new ArrayList<>();
    if (o.isPresent()) {
      for (SegmentedText version : all) {
        fromOriginal.add(Fork.start(executor, () -> align(aligner, o.get(), version)));
      }
    }
    List<List<Fork<Alignment>>> pairs = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      List<Fork<Alignment>> row = new ArrayList<>();
      for (int b = a + 1; b < n; b++) {
        SegmentedText l = all.get(a);
        SegmentedText r = all.get(b);
        row.add(Fork.start(executor, () -> align(aligner, l, r)));
      }
      pairs.add(row);
    }
    int total = n * (n - 1) / 2 + fromOriginal.size();
    int done = 0;
    Alignment[] alignedFromOriginal = new Alignment[fromOriginal.size()];
    for (int v = 0; v < fromOriginal.size(); v++) {
      alignedFromOriginal[v] = fromOriginal.get(v).join();
      progress.step(++done, total, o.get().name() + " ↔ " + all.get(v).name());
    }
    Alignment[][] aligned = new Alignment[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        aligned[a][b] = pairs.get(a).get(b - a - 1).join();
        progress.step(++done, total, all.get(a).name() + " ↔ " + all.get(b).name());
      }
    }
    return Collator.of(options).collate(o, all, alignedFromOriginal, aligned);
  }

  private static Alignment align(ClauseAligner aligner, SegmentedText left, SegmentedText right) {
    return aligner.align(left.document(), left.normalized(), right.document(), right.normalized());
  }

  /** The API view of a segmented text. */
  public static Segmentation segmentation(SegmentedText text) {
    return new Segmentation(text.document(), text.normalized().appliedRules().asList());
  }
}
