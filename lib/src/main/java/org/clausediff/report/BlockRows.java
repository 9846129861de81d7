package org.clausediff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Link;
import org.clausediff.report.Outline.Row;
import org.clausediff.report.Outline.RowKind;
import org.clausediff.segment.Unit;

/**
 * The rows of one block of an {@link Outline} while it is built: each row placed where it goes — a
 * link and an added unit at the start of their right units, a deleted unit and a placeholder
 * ({@link RowKind#GHOST}) after the link in place that precedes them on the left — then put in
 * order, units without counterpart at the same place joined into one row.
 */
final class BlockRows {
  /**
   * A row and where it goes: right rows at the start of their right unit ({@code order} 1),
   * left-only rows after the right end of the link in place before them ({@code order} 0).
   */
  private record Placed(
      boolean first, int position, int order, int leftStart, Row row, Optional<Unit> deleted) {}

  private final List<Placed> placed = new ArrayList<>();

  /** A link of the aligned level whose first right unit is in this block. */
  void link(Correspondence c, boolean crossing) {
    Link link = c.link();
    placed.add(
        new Placed(
            false,
            link.firstRight().span().start(),
            1,
            link.firstLeft().span().start(),
            new Row(RowKind.LINK, Optional.of(c), link.leftUnits(), link.rightUnits(), crossing),
            Optional.empty()));
  }

  /** A right unit of the aligned level without counterpart. */
  void added(Unit unit) {
    placed.add(
        new Placed(
            false,
            unit.span().start(),
            1,
            0,
            new Row(RowKind.UNLINKED, Optional.empty(), List.of(), List.of(unit), false),
            Optional.empty()));
  }

  /**
   * A left unit of the aligned level without counterpart; {@code inPlace} are the block's links in
   * place, by left start.
   */
  void deleted(List<Correspondence> inPlace, Unit unit) {
    placed.add(
        leftOnly(
            inPlace,
            unit,
            new Row(RowKind.UNLINKED, Optional.empty(), List.of(unit), List.of(), false)));
  }

  /**
   * Where {@code units}, left units of {@code c} shown in another block or out of order, stood;
   * {@code inPlace} are the block's links in place, by left start.
   */
  void ghost(List<Correspondence> inPlace, Correspondence c, List<Unit> units) {
    placed.add(
        leftOnly(
            inPlace,
            units.get(0),
            new Row(RowKind.GHOST, Optional.of(c), List.copyOf(units), List.of(), true)));
  }

  /** A left-only row placed after the link in place of its block that precedes it. */
  private static Placed leftOnly(List<Correspondence> inPlace, Unit unit, Row row) {
    int low = 0;
    int high = inPlace.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (inPlace.get(mid).link().firstLeft().span().start() < unit.span().start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    if (low == 0) {
      return new Placed(true, 0, 0, unit.span().start(), row, Optional.of(unit));
    }
    List<Unit> rights = inPlace.get(low - 1).link().rightUnits();
    return new Placed(
        false,
        rights.get(rights.size() - 1).span().end(),
        0,
        unit.span().start(),
        row,
        Optional.of(unit));
  }

  /** The rows in order, with neighbouring unlinked units joined into one row. */
  List<Row> ordered() {
    List<Placed> inOrder = new ArrayList<>(placed);
    inOrder.sort(
        Comparator.comparing((Placed p) -> !p.first())
            .thenComparingInt(Placed::position)
            .thenComparingInt(Placed::order)
            .thenComparingInt(Placed::leftStart));
    List<Row> rows = new ArrayList<>();
    List<Unit> deleted = new ArrayList<>();
    List<Unit> added = new ArrayList<>();
    for (Placed p : inOrder) {
      Row row = p.row();
      if (row.kind() == RowKind.UNLINKED) {
        deleted.addAll(row.left());
        added.addAll(row.right());
        continue;
      }
      flush(deleted, added, rows);
      rows.add(row);
    }
    flush(deleted, added, rows);
    return List.copyOf(rows);
  }

  private static void flush(List<Unit> deleted, List<Unit> added, List<Row> rows) {
    if (deleted.isEmpty() && added.isEmpty()) {
      return;
    }
    rows.add(
        new Row(
            RowKind.UNLINKED, Optional.empty(), List.copyOf(deleted), List.copyOf(added), false));
    deleted.clear();
    added.clear();
  }
}
