package org.clausediff.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Link;
import org.clausediff.compare.Op;
import org.clausediff.report.ComparisonTable.Note;
import org.clausediff.report.ComparisonTable.Row;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;

/**
 * The rows of a {@link ComparisonTable} whose documents share a numbered level: one row per block
 * of an {@link Outline} limited to that level, with its notes, renumbering and similarity.
 */
final class TableStructureRows {
  private final Comparison comparison;
  private final Outline outline;
  private final TableMarks marks;
  private final UnitKind level;

  TableStructureRows(Comparison comparison, UnitKind level) {
    this.comparison = comparison;
    this.level = level;
    this.outline = Outline.of(comparison, level);
    this.marks = new TableMarks(comparison);
  }

  List<Row> rows() {
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    List<Row> rows = new ArrayList<>();
    for (Outline.Block block : outline.blocks()) {
      List<Unit> leftText = block.leftText();
      List<Unit> rightText = block.rightText();
      if (block.kind() == Outline.BlockKind.PREAMBLE && leftText.isEmpty() && rightText.isEmpty()) {
        continue;
      }
      TableMarks.Cells cells = marks.cells(leftText, rightText);
      boolean unchanged = cells.unchanged();
      Set<Note> notes = new TreeSet<>();
      Optional<String> renumbering = BlockLabels.renumbering(block);
      OptionalDouble similarity = OptionalDouble.empty();
      if (block.left().isEmpty() && block.right().isEmpty()) {
        notes.add(TableMarks.noteByContent(leftText, rightText, unchanged));
      } else if (block.right().isEmpty()) {
        notes.add(Note.DELETED);
      } else if (block.left().isEmpty()) {
        notes.add(Note.ADDED);
      } else {
        Link link = block.link().orElseThrow();
        if (Stream.concat(block.left().stream(), block.right().stream())
            .allMatch(u -> u.kind().compareTo(level) >= 0)) {
          // A unit above the row level has rows of its own; the link scores all of it.
          similarity = OptionalDouble.of(link.similarity().value());
        }
        notes.add(unchanged ? Note.UNCHANGED : Note.MODIFIED);
        if (link.op() == Op.MOVED || link.moved()) {
          notes.add(Note.MOVED);
        }
        if (link.op() == Op.SPLIT) {
          notes.add(Note.SPLIT);
        } else if (link.op() == Op.MERGED) {
          notes.add(Note.MERGED);
        }
        if (renumbering.isPresent()) {
          notes.add(Note.RENUMBERED);
        }
        if (notes.size() > 1) {
          notes.remove(Note.UNCHANGED);
        }
      }
      rows.add(
          new Row(
              heading(left, block.left()),
              heading(right, block.right()),
              cells.left(),
              cells.right(),
              List.copyOf(notes),
              renumbering,
              similarity));
    }
    return rows;
  }

  private static Optional<String> heading(Document document, List<Unit> units) {
    String path = BlockLabels.path(document, units);
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }
}
