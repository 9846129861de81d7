package org.clausediff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Link;
import org.clausediff.compare.Op;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * The rows of the side-by-side reports of a comparison, in the order of the right document: one per
 * link of the aligned level and per deleted or added unit, plus a placeholder where each moved unit
 * stood in the left document. A deleted unit, or a placeholder, goes after the right side of the
 * nearest link in place before it in the left document.
 */
final class CompareRows {
  private CompareRows() {}

  /** A row of the table: a link, a deleted or added unit, or where a moved unit stood. */
  record Row(
      int position,
      int order,
      int leftStart,
      Optional<Correspondence> link,
      Unit unit,
      Kind kind) {}

  enum Kind {
    LINK,
    DELETED,
    ADDED,
    GHOST
  }

  /** The rows in the order of the right document; see the class description. */
  static List<Row> of(Comparison comparison) {
    List<Row> rows = new ArrayList<>();
    List<Correspondence> levelLinks = new ArrayList<>();
    for (Correspondence c : comparison.alignments()) {
      if (c.level().isStructural()) {
        continue;
      }
      levelLinks.add(c);
      Unit first = c.link().firstRight();
      rows.add(
          new Row(
              first.span().start(),
              1,
              c.link().firstLeft().span().start(),
              Optional.of(c),
              first,
              Kind.LINK));
    }
    for (Unit unit : ComparisonParts.addedUnits(comparison)) {
      rows.add(new Row(unit.span().start(), 1, -1, Optional.empty(), unit, Kind.ADDED));
    }
    // Deleted units and the places moved units left go after the nearest link in place before them.
    List<Correspondence> inPlace =
        levelLinks.stream()
            .filter(c -> !c.link().moved())
            .sorted(Comparator.comparingInt(c -> c.link().firstLeft().span().start()))
            .toList();
    for (Unit unit : ComparisonParts.deletedUnits(comparison)) {
      rows.add(
          new Row(
              anchor(inPlace, unit.span().start()),
              0,
              unit.span().start(),
              Optional.empty(),
              unit,
              Kind.DELETED));
    }
    for (Correspondence c : levelLinks) {
      if (c.op() == Op.MOVED || c.link().moved()) {
        Unit first = c.link().firstLeft();
        rows.add(
            new Row(
                anchor(inPlace, first.span().start()),
                0,
                first.span().start(),
                Optional.of(c),
                first,
                Kind.GHOST));
      }
    }
    rows.sort(
        Comparator.comparingInt(Row::position)
            .thenComparingInt(Row::order)
            .thenComparingInt(Row::leftStart));
    return rows;
  }

  /** The end of the right side of the last link in place that starts before {@code leftStart}. */
  private static int anchor(List<Correspondence> inPlace, int leftStart) {
    int low = 0;
    int high = inPlace.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (inPlace.get(mid).link().firstLeft().span().start() < leftStart) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    if (low == 0) {
      return 0;
    }
    List<Unit> rights = inPlace.get(low - 1).link().rightUnits();
    return rights.get(rights.size() - 1).span().end();
  }

  /** The right unit whose section a row is shown under. */
  static Optional<Unit> context(Comparison comparison, Row row) {
    if (row.kind() == Kind.LINK || row.kind() == Kind.ADDED) {
      return Optional.of(row.unit());
    }
    // A deleted unit or a ghost sits after some right unit: the last one that ends at or before
    // its position (binary search over the units, which are in document order).
    List<Unit> units = comparison.right().document().units(comparison.options().level());
    int low = 0;
    int high = units.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (units.get(mid).span().end() <= row.position()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low == 0 ? Optional.empty() : Optional.of(units.get(low - 1));
  }

  /**
   * The structural links of a comparison by the {@link Unit#index() index} of each of their right
   * units.
   */
  static Map<Integer, Link> structuralByRight(Comparison comparison) {
    Map<Integer, Link> structural = new HashMap<>();
    for (Link link : ComparisonParts.structuralLinks(comparison)) {
      link.rightUnits().forEach(u -> structural.put(u.index(), link));
    }
    return structural;
  }

  /**
   * Where the innermost section or item around {@code context} (a right unit) came from: {@code "←
   * <left section path> (<op> <similarity>)"} when it is linked, {@code "(added)"} when it is not;
   * empty when {@code context} is under no heading.
   *
   * @param structural the structural links by right unit, from {@link #structuralByRight}
   */
  static Optional<String> leftSection(
      Comparison comparison, Map<Integer, Link> structural, Unit context) {
    Document left = comparison.left().document();
    List<Unit> ancestors = comparison.right().document().ancestors(context);
    for (int i = ancestors.size() - 1; i >= 0; i--) {
      Link link = structural.get(ancestors.get(i).index());
      if (link != null) {
        return Optional.of(
            "← "
                + PrintableText.collapsed(left.sectionPath(link.firstLeft()))
                + String.format(
                    Locale.ROOT,
                    " (%s %.2f)",
                    link.op().name().toLowerCase(Locale.ROOT),
                    link.similarity().value()));
      }
      if (ancestors.get(i).kind().isStructural()) {
        return Optional.of("(added)");
      }
    }
    return Optional.empty();
  }

  /**
   * The document similarity line: {@code format} receives the similarity, the measure's id, and the
   * linked shares of the left, of the right and in place, in percent.
   */
  static String similarity(Comparison comparison, String format) {
    return String.format(
        Locale.ROOT,
        format,
        comparison.similarity().value(),
        comparison.similarity().measure().id(),
        100 * comparison.similarity().leftCoverage(),
        100 * comparison.similarity().rightCoverage(),
        100 * comparison.similarity().inPlace());
  }
}
