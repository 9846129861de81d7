package org.clausediff.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausediff.collate.Collation;
import org.clausediff.compare.Op;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/** The short labels the collation reports share: version letters, cells, unit descriptions. */
final class CollationLabels {
  private CollationLabels() {}

  /** The letter of version {@code v}: A, B, …, Z, then V27, V28, …. */
  static String letter(int v) {
    return v < 26 ? String.valueOf((char) ('A' + v)) : "V" + (v + 1);
  }

  /** The letters of the versions present, e.g. {@code A B}. */
  static String letters(List<Optional<Unit>> units) {
    StringBuilder out = new StringBuilder();
    for (int v = 0; v < units.size(); v++) {
      if (units.get(v).isPresent()) {
        out.append(out.length() == 0 ? "" : " ").append(letter(v));
      }
    }
    return out.toString();
  }

  /** A cell in a few characters: {@code =}, {@code ~0.83}, {@code >0.91}, {@code ·}; / split. */
  static String cell(Collation.Cell cell) {
    String shape =
        cell.op().map(op -> op == Op.SPLIT ? "/" : op == Op.MERGED ? "\\" : "").orElse("");
    switch (cell.status()) {
      case KEPT:
        return "=" + shape;
      case MODIFIED:
        return String.format(Locale.ROOT, "~%.2f%s", cell.similarity().getAsDouble(), shape);
      case MOVED:
        return String.format(Locale.ROOT, ">%.2f%s", cell.similarity().getAsDouble(), shape);
      case ABSENT:
        return "·";
    }
    throw new AssertionError(cell);
  }

  /**
   * Counts the cells of version {@code v} by status (kept, modified, moved, absent), over the rows
   * of structural units or over the others.
   */
  static int[] statusCounts(Collation collation, int v, boolean structural) {
    int[] counts = new int[Collation.Status.values().length];
    for (Collation.Row row : collation.matrix()) {
      if (row.unit().kind().isStructural() == structural) {
        counts[row.cells().get(v).status().ordinal()]++;
      }
    }
    return counts;
  }

  /** Two spaces per enclosing structural unit. */
  static String indent(Document document, Unit unit) {
    long depth =
        document.ancestors(unit).stream().filter(u -> u.kind().isStructural()).count()
            + (unit.kind().isStructural() ? 0 : 1);
    return "  ".repeat((int) depth);
  }

  /** A structural unit's label and title; otherwise its kind and a snippet of its text. */
  static String describe(Document document, Unit unit, int max) {
    if (unit.kind().isStructural()) {
      return unit.kind().id() + " " + title(unit);
    }
    return unit.kind().id() + " " + PrintableText.snippet(document.source(), unit.span(), max);
  }

  /** The heading's label and title, printable, e.g. {@code （四）着力提高行政审批服务效能}. */
  static String title(Unit unit) {
    return PrintableText.collapsed(unit.label() + unit.title());
  }

  /** The section path of a structural unit, or of the unit holding another, printable. */
  static String path(Document document, Unit unit) {
    String path = PrintableText.collapsed(document.sectionPath(unit));
    return path.isEmpty() ? "(before the first heading)" : path;
  }
}
