package org.clausediff.testing;

import java.util.List;
import java.util.function.Supplier;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Link;
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
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.pipeline.Pipeline;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Document;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.Unit;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationOptions;

/**
 * The engine's intermediate results for tests and benchmarks that look inside the pipeline: the
 * segmented and normalized text, the comparison keys of a comparison's documents, the structure
 * index, the alignment, the inputs of duplicate detection. Each method is one stage of the engine,
 * called as the pipeline calls it. Everything runs on the calling thread.
 */
public final class Stages {
  private static final Pipeline PIPELINE = Pipeline.on(Runnable::run);

  private Stages() {}

  /** {@code text} segmented and normalized with the default options. */
  public static SegmentedText prepare(SourceText text) {
    return PIPELINE.prepare(text, SegmentOptions.defaults(), NormalizationOptions.defaults());
  }

  /** {@code text} segmented and normalized as duplicate detection does: down to sentences. */
  public static SegmentedText prepareSentences(SourceText text) {
    return PIPELINE.prepare(
        text, SegmentOptions.defaults().withClauses(false), NormalizationOptions.defaults());
  }

  /** {@code text} segmented and normalized as {@code options} compare it. */
  public static SegmentedText prepare(SourceText text, CompareOptions options) {
    return PIPELINE.prepare(text, options.segmentation(), options.normalization());
  }

  /** The comparison keys of {@code text} for {@code options}. */
  public static UnitKeys keys(SourceText text, CompareOptions options) {
    SegmentedText prepared = prepare(text, options);
    return UnitKeys.of(
        prepared.document(), prepared.normalized(), options.level(), options.ignoreLabels());
  }

  /** The comparison keys of two texts for {@code options}, paired. */
  public static UnitKeys.Pair keys(SourceText left, SourceText right, CompareOptions options) {
    return UnitKeys.pair(keys(left, options), keys(right, options));
  }

  /** The comparison keys the documents of {@code comparison} were compared on. */
  public static UnitKeys.Pair keys(Comparison comparison) {
    CompareOptions options = comparison.options();
    return UnitKeys.pair(
        keys(comparison.left().document(), options), keys(comparison.right().document(), options));
  }

  private static UnitKeys keys(Document document, CompareOptions options) {
    return UnitKeys.of(
        document,
        TextNormalizer.of(options.normalization()).normalize(document.source()),
        options.level(),
        options.ignoreLabels());
  }

  /** Compares two keyed documents, taking the structure index from {@code structure}. */
  public static Comparison compare(
      UnitKeys.Pair keys, Supplier<StructureIndex> structure, CompareOptions options) {
    return Comparer.of(options).compare(keys, structure);
  }

  /** Segments {@code text} with {@code options}. */
  public static Document segment(SourceText text, SegmentOptions options) {
    return Segmenter.of(options).segment(text);
  }

  /** {@code text} segmented with {@code segmentation} and normalized with {@code normalization}. */
  public static SegmentedText prepare(
      SourceText text, SegmentOptions segmentation, NormalizationOptions normalization) {
    return PIPELINE.prepare(text, segmentation, normalization);
  }

  /** The comparison keys of a prepared text for {@code options}. */
  public static UnitKeys keys(SegmentedText text, CompareOptions options) {
    return UnitKeys.of(text.document(), text.normalized(), options.level(), options.ignoreLabels());
  }

  /** The comparison keys of two prepared texts for {@code options}, paired. */
  public static UnitKeys.Pair keys(
      SegmentedText left, SegmentedText right, CompareOptions options) {
    return UnitKeys.pair(keys(left, options), keys(right, options));
  }

  /** Compares two keyed documents, building the structure index when it is needed. */
  public static Comparison compare(UnitKeys left, UnitKeys right, CompareOptions options) {
    UnitKeys.Pair keys = UnitKeys.pair(left, right);
    return Comparer.of(options).compare(keys, () -> StructureIndex.of(keys));
  }

  /** The duplicates of a prepared text. */
  public static DuplicateReport duplicates(SegmentedText text, DuplicateOptions options) {
    return DuplicateDetector.of(options).detect(text.document(), text.normalized());
  }

  /** {@code text} normalized with {@code options}: the comparison text. */
  public static NormalizedText normalize(SourceText text, NormalizationOptions options) {
    return TextNormalizer.of(options).normalize(text);
  }

  /** The index of the structural units of two keyed documents. */
  public static StructureIndex structureIndex(UnitKeys.Pair keys) {
    return StructureIndex.of(keys);
  }

  /**
   * The alignment of two keyed documents as a comparison with {@code options} makes it, with the
   * structure index {@code structure} built beforehand.
   */
  public static Alignment align(
      UnitKeys.Pair keys, StructureIndex structure, CompareOptions options) {
    return ClauseAligner.of(AlignOptions.of(options)).align(keys, () -> structure);
  }

  /**
   * The comparison completed from an alignment made with {@code options}: the inline diffs of the
   * changed links and the document similarity.
   */
  public static Comparison complete(Alignment alignment, CompareOptions options) {
    return Comparer.of(options).complete(alignment);
  }

  /** The suffix array of a comparison text, for exact repeats. */
  public static RepeatIndex repeatIndex(NormalizedText normalized) {
    return RepeatIndex.of(normalized);
  }

  /** The sentences of a text prepared for duplicate detection and their near-repeat sketches. */
  public static SentenceSketches sketch(SegmentedText text, DuplicateOptions options) {
    return DuplicateDetector.of(options).sketch(text.document(), text.normalized());
  }

  /** The duplicates found from the two halves of detection's input. */
  public static DuplicateReport duplicates(
      SentenceSketches sketches, RepeatIndex index, DuplicateOptions options) {
    return DuplicateDetector.of(options).detect(sketches, index);
  }

  /** The links of {@code comparison} between units of the aligned level, in its order. */
  public static List<Link> levelLinks(Comparison comparison) {
    return links(comparison, false);
  }

  /** The links of {@code comparison} between structural units, in its order. */
  public static List<Link> structuralLinks(Comparison comparison) {
    return links(comparison, true);
  }

  private static List<Link> links(Comparison comparison, boolean structural) {
    return comparison.alignments().stream()
        .filter(c -> c.level().isStructural() == structural)
        .map(Correspondence::link)
        .toList();
  }

  /** The deleted units of the aligned level. */
  public static List<Unit> deletedUnits(Comparison comparison) {
    return units(comparison.deleted(), false);
  }

  /** The added units of the aligned level. */
  public static List<Unit> addedUnits(Comparison comparison) {
    return units(comparison.added(), false);
  }

  /** The structural units deleted as a whole. */
  public static List<Unit> deletedStructure(Comparison comparison) {
    return units(comparison.deleted(), true);
  }

  /** The structural units added as a whole. */
  public static List<Unit> addedStructure(Comparison comparison) {
    return units(comparison.added(), true);
  }

  private static List<Unit> units(List<Unit> units, boolean structural) {
    return units.stream().filter(u -> u.kind().isStructural() == structural).toList();
  }
}
