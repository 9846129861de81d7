package org.clausediff.internal.collate;

import java.util.Comparator;
import java.util.List;
import org.clausediff.collate.Collation;

/** The order in which a collation lists additions. */
final class Additions {
  private Additions() {}

  /**
   * Sorts {@code additions} in place: by the first version that has each, then by where its unit
   * starts there, then by kind (a section before a sentence at the same place).
   */
  static void sort(List<Collation.Addition> additions) {
    additions.sort(
        Comparator.comparingInt(Collation.Addition::firstVersion)
            .thenComparingInt(a -> a.firstUnit().span().start())
            .thenComparing(a -> a.firstUnit().kind()));
  }
}
