package org.clausediff.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Op;
import org.clausediff.report.ComparisonTable.Note;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * The links of the aligned level by unit, and the marks they give a cell: the changed spans of a
 * link whose counterpart is in the same row, the whole unit otherwise.
 */
final class TableMarks {
  private final Map<Integer, Correspondence> leftLinks = new HashMap<>();
  private final Map<Integer, Correspondence> rightLinks = new HashMap<>();

  TableMarks(Comparison comparison) {
    for (Correspondence c : comparison.alignments()) {
      if (!c.level().isStructural()) {
        c.link().leftUnits().forEach(u -> leftLinks.put(u.index(), c));
        c.link().rightUnits().forEach(u -> rightLinks.put(u.index(), c));
      }
    }
  }

  Optional<Correspondence> left(Unit unit) {
    return Optional.ofNullable(leftLinks.get(unit.index()));
  }

  Optional<Correspondence> right(Unit unit) {
    return Optional.ofNullable(rightLinks.get(unit.index()));
  }

  /**
   * Fills the two cells of a row from its units of the aligned level, and tells whether every unit
   * is linked, identically, to a unit of the same row.
   */
  boolean fill(
      Comparison comparison,
      List<Unit> leftUnits,
      List<Unit> rightUnits,
      TableCell leftCell,
      TableCell rightCell) {
    Set<Integer> lefts = leftUnits.stream().map(Unit::index).collect(Collectors.toSet());
    Set<Integer> rights = rightUnits.stream().map(Unit::index).collect(Collectors.toSet());
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    boolean unchanged = true;
    for (Unit unit : leftUnits) {
      Optional<Correspondence> c = left(unit);
      boolean inRow = c.isPresent() && rights.contains(c.get().link().firstRight().index());
      unchanged &= inRow && c.get().op() == Op.EQUAL;
      leftCell.unit(
          unit, inRow ? ComparisonParts.changedSpans(c.get(), true) : List.of(unit.span()), left);
    }
    for (Unit unit : rightUnits) {
      Optional<Correspondence> c = right(unit);
      boolean inRow = c.isPresent() && lefts.contains(c.get().link().firstLeft().index());
      unchanged &= inRow && c.get().op() == Op.EQUAL;
      rightCell.unit(
          unit, inRow ? ComparisonParts.changedSpans(c.get(), false) : List.of(unit.span()), right);
    }
    return unchanged;
  }

  /** The note of a row without numbered units: by its content. */
  static Note noteByContent(List<Unit> left, List<Unit> right, boolean unchanged) {
    if (right.isEmpty()) {
      return Note.DELETED;
    }
    if (left.isEmpty()) {
      return Note.ADDED;
    }
    return unchanged ? Note.UNCHANGED : Note.MODIFIED;
  }
}
