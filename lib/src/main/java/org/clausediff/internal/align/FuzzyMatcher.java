package org.clausediff.internal.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.clausediff.compare.Measure;
import org.clausediff.compare.Similarity;
import org.clausediff.internal.parallel.Fork;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.ShingleSet;
import org.clausediff.internal.similarity.UnitKeys;

/**
 * Links units whose keys are similar but not identical, 1:1, 1:n and n:1.
 *
 * <ol>
 *   <li>Candidates ({@link ShingleQuery}): an inverted {@link ShingleIndex} over the unlinked units
 *       of each side. Each unlinked unit looks up its shingles, rarest first, until {@value
 *       ShingleQuery#BUDGET} postings have been visited, counts the shingles it shares with each
 *       unit it meets, and keeps the {@value ShingleQuery#TOP} units with the highest counts (on
 *       equal counts, those nearest to where the anchors expect its counterpart). Both sides query
 *       the other, so the candidates do not depend on which document is left. Cost: {@code O(u ·
 *       (BUDGET + s log s))} for {@code u} unlinked units of {@code s} shingles — never all pairs.
 *   <li>1:1 proposals: each candidate pair scored by {@link KeyScorer} ({@link Measure#COMBINED}),
 *       kept when at least the minimum similarity.
 *   <li>1:n and n:1 proposals: for each unit, the runs of consecutive units of the other side that
 *       it mostly contains (containment of their shingles at least {@value #CONTAINED}); the best
 *       run of 2 to {@value #MAX_PARTS} units is proposed when the units joined score at least
 *       {@value #GROUP_MARGIN} more than the unit's best single partner.
 *   <li>Selection: proposals best first (among equal scores, the one nearest to where the anchors
 *       put it); one is accepted when none of its units is linked yet. Proposals within {@value
 *       #LOCAL} units of where the anchors put them go first, then the rest (the moves).
 * </ol>
 *
 * <p>On an executor, the two directions of the candidate search, the two halves of the scoring and
 * the split and merge proposals run side by side ({@link Fork}); each part writes only its own
 * result, and the results are put together in the order one thread gives them, so the proposals and
 * the links are the same on any executor.
 */
final class FuzzyMatcher {
  static final double CANDIDATE_DICE = 0.1;
  static final double CONTAINED = 0.5;
  static final int MAX_PARTS = 10;
  static final double GROUP_MARGIN = 0.01;
  static final int LOCAL = 16;

  private final UnitKeys left;
  private final UnitKeys right;
  private final KeyScorer scorer;
  private final double minSimilarity;
  private final java.util.Comparator<Proposal> preference;
  private final Anchors anchors;
  private final Executor executor;

  FuzzyMatcher(
      UnitKeys left,
      UnitKeys right,
      KeyScorer scorer,
      double minSimilarity,
      Anchors anchors,
      Executor executor) {
    this.left = left;
    this.right = right;
    this.scorer = scorer;
    this.minSimilarity = minSimilarity;
    this.preference = Proposal.byPreference(anchors);
    this.anchors = anchors;
    this.executor = executor;
  }

  /** The accepted proposals among the units not yet linked. */
  List<Proposal> match(boolean[] leftLinked, boolean[] rightLinked) {
    int[] ul = unlinked(leftLinked);
    int[] ur = unlinked(rightLinked);
    if (ul.length == 0 || ur.length == 0) {
      return List.of();
    }
    List<Candidate> candidates = candidates(ul, ur);
    double[] scores = scores(candidates);
    List<Proposal> proposals = new ArrayList<>();
    double[] bestLeft = new double[left.size()];
    double[] bestRight = new double[right.size()];
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      double score = scores[i];
      if (score >= minSimilarity) {
        proposals.add(new Proposal(c.p, c.p + 1, c.q, c.q + 1, scoreOnly(score), false));
        bestLeft[c.p] = Math.max(bestLeft[c.p], score);
        bestRight[c.q] = Math.max(bestRight[c.q], score);
      }
    }
    Fork<List<Proposal>> merges =
        Fork.start(
            executor,
            () -> {
              List<Candidate> byRight = new ArrayList<>(candidates);
              byRight.sort(
                  Comparator.comparingInt((Candidate c) -> c.q).thenComparingInt(c -> c.p));
              return groups(byRight, false, bestRight);
            });
    proposals.addAll(groups(candidates, true, bestLeft));
    proposals.addAll(merges.join());
    proposals.sort(preference);
    boolean[] takenLeft = leftLinked.clone();
    boolean[] takenRight = rightLinked.clone();
    List<Proposal> accepted = new ArrayList<>();
    // Links in place first, then the rest: a near-twin far away (a recurring sentence, a pasted
    // and edited copy) does not take the link of a unit whose counterpart sits where expected.
    for (boolean local : new boolean[] {true, false}) {
      for (Proposal proposal : proposals) {
        if (local && anchors.displacement(proposal.lFrom(), proposal.rFrom()) > LOCAL) {
          continue;
        }
        accept(proposal, takenLeft, takenRight, accepted);
      }
    }
    return accepted;
  }

  private void accept(
      Proposal proposal, boolean[] takenLeft, boolean[] takenRight, List<Proposal> accepted) {
    {
      if (free(takenLeft, proposal.lFrom(), proposal.lTo())
          && free(takenRight, proposal.rFrom(), proposal.rTo())) {
        Arrays.fill(takenLeft, proposal.lFrom(), proposal.lTo(), true);
        Arrays.fill(takenRight, proposal.rFrom(), proposal.rTo(), true);
        accepted.add(
            Proposal.scored(
                proposal.lFrom(), proposal.lTo(), proposal.rFrom(), proposal.rTo(), scorer));
      }
    }
  }

  /**
   * A combined score without its parts, for ranking; accepted proposals get the full {@link
   * Similarity}.
   */
  private static Similarity scoreOnly(double combined) {
    return new Similarity(Measure.COMBINED, combined, java.util.Map.of());
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static int[] unlinked(boolean[] linked) {
    int count = 0;
    for (boolean l : linked) {
      count += l ? 0 : 1;
    }
    int[] positions = new int[count];
    for (int p = 0, k = 0; p < linked.length; p++) {
      if (!linked[p]) {
        positions[k++] = p;
      }
    }
    return positions;
  }

  /** A candidate pair and the number of shingles its units share. */
  private static final class Candidate {
    final int p;
    final int q;
    final int shared;

    Candidate(int p, int q, int shared) {
      this.p = p;
      this.q = q;
      this.shared = shared;
    }
  }

  /**
   * The {@link KeyScorer#combined} score of each candidate pair, in their order; the two halves
   * side by side.
   */
  private double[] scores(List<Candidate> candidates) {
    double[] scores = new double[candidates.size()];
    int half = candidates.size() / 2;
    Fork<double[]> upper = Fork.start(executor, () -> score(candidates, half, scores));
    score(candidates, 0, half, scores);
    upper.join();
    return scores;
  }

  private double[] score(List<Candidate> candidates, int from, double[] scores) {
    return score(candidates, from, candidates.size(), scores);
  }

  private double[] score(List<Candidate> candidates, int from, int to, double[] scores) {
    for (int i = from; i < to; i++) {
      Candidate c = candidates.get(i);
      scores[i] = scorer.combined(c.p, c.q, c.shared);
    }
    return scores;
  }

  /** The candidate pairs, sorted by left then right position. */
  private List<Candidate> candidates(int[] ul, int[] ur) {
    // Each direction on its own index and query state: the two run side by side.
    Fork<Pairs> fromLeft =
        Fork.start(
            executor,
            () -> {
              Pairs pairs = new Pairs();
              ShingleQuery toRight = new ShingleQuery(ShingleIndex.of(right, ur), right.size());
              for (int p : ul) {
                for (int q : toRight.top(left.shingles(p), anchors.rightOf(p))) {
                  pairs.add(p, q);
                }
              }
              return pairs;
            });
    Pairs pairs = new Pairs();
    ShingleQuery toLeft = new ShingleQuery(ShingleIndex.of(left, ul), left.size());
    for (int q : ur) {
      for (int p : toLeft.top(right.shingles(q), anchors.leftOf(q))) {
        pairs.add(p, q);
      }
    }
    long[] sorted = pairs.sortedWith(fromLeft.join());
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        continue;
      }
      int p = (int) (sorted[i] >>> 32);
      int q = (int) sorted[i];
      ShingleSet a = left.shingles(p);
      ShingleSet b = right.shingles(q);
      int shared = a.intersectionSize(b);
      boolean similar = ShingleSet.dice(shared, a.size(), b.size()) >= CANDIDATE_DICE;
      boolean contained =
          (a.size() > 0 && (double) shared / a.size() >= CONTAINED)
              || (b.size() > 0 && (double) shared / b.size() >= CONTAINED);
      if (similar || contained) {
        candidates.add(new Candidate(p, q, shared));
      }
    }
    return candidates;
  }

  /**
   * Split proposals ({@code splits}: a left unit against runs of right units; candidates sorted by
   * left position) or merge proposals (the mirror; candidates sorted by right position).
   */
  private List<Proposal> groups(List<Candidate> candidates, boolean splits, double[] best) {
    UnitKeys many = splits ? right : left;
    List<Proposal> proposals = new ArrayList<>();
    int i = 0;
    while (i < candidates.size()) {
      int one = splits ? candidates.get(i).p : candidates.get(i).q;
      List<Integer> parts = new ArrayList<>();
      int j = i;
      for (;
          j < candidates.size() && (splits ? candidates.get(j).p : candidates.get(j).q) == one;
          j++) {
        Candidate c = candidates.get(j);
        int part = splits ? c.q : c.p;
        int partSize = many.shingles(part).size();
        if (partSize > 0 && (double) c.shared / partSize >= CONTAINED) {
          parts.add(part);
        }
      }
      i = j;
      if (parts.size() < 2) {
        continue;
      }
      parts.sort(null);
      Proposal bestGroup = null;
      int runStart = 0;
      for (int k = 1; k <= parts.size(); k++) {
        if (k < parts.size() && parts.get(k) == parts.get(k - 1) + 1) {
          continue;
        }
        int from = parts.get(runStart);
        int to = parts.get(k - 1) + 1;
        for (int s = from; s < to - 1; s++) {
          for (int e = s + 2; e <= Math.min(to, s + MAX_PARTS); e++) {
            Proposal proposal =
                splits
                    ? new Proposal(
                        one, one + 1, s, e, scoreOnly(scorer.combined(one, one + 1, s, e)), false)
                    : new Proposal(
                        s, e, one, one + 1, scoreOnly(scorer.combined(s, e, one, one + 1)), false);
            if (bestGroup == null || preference.compare(proposal, bestGroup) < 0) {
              bestGroup = proposal;
            }
          }
        }
        runStart = k;
      }
      if (bestGroup != null
          && bestGroup.score() >= minSimilarity
          && bestGroup.score() >= best[one] + GROUP_MARGIN) {
        proposals.add(bestGroup);
      }
    }
    return proposals;
  }

  /** A growing list of {@code (p, q)} pairs packed into longs. */
  private static final class Pairs {
    private long[] pairs = new long[16];
    private int count;

    void add(int p, int q) {
      if (count == pairs.length) {
        pairs = Arrays.copyOf(pairs, count * 2);
      }
      pairs[count++] = ((long) p << 32) | q;
    }

    /** These pairs and {@code others}, sorted by left then right position (duplicates adjacent). */
    long[] sortedWith(Pairs others) {
      long[] sorted = Arrays.copyOf(pairs, count + others.count);
      System.arraycopy(others.pairs, 0, sorted, count, others.count);
      Arrays.sort(sorted);
      return sorted;
    }
  }
}
