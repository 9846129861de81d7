package org.clausediff.internal.align;

import org.clausediff.compare.DocumentSimilarity;
import org.clausediff.compare.Link;
import org.clausediff.compare.Measure;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Unit;

/**
 * The similarity of two whole documents from their alignment ({@link Measure#ALIGNED_EDIT}): twice
 * the key tokens their links have in common (by each link's edit similarity) over the key tokens of
 * both, with the share of each document that is linked and the share of the linked content that is
 * in place.
 */
public final class AlignedSimilarity {
  private AlignedSimilarity() {}

  /** The document similarity of the two documents {@code alignment} aligns. */
  public static DocumentSimilarity of(Alignment alignment) {
    UnitKeys l = alignment.keys().left();
    UnitKeys r = alignment.keys().right();
    long totalLeft = 0;
    for (int p = 0; p < l.size(); p++) {
      totalLeft += l.keyLength(p);
    }
    long totalRight = 0;
    for (int q = 0; q < r.size(); q++) {
      totalRight += r.keyLength(q);
    }
    long common = 0;
    long linkedLeft = 0;
    long linkedRight = 0;
    long inPlace = 0;
    for (Link link : alignment.links()) {
      long m = 0;
      for (Unit unit : link.leftUnits()) {
        m += l.keyLength(l.positionOf(unit));
      }
      long n = 0;
      for (Unit unit : link.rightUnits()) {
        n += r.keyLength(r.positionOf(unit));
      }
      long lcs =
          link.identical()
              ? m
              : Math.min(
                  Math.min(m, n),
                  Math.round(link.similarity().parts().get(Measure.EDIT) * (m + n) / 2));
      common += lcs;
      linkedLeft += m;
      linkedRight += n;
      if (!link.moved()) {
        inPlace += m + n;
      }
    }
    long total = totalLeft + totalRight;
    return new DocumentSimilarity(
        total == 0 ? 1.0 : 2.0 * common / total,
        Measure.ALIGNED_EDIT,
        share(linkedLeft, totalLeft),
        share(linkedRight, totalRight),
        share(inPlace, linkedLeft + linkedRight));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}
