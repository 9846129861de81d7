package org.clausediff.internal.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Document;

/**
 * The filter on accepted links for responsibility notes and tables of contents, applied by {@link
 * ClauseAligner} after the fuzzy links and again after the gap links (so that a note linked in a
 * gap needs an anchor too).
 */
final class AnchoredNotes {
  private AnchoredNotes() {}

  /**
   * Keeps a link between two responsibility notes ({@code （省发展改革委负责）}) only when the units right
   * before them are linked to each other, or when the two notes are equal and each occurs once in
   * its document: a note names who carries out the measure before it, and a common note recurs
   * after many measures, so two equal notes after unrelated measures do not correspond; a note
   * found once on each side is specific enough to stand on its own (its measure may have been
   * deleted or rewritten). Notes whose links are dropped are deleted and added. Likewise a line of
   * a table of contents (目录) links only to a line of the other's ({@link
   * Document#isInTableOfContents}). {@code accepted} is sorted by left position; the result is too.
   */
  static List<Proposal> keep(
      UnitKeys l,
      UnitKeys r,
      List<Proposal> accepted,
      boolean[] leftLinked,
      boolean[] rightLinked) {
    Document left = l.document();
    Document right = r.document();
    int[] proposalOfLeft = new int[l.size()];
    Arrays.fill(proposalOfLeft, -1);
    for (int i = 0; i < accepted.size(); i++) {
      Proposal proposal = accepted.get(i);
      Arrays.fill(proposalOfLeft, proposal.lFrom(), proposal.lTo(), i);
    }
    Map<Long, Integer> noteCounts = new HashMap<>();
    for (int p = 0; p < l.size(); p++) {
      if (left.isResponsibilityNote(l.units().get(p))) {
        noteCounts.merge(l.hash(p), 1, Integer::sum);
      }
    }
    for (int q = 0; q < r.size(); q++) {
      if (right.isResponsibilityNote(r.units().get(q))) {
        noteCounts.merge(r.hash(q) ^ RIGHT_SALT, 1, Integer::sum);
      }
    }
    List<Proposal> kept = new ArrayList<>(accepted.size());
    for (Proposal proposal : accepted) {
      int p = proposal.lFrom();
      int q = proposal.rFrom();
      if (left.isInTableOfContents(l.units().get(p))
          != right.isInTableOfContents(r.units().get(q))) {
        // A line of a table of contents is no chapter heading: it links to its like only.
        Arrays.fill(leftLinked, proposal.lFrom(), proposal.lTo(), false);
        Arrays.fill(rightLinked, proposal.rFrom(), proposal.rTo(), false);
        continue;
      }
      boolean notes =
          proposal.lTo() == p + 1
              && proposal.rTo() == q + 1
              && left.isResponsibilityNote(l.units().get(p))
              && right.isResponsibilityNote(r.units().get(q));
      if (notes) {
        boolean anchored;
        if (p == 0 || q == 0) {
          anchored = p == 0 && q == 0;
        } else {
          int before = proposalOfLeft[p - 1];
          anchored =
              before >= 0
                  && accepted.get(before).rFrom() <= q - 1
                  && q - 1 < accepted.get(before).rTo();
        }
        boolean unique =
            l.sameKey(p, r, q)
                && noteCounts.get(l.hash(p)) == 1
                && noteCounts.get(r.hash(q) ^ RIGHT_SALT) == 1;
        if (!anchored && !unique) {
          leftLinked[p] = false;
          rightLinked[q] = false;
          continue;
        }
      }
      kept.add(proposal);
    }
    return kept;
  }

  /** Keeps the two sides' note hashes apart in one map. */
  private static final long RIGHT_SALT = 0x9E3779B97F4A7C15L;
}
