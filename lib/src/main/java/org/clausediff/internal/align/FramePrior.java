package org.clausediff.internal.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * A positional prior for the opening and the closing lines of two documents (cause 8 of issue 16):
 * the addressee ({@code 各市、自治州人民政府，省政府各委、办、厅、局：} against {@code 各省辖市、省直管县（市）人民政府，省人民政府各部门：}) and
 * the closing formula are paraphrased and unnumbered, so no anchor vouches for them, but their
 * place does: the first unit of one document corresponds to the first of the other, the last to the
 * last. When both are still unlinked and score at least {@value #SHARE} of the minimum similarity
 * (0.3 with the default 0.5), they are linked.
 */
final class FramePrior {
  static final double SHARE = 0.6;

  private FramePrior() {}

  /** The links of the first units and of the last units, where the prior applies. */
  static List<Proposal> links(
      UnitKeys left,
      UnitKeys right,
      KeyScorer scorer,
      double minSimilarity,
      boolean[] leftLinked,
      boolean[] rightLinked) {
    List<Proposal> links = new ArrayList<>(2);
    int n = left.size();
    int m = right.size();
    if (n == 0 || m == 0) {
      return links;
    }
    add(links, 0, 0, left, right, scorer, minSimilarity, leftLinked, rightLinked);
    if (n > 1 && m > 1) {
      add(links, n - 1, m - 1, left, right, scorer, minSimilarity, leftLinked, rightLinked);
    }
    return links;
  }

  private static boolean inStructure(Document document, Unit unit) {
    for (Optional<Unit> up = document.parent(unit);
        up.isPresent();
        up = document.parent(up.get())) {
      if (up.get().kind().isStructural()) {
        return true;
      }
    }
    return false;
  }

  private static void add(
      List<Proposal> links,
      int p,
      int q,
      UnitKeys left,
      UnitKeys right,
      KeyScorer scorer,
      double minSimilarity,
      boolean[] leftLinked,
      boolean[] rightLinked) {
    if (leftLinked[p]
        || rightLinked[q]
        || left.document().isResponsibilityNote(left.units().get(p))
        || right.document().isResponsibilityNote(right.units().get(q))
        || inStructure(left.document(), left.units().get(p))
        || inStructure(right.document(), right.units().get(q))
        || scorer.combined(p, p + 1, q, q + 1) < SHARE * minSimilarity) {
      return;
    }
    leftLinked[p] = true;
    rightLinked[q] = true;
    links.add(Proposal.scored(p, p + 1, q, q + 1, scorer));
  }
}
