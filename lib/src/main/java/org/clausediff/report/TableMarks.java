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
 * The cells of the rows of a {@link ComparisonTable}, from the links of the aligned level by unit:
 * a unit linked to a unit of the same row is marked where its character diff changes it, any other
 * unit is marked whole (deleted in the old cell, inserted in the new).
 */
final class TableMarks {
  private final Comparison comparison;
  private final Map<Integer, Correspondence> leftLinks = new HashMap<>();
  private final Map<Integer, Correspondence> rightLinks = new HashMap<>();

  TableMarks(Comparison comparison) {
    this.comparison = comparison;
    for (Correspondence c : comparison.alignments()) {
      if (!c.level().isStructural()) {
        c.link().leftUnits().forEach(u -> leftLinks.put(u.index(), c));
        c.link().rightUnits().forEach(u -> rightLinks.put(u.index(), c));
      }
    }
  }

  private Optional<Correspondence> left(Unit unit) {
    return Optional.ofNullable(leftLinks.get(unit.index()));
  }

  private Optional<Correspondence> right(Unit unit) {
    return Optional.ofNullable(rightLinks.get(unit.index()));
  }

  /**
   * The two cells of a row, and whether every unit of the row is linked, identically, to a unit of
   * the same row.
   *
   * @param left the old cell's pieces
   * @param right the new cell's pieces
   * @param unchanged whether the row's text is unchanged
   */
  record Cells(
      List<ComparisonTable.Piece> left, List<ComparisonTable.Piece> right, boolean unchanged) {}

  /**
   * The cells of a row whose units of the aligned level are {@code leftUnits}, {@code rightUnits}.
   */
  Cells cells(List<Unit> leftUnits, List<Unit> rightUnits) {
    Set<Integer> lefts = leftUnits.stream().map(Unit::index).collect(Collectors.toSet());
    Set<Integer> rights = rightUnits.stream().map(Unit::index).collect(Collectors.toSet());
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    TableCell leftCell = new TableCell(left.source());
    TableCell rightCell = new TableCell(right.source());
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
    return new Cells(leftCell.pieces(), rightCell.pieces(), unchanged);
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
