package org.clausediff.internal.align;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.clausediff.compare.Link;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.parallel.Fork;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * Aligns the units of two documents regardless of their order.
 *
 * <p>The method, for {@code n} units of the aligned level (sentences by default) on the two sides:
 *
 * <ol>
 *   <li>Keys: each unit's normalized text without its heading label ({@link UnitKeys}); linear.
 *   <li>Identical keys are linked ({@link ExactMatcher}): unique keys directly, recurring ones to
 *       the occurrence nearest to where the unique ones predict; {@code O(n log n)}.
 *   <li>The remaining {@code u} units are linked by similarity, 1:1, 1:n (split) and n:1 (merged)
 *       ({@link FuzzyMatcher}): candidates from a shingle index, never all pairs; {@code O(u ·
 *       (budget + s log s))} plus the scoring of at most {@code 12 u} candidate pairs, each linear
 *       in the shingles and {@code O(⌈m/64⌉ n)} in the tokens of the pair.
 *   <li>Order: the links on a heaviest increasing subsequence stay in place, each link weighing its
 *       similarity times its length in tokens; every other link is a move; {@code O(n log n)}.
 *   <li>Structure: sections, items and sub-items are aligned from the level links, the TF-IDF
 *       cosine of their text and their titles ({@link StructureAligner}).
 * </ol>
 *
 * <p>On an executor ({@link #of(AlignOptions, Executor)}), independent parts run side by side
 * ({@link Fork}): the fuzzy candidate search both ways, halves of each scoring, splits and merges,
 * the moves (found while {@link Step#STRUCTURE} runs) and the structure links. Same result on any
 * executor; on a direct one every part runs on the calling thread, in order. Immutable and
 * thread-safe; every call is independent.
 */
public final class ClauseAligner {
  /**
   * The steps of an alignment, in the order they end; see {@link #align(UnitKeys.Pair, Supplier,
   * Consumer)}.
   */
  public enum Step {
    /** Units with identical keys linked. */
    IDENTICAL_LINKS,
    /** The remaining units linked by similarity: 1:1, split and merged. */
    FUZZY_LINKS,
    /** The links sorted and those off the heaviest increasing subsequence handed over. */
    ORDER,
    /**
     * The structural units aligned (nothing to do when the options leave them out) and the units
     * without a link collected.
     */
    STRUCTURE
  }

  private final AlignOptions options;
  private final Executor executor;

  private ClauseAligner(AlignOptions options, Executor executor) {
    this.options = options;
    this.executor = executor;
  }

  /** An aligner with {@code options} that does all its work on the calling thread. */
  public static ClauseAligner of(AlignOptions options) {
    return of(options, Runnable::run);
  }

  /** An aligner that offers parts of its work to {@code executor}; the same alignments. */
  public static ClauseAligner of(AlignOptions options, Executor executor) {
    return new ClauseAligner(checkNotNull(options, "options"), checkNotNull(executor, "executor"));
  }

  /** An aligner with {@link AlignOptions#defaults()}. */
  public static ClauseAligner defaults() {
    return of(AlignOptions.defaults());
  }

  /** This aligner's options. */
  public AlignOptions options() {
    return options;
  }

  /**
   * Aligns {@code left} (the old version) with {@code right} (the new one).
   *
   * @param leftNormalized the comparison text of {@code left}'s source
   * @param rightNormalized the comparison text of {@code right}'s source
   */
  public Alignment align(
      Document left,
      NormalizedText leftNormalized,
      Document right,
      NormalizedText rightNormalized) {
    UnitKeys.Pair keys =
        UnitKeys.forPair(
            left, leftNormalized, right, rightNormalized, options.level(), options.ignoreLabels());
    return align(keys);
  }

  /** Aligns the units keyed by {@code keys}. */
  public Alignment align(UnitKeys.Pair keys) {
    checkNotNull(keys, "keys");
    return align(keys, () -> StructureIndex.of(keys));
  }

  /**
   * Aligns the units keyed by {@code keys}, as {@link #align(UnitKeys.Pair)} does, taking the
   * structure index from {@code structure} when the structural units are to be aligned (after the
   * units of the level): a caller can build it meanwhile on another thread.
   *
   * @param structure gives {@link StructureIndex#of}{@code (keys)}; called at most once
   * @throws IllegalArgumentException if the index given was built from other keys
   */
  public Alignment align(UnitKeys.Pair keys, Supplier<StructureIndex> structure) {
    return align(keys, structure, step -> {});
  }

  /**
   * Aligns as {@link #align(UnitKeys.Pair, Supplier)} does, telling {@code stepEnded} on this
   * thread as each {@link Step} ends. A hook for timers: the stage timer of the benchmarks times
   * the steps of this method, not a copy of it that could drift from it.
   */
  public Alignment align(
      UnitKeys.Pair keys, Supplier<StructureIndex> structure, Consumer<Step> stepEnded) {
    checkNotNull(keys, "keys");
    checkNotNull(structure, "structure");
    checkNotNull(stepEnded, "stepEnded");
    UnitKeys l = keys.left();
    UnitKeys r = keys.right();
    KeyScorer scorer = KeyScorer.of(keys);
    List<Proposal> accepted = new ArrayList<>();
    boolean[] leftLinked = new boolean[l.size()];
    boolean[] rightLinked = new boolean[r.size()];
    ExactMatcher exact = new ExactMatcher(l, r);
    for (int[] pair : exact.match()) {
      accepted.add(
          new Proposal(
              pair[0], pair[0] + 1, pair[1], pair[1] + 1, KeyScorer.identicalScore(), true));
      leftLinked[pair[0]] = true;
      rightLinked[pair[1]] = true;
    }
    stepEnded.accept(Step.IDENTICAL_LINKS);
    for (Proposal proposal :
        new FuzzyMatcher(l, r, scorer, options.minSimilarity(), exact.anchors(), executor)
            .match(leftLinked, rightLinked)) {
      accepted.add(proposal);
      Arrays.fill(leftLinked, proposal.lFrom(), proposal.lTo(), true);
      Arrays.fill(rightLinked, proposal.rFrom(), proposal.rTo(), true);
    }
    accepted.addAll(
        FramePrior.links(l, r, scorer, options.minSimilarity(), leftLinked, rightLinked));
    stepEnded.accept(Step.FUZZY_LINKS);
    accepted.sort(Comparator.comparingInt(Proposal::lFrom).thenComparingInt(Proposal::rFrom));
    List<Proposal> anchored = AnchoredNotes.keep(l, r, accepted, leftLinked, rightLinked);
    // Issue 16, cause 5: units left between links in place may link at a threshold lowered by it.
    List<Proposal> filled =
        GapFiller.fill(l, r, scorer, options.minSimilarity(), anchored, leftLinked, rightLinked);
    filled.sort(Comparator.comparingInt(Proposal::lFrom).thenComparingInt(Proposal::rFrom));
    List<Proposal> kept = AnchoredNotes.keep(l, r, filled, leftLinked, rightLinked);
    Fork<ImmutableList<Link>> ordered = Fork.start(executor, () -> toLinks(l, r, kept));
    stepEnded.accept(Step.ORDER);
    ImmutableList<Link> structuralLinks =
        options.structural()
            ? ImmutableList.copyOf(aligner(keys, structure).align(kept, executor))
            : ImmutableList.of();
    ImmutableList<Link> links = ordered.join();
    Alignment alignment =
        new Alignment(
            keys,
            links,
            structuralLinks,
            unlinked(l, leftLinked),
            unlinked(r, rightLinked),
            wholeStructure(l, leftLinked, structuralLinks, true),
            wholeStructure(r, rightLinked, structuralLinks, false));
    stepEnded.accept(Step.STRUCTURE);
    return alignment;
  }

  private static StructureAligner aligner(UnitKeys.Pair keys, Supplier<StructureIndex> structure) {
    StructureIndex index = checkNotNull(structure.get(), "structure index");
    checkArgument(index.keys() == keys, "the structure index was built from other keys");
    return index.aligner();
  }

  private static ImmutableList<Link> toLinks(UnitKeys l, UnitKeys r, List<Proposal> accepted) {
    int k = accepted.size();
    boolean[] inOrder = IncreasingSubsequence.ofProposals(l, r, accepted);
    ImmutableList.Builder<Link> links = ImmutableList.builderWithExpectedSize(k);
    for (int i = 0; i < k; i++) {
      Proposal p = accepted.get(i);
      List<Unit> lefts = l.units().subList(p.lFrom(), p.lTo());
      List<Unit> rights = r.units().subList(p.rFrom(), p.rTo());
      if (lefts.size() > 1) {
        links.add(
            new Link.Merged(lefts, rights.get(0), p.similarity(), p.identical(), !inOrder[i]));
      } else if (rights.size() > 1) {
        links.add(new Link.Split(lefts.get(0), rights, p.similarity(), p.identical(), !inOrder[i]));
      } else if (inOrder[i]) {
        links.add(new Link.Matched(lefts.get(0), rights.get(0), p.similarity(), p.identical()));
      } else {
        links.add(new Link.Moved(lefts.get(0), rights.get(0), p.similarity(), p.identical()));
      }
    }
    return links.build();
  }

  private static ImmutableList<Unit> unlinked(UnitKeys keys, boolean[] linked) {
    ImmutableList.Builder<Unit> units = ImmutableList.builder();
    for (int p = 0; p < linked.length; p++) {
      if (!linked[p]) {
        units.add(keys.units().get(p));
      }
    }
    return units.build();
  }

  /** The structural units without a link none of whose level units is linked. */
  private static ImmutableList<Unit> wholeStructure(
      UnitKeys keys, boolean[] linked, List<Link> structuralLinks, boolean leftSide) {
    boolean[] inLink = new boolean[keys.document().units().size()];
    for (Link link : structuralLinks) {
      for (Unit unit : leftSide ? link.leftUnits() : link.rightUnits()) {
        inLink[unit.index()] = true;
      }
    }
    ImmutableList.Builder<Unit> units = ImmutableList.builder();
    for (Unit unit : keys.document().structuralUnits()) {
      if (inLink[unit.index()]) {
        continue;
      }
      int[] range = keys.positionsWithin(unit);
      boolean anyLinked = false;
      for (int p = range[0]; p < range[1] && !anyLinked; p++) {
        anyLinked = linked[p];
      }
      if (!anyLinked) {
        units.add(unit);
      }
    }
    return units.build();
  }
}
