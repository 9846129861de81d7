package org.clausediff.internal.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.InlineDiff;
import org.clausediff.compare.Link;
import org.clausediff.internal.align.AlignOptions;
import org.clausediff.internal.align.AlignedSimilarity;
import org.clausediff.internal.align.Alignment;
import org.clausediff.internal.align.ClauseAligner;
import org.clausediff.internal.align.StructureIndex;
import org.clausediff.internal.diff.InlineDiffer;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Segmentation;
import org.clausediff.segment.Unit;

/**
 * The last steps of a comparison: aligns two keyed documents, diffs the text inside every changed
 * link, scores the documents as a whole and assembles the {@link Comparison}. Immutable and
 * thread-safe.
 */
public final class Comparer {
  private final CompareOptions options;
  private final Executor executor;

  private Comparer(CompareOptions options, Executor executor) {
    this.options = options;
    this.executor = executor;
  }

  /** A comparer with {@code options} that does all its work on the calling thread. */
  public static Comparer of(CompareOptions options) {
    return of(options, Runnable::run);
  }

  /**
   * A comparer with {@code options} whose aligner offers independent parts of its work to {@code
   * executor} ({@link ClauseAligner#of(AlignOptions, Executor)}); the comparison is the one {@link
   * #of(CompareOptions)} gives.
   */
  public static Comparer of(CompareOptions options, Executor executor) {
    return new Comparer(checkNotNull(options, "options"), checkNotNull(executor, "executor"));
  }

  /**
   * Compares two documents keyed with this comparer's options, taking the index of their structural
   * units from {@code structure} when it is needed (after their units are aligned).
   *
   * @param structure gives {@link StructureIndex#of}{@code (keys)}; called at most once
   * @throws IllegalArgumentException if the documents were keyed with other options
   */
  public Comparison compare(UnitKeys.Pair keys, Supplier<StructureIndex> structure) {
    checkNotNull(keys, "keys");
    checkNotNull(structure, "structure");
    checkKeyedAsOptions(keys);
    return complete(ClauseAligner.of(AlignOptions.of(options), executor).align(keys, structure));
  }

  /**
   * Completes the comparison of two documents from their alignment, made with {@link
   * AlignOptions#of}{@code (options)} of this comparer's options: diffs the text inside every
   * changed link, scores the documents as a whole and assembles the {@link Comparison}. {@link
   * #compare} is {@code complete} of the alignment it makes; a caller that times the steps aligns
   * first, then calls this.
   *
   * @throws IllegalArgumentException if the documents were keyed with other options
   */
  public Comparison complete(Alignment alignment) {
    checkNotNull(alignment, "alignment");
    checkKeyedAsOptions(alignment.keys());
    UnitKeys l = alignment.keys().left();
    UnitKeys r = alignment.keys().right();
    InlineDiffer differ = InlineDiffer.of(options.maxInlineDiffTokens());
    List<Correspondence> entries = new ArrayList<>();
    for (Link link : alignment.links()) {
      InlineDiff diff = InlineDiff.none();
      if (!link.identical()) {
        int lFrom = l.positionOf(link.firstLeft());
        int rFrom = r.positionOf(link.firstRight());
        diff =
            differ.diff(
                l,
                lFrom,
                lFrom + link.leftUnits().size(),
                r,
                rFrom,
                rFrom + link.rightUnits().size());
      }
      entries.add(new Correspondence(link, diff));
    }
    for (Link link : alignment.structuralLinks()) {
      entries.add(new Correspondence(link, InlineDiff.none()));
    }
    entries.sort(
        Comparator.comparingInt((Correspondence c) -> c.link().firstLeft().span().start())
            .thenComparingInt(c -> c.link().level().ordinal())
            .thenComparingInt(c -> c.link().firstRight().span().start()));
    return new Comparison(
        segmentation(l),
        segmentation(r),
        options,
        entries,
        byStart(alignment.deleted(), alignment.deletedStructure()),
        byStart(alignment.added(), alignment.addedStructure()),
        AlignedSimilarity.of(alignment));
  }

  private void checkKeyedAsOptions(UnitKeys.Pair keys) {
    checkArgument(
        keys.left().level() == options.level()
            && keys.left().ignoresLabels() == options.ignoreLabels(),
        "%s was keyed with other options than %s",
        keys,
        options);
  }

  private static Segmentation segmentation(UnitKeys keys) {
    return new Segmentation(keys.document(), keys.normalized().appliedRules().asList());
  }

  private static List<Unit> byStart(List<Unit> level, List<Unit> structure) {
    List<Unit> all = new ArrayList<>(level);
    all.addAll(structure);
    all.sort(Comparator.comparingInt((Unit u) -> u.span().start()).thenComparing(Unit::kind));
    return all;
  }
}
