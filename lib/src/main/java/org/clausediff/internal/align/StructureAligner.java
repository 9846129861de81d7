package org.clausediff.internal.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.clausediff.compare.Link;
import org.clausediff.compare.Measure;
import org.clausediff.internal.parallel.Fork;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.ShingleFrequencies;
import org.clausediff.internal.similarity.ShingleSet;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Unit;

/**
 * Aligns the structural units (sections, items, sub-items) of two documents, after their sentences
 * are aligned: reviewers think in numbered items, and an item whose sentences were all paraphrased
 * still has a counterpart.
 *
 * <ol>
 *   <li>Candidates ({@link StructureCandidates}): every pair of structural units, or for large
 *       documents the pairs that contain the two ends of a sentence link.
 *   <li>Score ({@link StructureScorer}, {@link Measure#STRUCTURE}): the share of their content
 *       their sentence links connect, the TF-IDF cosine of their text (vectors built bottom-up by
 *       linear merges, over a fixed sample of the shingles above {@value #SAMPLE_ABOVE} shingles in
 *       all) and the similarity of their titles. Pairs scoring at least {@value #MIN_SCORE} are
 *       proposals.
 *   <li>Selection ({@link StructureSelection}): proposals best first, each unit linked once, any
 *       kinds; splits and merges of units of one kind.
 *   <li>Moves: the heaviest increasing subsequence of the links by their start offsets.
 * </ol>
 *
 * <p>Immutable and thread-safe: what does not depend on the sentence links is built once, in the
 * constructor.
 */
final class StructureAligner {
  static final double MIN_SCORE = 0.12;
  static final long SAMPLE_ABOVE = 2_000_000;

  private final StructureSide left;
  private final StructureSide right;
  private final StructureScorer scorer;

  StructureAligner(UnitKeys leftKeys, UnitKeys rightKeys, KeyScorer keyScorer) {
    long total = 0;
    for (int p = 0; p < leftKeys.size(); p++) {
      total += leftKeys.shingles(p).size();
    }
    for (int q = 0; q < rightKeys.size(); q++) {
      total += rightKeys.shingles(q).size();
    }
    int every = 1;
    while (total / every > SAMPLE_ABOVE) {
      every *= 2;
    }
    List<ShingleSet> all = new ArrayList<>(leftKeys.size() + rightKeys.size());
    for (int p = 0; p < leftKeys.size(); p++) {
      all.add(leftKeys.shingles(p));
    }
    for (int q = 0; q < rightKeys.size(); q++) {
      all.add(rightKeys.shingles(q));
    }
    ShingleFrequencies frequencies = ShingleFrequencies.of(all, every);
    this.left = new StructureSide(leftKeys, frequencies, 0);
    this.right = new StructureSide(rightKeys, frequencies, leftKeys.size());
    this.scorer = new StructureScorer(leftKeys, rightKeys, left, right, frequencies, keyScorer);
  }

  /**
   * The structural links implied by the level links {@code levelLinks}; the upper half of the
   * candidate pairs is scored on {@code executor} (or, if no thread of it starts that, on this
   * thread after the lower half), with the same result.
   */
  List<Link> align(List<Proposal> levelLinks, Executor executor) {
    if (left.size() == 0 || right.size() == 0) {
      return List.of();
    }
    PairSums shared = scorer.sharedContent(levelLinks);
    List<StructureCandidates.UnitPair> candidates =
        StructureCandidates.of(left.size(), right.size(), shared);
    int half = candidates.size() / 2;
    Fork<List<StructureGroup>> upper =
        Fork.start(executor, () -> proposals(candidates, half, candidates.size(), shared));
    List<StructureGroup> proposals = proposals(candidates, 0, half, shared);
    proposals.addAll(upper.join());
    proposals.sort(StructureGroup::byPreference);
    StructureSelection selection =
        new StructureSelection(
            left,
            right,
            scorer,
            shared,
            left.linkedContent(levelLinks, true),
            right.linkedContent(levelLinks, false));
    return toLinks(selection.select(proposals));
  }

  /** The candidate pairs {@code [from, to)} that score at least {@link #MIN_SCORE}, in order. */
  private List<StructureGroup> proposals(
      List<StructureCandidates.UnitPair> candidates, int from, int to, PairSums shared) {
    List<StructureGroup> proposals = new ArrayList<>();
    for (StructureCandidates.UnitPair pair : candidates.subList(from, to)) {
      if (left.length(pair.left()) == 0 || right.length(pair.right()) == 0) {
        continue;
      }
      StructureGroup scored = scorer.pair(pair.left(), pair.right(), shared);
      if (scored.similarity().value() >= MIN_SCORE) {
        proposals.add(scored);
      }
    }
    return proposals;
  }

  /** The links of the selected groups, marked moved where they leave the heaviest order. */
  private List<Link> toLinks(List<StructureGroup> links) {
    int k = links.size();
    int[] ls = new int[k];
    int[] rs = new int[k];
    long[] weights = new long[k];
    for (int i = 0; i < k; i++) {
      StructureGroup link = links.get(i);
      ls[i] = left.unit(link.left()).span().start();
      rs[i] = right.unit(link.right()).span().start();
      weights[i] = 1 + Math.round(1000 * link.similarity().value() * link.length());
    }
    boolean[] inOrder = IncreasingSubsequence.heaviest(ls, rs, weights);
    List<Link> result = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      StructureGroup link = links.get(i);
      List<Unit> lefts = link.lefts().stream().map(left::unit).toList();
      List<Unit> rights = link.rights().stream().map(right::unit).toList();
      if (lefts.size() > 1) {
        result.add(new Link.Merged(lefts, rights.get(0), link.similarity(), false, !inOrder[i]));
      } else if (rights.size() > 1) {
        result.add(new Link.Split(lefts.get(0), rights, link.similarity(), false, !inOrder[i]));
      } else if (inOrder[i]) {
        result.add(
            new Link.Matched(lefts.get(0), rights.get(0), link.similarity(), link.identical()));
      } else {
        result.add(
            new Link.Moved(lefts.get(0), rights.get(0), link.similarity(), link.identical()));
      }
    }
    result.sort(
        Comparator.comparingInt((Link l) -> l.firstLeft().span().start())
            .thenComparingInt(l -> l.firstRight().span().start()));
    return result;
  }
}
