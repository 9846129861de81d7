package org.clausediff.testing;

import java.util.Optional;
import java.util.function.Consumer;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.internal.align.AlignOptions;
import org.clausediff.internal.align.Alignment;
import org.clausediff.internal.align.ClauseAligner;
import org.clausediff.internal.align.StructureIndex;
import org.clausediff.internal.compare.Comparer;
import org.clausediff.internal.dups.DuplicateDetector;
import org.clausediff.internal.dups.RepeatIndex;
import org.clausediff.internal.dups.SentenceSketches;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Document;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationOptions;

/**
 * Runs a comparison or a duplicate detection stage by stage on the calling thread, naming each
 * stage to a listener as it ends — where the stage timer of the benchmarks ({@code
 * org.clausediff.bench.StageTimes}) laps.
 *
 * <p>The stages are the engine's own: the pipeline's steps one after the other, as {@link
 * ClauseDiff#create()} runs them, and inside alignment and detection the steps their hooks tell
 * ({@link ClauseAligner.Step}, {@link DuplicateDetector.Step}). Nothing of the engine is copied
 * here, and the result is the one {@link ClauseDiff#create()} gives (StageByStageTest checks both).
 */
public final class StageByStage {
  private StageByStage() {}

  /**
   * Compares {@code left} with {@code right}, naming to {@code stageEnded}: {@code segment left},
   * {@code normalize left}, {@code keys left}, the same for the right, {@code keys: pair}, {@code
   * structure index} (when structural units are aligned), the {@link ClauseAligner.Step}s as {@code
   * align: …}, and {@code inline diffs, similarity}.
   */
  public static Comparison compare(
      SourceText left, SourceText right, CompareOptions options, Consumer<String> stageEnded) {
    UnitKeys l = keys("left", left, options, stageEnded);
    UnitKeys r = keys("right", right, options, stageEnded);
    UnitKeys.Pair keys = UnitKeys.pair(l, r);
    stageEnded.accept("keys: pair");
    // The aligner asks for the structure index only when it aligns structural units.
    Optional<StructureIndex> structure =
        options.structural() ? Optional.of(Stages.structureIndex(keys)) : Optional.empty();
    if (structure.isPresent()) {
      stageEnded.accept("structure index");
    }
    Alignment alignment =
        ClauseAligner.of(AlignOptions.of(options))
            .align(keys, structure::orElseThrow, step -> stageEnded.accept(label(step)));
    Comparison comparison = Comparer.of(options).complete(alignment);
    stageEnded.accept("inline diffs, similarity");
    return comparison;
  }

  private static UnitKeys keys(
      String side, SourceText text, CompareOptions options, Consumer<String> stageEnded) {
    Document document = Stages.segment(text, options.segmentation());
    stageEnded.accept("segment " + side);
    NormalizedText normalized = Stages.normalize(text, options.normalization());
    stageEnded.accept("normalize " + side);
    UnitKeys keys = Stages.keys(new SegmentedText(document, normalized), options);
    stageEnded.accept("keys " + side);
    return keys;
  }

  private static String label(ClauseAligner.Step step) {
    return switch (step) {
      case IDENTICAL_LINKS -> "align: identical links";
      case FUZZY_LINKS -> "align: fuzzy links";
      case ORDER -> "align: order (moves)";
      case STRUCTURE -> "align: structure";
    };
  }

  /**
   * Finds the duplicates of {@code text}, naming to {@code stageEnded}: {@code segment}, {@code
   * normalize}, {@code sentences, sketches}, {@code suffix array + LCP}, and the {@link
   * DuplicateDetector.Step}s as {@code detect: …}.
   */
  public static DuplicateReport duplicates(
      SourceText text, DuplicateOptions options, Consumer<String> stageEnded) {
    // Detection looks at sentences, never below: the pipeline segments without clauses.
    Document document = Stages.segment(text, SegmentOptions.defaults().withClauses(false));
    stageEnded.accept("segment");
    NormalizedText normalized = Stages.normalize(text, NormalizationOptions.defaults());
    stageEnded.accept("normalize");
    SentenceSketches sketches = Stages.sketch(new SegmentedText(document, normalized), options);
    stageEnded.accept("sentences, sketches");
    RepeatIndex index = Stages.repeatIndex(normalized);
    stageEnded.accept("suffix array + LCP");
    return DuplicateDetector.of(options)
        .detect(sketches, index, step -> stageEnded.accept(label(step)));
  }

  private static String label(DuplicateDetector.Step step) {
    return switch (step) {
      case EXACT_REPEATS -> "detect: exact repeats";
      case NEAR_REPEATS -> "detect: near repeats";
      case PASSAGES -> "detect: passages";
    };
  }
}
