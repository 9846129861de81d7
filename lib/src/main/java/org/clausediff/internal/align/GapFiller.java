package org.clausediff.internal.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * A structure-aware threshold for paraphrases (cause 5 of issue 16). Between two consecutive links
 * of the heaviest increasing subsequence of the accepted links (the links that stay in place), the
 * units left unlinked on each side (a gap) may link to each other at a lower similarity, {@value
 * #SHARE} of the minimum (0.3 with the default 0.5), when their order agrees (the links within a
 * gap never cross) and each lies in a section, item or article that holds the units of both
 * neighbouring links: their place vouches for them, as it does not for a unit outside any such
 * parent, which keeps the strict threshold (a global 0.3 adds wrong links).
 *
 * <p>The result does not depend on which document is left: the neighbours come from the same
 * subsequence {@link ClauseAligner} marks moves with (its weights and tie-breaks are the same
 * whichever side is left), and within a gap of at most {@value #MAX_GAP} units a side the links of
 * the heaviest order-preserving matching are kept, ties broken by criteria that are the same for a
 * pair and its mirror image ({@link OrderedMatching}). Linear in the units, plus {@code O(k log k)}
 * for the subsequence of {@code k} links.
 *
 * <p>A unit still left over right next to a neighbouring link (in the same section, item or article
 * as the link's unit on its side) joins that link, making it a split or a merge, when it scores at
 * least the minimum similarity against the link's single unit on the other side: an article split
 * into two articles whose second part was reworded (see {@link Gap#extend}).
 */
final class GapFiller {
  static final double SHARE = 0.6;
  static final int MAX_GAP = 12;

  private GapFiller() {}

  /**
   * {@code accepted} with the links found in the gaps between its in-order neighbours, and with
   * neighbours extended to a unit left over next to them ({@link Gap#extend}); marks their units
   * linked. The result is in no particular order.
   */
  static List<Proposal> fill(
      UnitKeys left,
      UnitKeys right,
      KeyScorer scorer,
      double minSimilarity,
      List<Proposal> accepted,
      boolean[] leftLinked,
      boolean[] rightLinked) {
    List<Proposal> chain = inPlace(left, right, accepted);
    List<Proposal> result = new ArrayList<>(accepted);
    for (int i = 0; i + 1 < chain.size(); i++) {
      Proposal a = chain.get(i);
      Proposal b = chain.get(i + 1);
      if (a.lTo() > b.lFrom() || a.rTo() > b.rFrom()) {
        continue;
      }
      List<Integer> ps = gap(left, a.lTo(), b.lFrom(), a.lFrom(), b.lFrom(), leftLinked);
      List<Integer> qs = gap(right, a.rTo(), b.rFrom(), a.rFrom(), b.rFrom(), rightLinked);
      for (int[] pair :
          OrderedMatching.heaviest(left, right, ps, qs, scorer, SHARE * minSimilarity)) {
        int p = pair[0];
        int q = pair[1];
        leftLinked[p] = true;
        rightLinked[q] = true;
        result.add(Proposal.scored(p, p + 1, q, q + 1, scorer));
      }
      Gap gap = new Gap(left, right, scorer, minSimilarity, a, b, leftLinked, rightLinked);
      Proposal before = gap.extend(a, true);
      Proposal after = gap.extend(b, false);
      replace(result, a, before);
      replace(result, b, after);
      chain.set(i + 1, after);
    }
    return result;
  }

  private static void replace(List<Proposal> proposals, Proposal old, Proposal now) {
    if (old != now) {
      proposals.set(proposals.indexOf(old), now);
    }
  }

  /**
   * The units of one gap that are eligible and still unlinked after the matching, for extending the
   * gap's neighbouring links.
   */
  private static final class Gap {
    private final UnitKeys left;
    private final UnitKeys right;
    private final KeyScorer scorer;
    private final double minSimilarity;
    private final int lFrom;
    private final int lTo;
    private final int rFrom;
    private final int rTo;
    private final boolean[] leftLinked;
    private final boolean[] rightLinked;

    Gap(
        UnitKeys left,
        UnitKeys right,
        KeyScorer scorer,
        double minSimilarity,
        Proposal before,
        Proposal after,
        boolean[] leftLinked,
        boolean[] rightLinked) {
      this.left = left;
      this.right = right;
      this.scorer = scorer;
      this.minSimilarity = minSimilarity;
      this.lFrom = before.lTo();
      this.lTo = after.lFrom();
      this.rFrom = before.rTo();
      this.rTo = after.rFrom();
      this.leftLinked = leftLinked;
      this.rightLinked = rightLinked;
    }

    /**
     * {@code link} extended, unit by unit, to the units left over in this gap next to it ({@code
     * forward}: right after its runs; else right before them): one article split into two articles
     * whose second part was reworded, so that the parts joined score below the first part alone and
     * no split was proposed, though the second part on its own reaches the minimum similarity
     * against the unit it came from. A unit joins when it is not a responsibility note or a line of
     * a table of contents, it scores at least the minimum similarity against the single unit on the
     * link's other side, and the link is not between identical units (a unit kept verbatim was not
     * split: what follows it is new). When a unit on each side could join, the higher score wins
     * and equal scores leave the link as it is, whichever side is left.
     */
    Proposal extend(Proposal link, boolean forward) {
      Proposal current = link;
      while (!current.identical()) {
        int p = forward ? current.lTo() : current.lFrom() - 1;
        int q = forward ? current.rTo() : current.rFrom() - 1;
        double toRight =
            current.lTo() - current.lFrom() == 1
                    && joins(right, rightLinked, rFrom, rTo, q, forward ? q - 1 : q + 1)
                ? scorer.combined(current.lFrom(), current.lTo(), q, q + 1)
                : 0;
        double toLeft =
            current.rTo() - current.rFrom() == 1
                    && joins(left, leftLinked, lFrom, lTo, p, forward ? p - 1 : p + 1)
                ? scorer.combined(p, p + 1, current.rFrom(), current.rTo())
                : 0;
        if (Math.max(toRight, toLeft) < minSimilarity || toRight == toLeft) {
          return current;
        }
        int l0 = current.lFrom();
        int l1 = current.lTo();
        int r0 = current.rFrom();
        int r1 = current.rTo();
        if (toRight > toLeft) {
          rightLinked[q] = true;
          r0 = Math.min(r0, q);
          r1 = Math.max(r1, q + 1);
        } else {
          leftLinked[p] = true;
          l0 = Math.min(l0, p);
          l1 = Math.max(l1, p + 1);
        }
        current = Proposal.scored(l0, l1, r0, r1, scorer);
      }
      return current;
    }

    /**
     * Whether the unlinked unit at {@code position} of the gap {@code [from, to)} may join the link
     * of the unit at {@code neighbour}: it shares a section, item or article with it, opens one
     * when the neighbour does ({@link #startsPart}), and is no responsibility note or line of a
     * table of contents.
     */
    private static boolean joins(
        UnitKeys keys, boolean[] linked, int from, int to, int position, int neighbour) {
      if (position < from || position >= to || linked[position]) {
        return false;
      }
      Document document = keys.document();
      Unit unit = keys.units().get(position);
      Set<Integer> shared = ancestors(document, unit);
      shared.retainAll(ancestors(document, keys.units().get(neighbour)));
      return !shared.isEmpty()
          && !document.isResponsibilityNote(unit)
          && !document.isInTableOfContents(unit)
          && startsPart(keys, position) == startsPart(keys, neighbour);
    }

    /**
     * Whether the unit at {@code position} opens a section, item or article (its heading line, or
     * an article's first sentence): an article split into two articles gives two such units, but a
     * heading line and a sentence of the body after it play different parts, whatever their words.
     */
    private static boolean startsPart(UnitKeys keys, int position) {
      Document document = keys.document();
      for (Optional<Unit> up = document.parent(keys.units().get(position));
          up.isPresent();
          up = document.parent(up.get())) {
        if (up.get().kind().isStructural() && keys.positionsWithin(up.get())[0] == position) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The links of {@code accepted} on its heaviest increasing subsequence, by position: the same
   * subsequence by which {@link ClauseAligner} marks moves ({@link
   * IncreasingSubsequence#ofProposals}).
   */
  static List<Proposal> inPlace(UnitKeys left, UnitKeys right, List<Proposal> accepted) {
    int k = accepted.size();
    boolean[] on = IncreasingSubsequence.ofProposals(left, right, accepted);
    List<Proposal> chain = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (on[i]) {
        chain.add(accepted.get(i));
      }
    }
    chain.sort(Comparator.comparingInt(Proposal::lFrom));
    return chain;
  }

  /**
   * The unlinked positions of {@code [from, to)} that share a structural ancestor with the units at
   * {@code before} and at {@code after}; none when the gap is longer than {@value #MAX_GAP}.
   */
  private static List<Integer> gap(
      UnitKeys keys, int from, int to, int before, int after, boolean[] linked) {
    List<Integer> positions = new ArrayList<>();
    if (to - from > MAX_GAP) {
      return positions;
    }
    Document document = keys.document();
    Set<Integer> common = ancestors(document, keys.units().get(before));
    common.retainAll(ancestors(document, keys.units().get(after)));
    if (common.isEmpty()) {
      return positions;
    }
    for (int p = from; p < to; p++) {
      Set<Integer> own = ancestors(document, keys.units().get(p));
      own.retainAll(common);
      if (!linked[p] && !own.isEmpty()) {
        positions.add(p);
      }
    }
    return positions;
  }

  /** The indexes of the structural units that hold {@code unit}. */
  private static Set<Integer> ancestors(Document document, Unit unit) {
    Set<Integer> ancestors = new HashSet<>();
    for (Optional<Unit> up = document.parent(unit);
        up.isPresent();
        up = document.parent(up.get())) {
      if (up.get().kind().isStructural()) {
        ancestors.add(up.get().index());
      }
    }
    return ancestors;
  }
}
