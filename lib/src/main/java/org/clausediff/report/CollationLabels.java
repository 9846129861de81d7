package org.clausediff.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
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
    switch (status(cell)) {
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

  /** How the matrix reports a cell: the verdict, with a moved counterpart told apart. */
  enum Status {
    KEPT,
    MODIFIED,
    MOVED,
    ABSENT;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Kept (identical, in order), modified (in order), moved (identical or not) or absent. */
  static Status status(Collation.Cell cell) {
    if (cell.link().isEmpty()) {
      return Status.ABSENT;
    }
    if (cell.moved()) {
      return Status.MOVED;
    }
    return cell.verdict() == Collation.Verdict.KEPT ? Status.KEPT : Status.MODIFIED;
  }

  /**
   * Counts the cells of version {@code v} by status (kept, modified, moved, absent), over the rows
   * of structural units or over the others.
   */
  static int[] statusCounts(Collation.AgainstOriginal collation, int v, boolean structural) {
    int[] counts = new int[Status.values().length];
    for (Collation.Row row : collation.matrix()) {
      if (row.unit().kind().isStructural() == structural) {
        counts[status(row.cells().get(v)).ordinal()]++;
      }
    }
    return counts;
  }

  /** A verdict with its similarity when reworded: {@code kept}, {@code reworded 0.83}. */
  static String verdict(Collation.Verdict verdict, OptionalDouble similarity) {
    return verdict == Collation.Verdict.REWORDED && similarity.isPresent()
        ? String.format(Locale.ROOT, "reworded %.2f", similarity.getAsDouble())
        : verdict.id();
  }

  /** A share as a whole percentage, e.g. {@code 93%}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%d%%", Math.round(100 * share));
  }

  /**
   * Short names for the versions: each file name without its extension, cut at {@code -}, {@code
   * _}, {@code .} or a space to the fewest leading words that tell it from the others ({@code
   * qinghai}, {@code henan} for {@code qinghai-2017-….txt}, {@code henan-2017-….txt}); the whole
   * name where no prefix does, and the letter for names that are the same.
   */
  static List<String> shortNames(List<Document> versions) {
    List<String[]> words = new ArrayList<>();
    List<String> bases = new ArrayList<>();
    for (Document version : versions) {
      String name = version.name();
      int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
      String base = name.substring(slash + 1);
      int dot = base.lastIndexOf('.');
      base = dot > 0 ? base.substring(0, dot) : base;
      bases.add(base);
      words.add(base.split("(?<=[-_. ])", -1));
    }
    List<String> names = new ArrayList<>();
    for (int v = 0; v < versions.size(); v++) {
      String chosen = bases.get(v);
      for (int w = 1; w <= words.get(v).length; w++) {
        String prefix = String.join("", java.util.Arrays.copyOf(words.get(v), w));
        int vv = v;
        boolean unique =
            java.util.stream.IntStream.range(0, versions.size())
                .filter(o -> o != vv)
                .noneMatch(o -> bases.get(o).startsWith(prefix));
        if (unique) {
          chosen = prefix.replaceAll("[-_. ]+$", "");
          break;
        }
      }
      names.add(chosen);
    }
    for (int v = 0; v < names.size(); v++) {
      if (java.util.Collections.frequency(names, names.get(v)) > 1 || names.get(v).isEmpty()) {
        names.set(v, letter(v));
      }
    }
    return names;
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
