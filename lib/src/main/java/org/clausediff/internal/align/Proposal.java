package org.clausediff.internal.align;

import org.clausediff.compare.Similarity;
import org.clausediff.internal.similarity.KeyScorer;

/**
 * A candidate link between the runs of keyed units {@code [lFrom, lTo)} (left positions) and {@code
 * [rFrom, rTo)} (right positions), before moves are known.
 */
record Proposal(int lFrom, int lTo, int rFrom, int rTo, Similarity similarity, boolean identical) {

  /**
   * The proposal for the runs given, with their similarity and identity as {@code scorer} finds.
   */
  static Proposal scored(int lFrom, int lTo, int rFrom, int rTo, KeyScorer scorer) {
    return new Proposal(
        lFrom,
        lTo,
        rFrom,
        rTo,
        scorer.score(lFrom, lTo, rFrom, rTo),
        scorer.identical(lFrom, lTo, rFrom, rTo));
  }

  double score() {
    return similarity.value();
  }

  /**
   * The order proposals are accepted in: best first; among equals, the one nearest to where the
   * anchors put it; then a fixed order of positions.
   */
  static java.util.Comparator<Proposal> byPreference(Anchors anchors) {
    return (a, b) -> {
      int byScore = Double.compare(b.score(), a.score());
      if (byScore != 0) {
        return byScore;
      }
      int byPlace =
          Long.compare(
              anchors.displacement(a.lFrom, a.rFrom), anchors.displacement(b.lFrom, b.rFrom));
      return byPlace != 0 ? byPlace : byPosition(a, b);
    };
  }

  /** A fixed order of positions, for ties. */
  static int byPosition(Proposal a, Proposal b) {
    int bySum = Integer.compare(a.lFrom + a.rFrom, b.lFrom + b.rFrom);
    if (bySum != 0) {
      return bySum;
    }
    int byLeft = Integer.compare(a.lFrom, b.lFrom);
    if (byLeft != 0) {
      return byLeft;
    }
    return Integer.compare(b.lTo - b.lFrom + b.rTo - b.rFrom, a.lTo - a.lFrom + a.rTo - a.rFrom);
  }
}
