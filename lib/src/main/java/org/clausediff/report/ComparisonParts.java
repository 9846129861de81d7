package org.clausediff.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Edit;
import org.clausediff.compare.Link;
import org.clausediff.segment.Unit;
import org.clausediff.text.Span;

/**
 * The parts of a {@link Comparison} that the reports show apart: links and unlinked units of the
 * aligned level (sentences by default), and those of the structure (sections, items, sub-items).
 * Each list keeps the order of the comparison's lists.
 */
final class ComparisonParts {
  private ComparisonParts() {}

  /** The links between units of the aligned level. */
  static List<Link> levelLinks(Comparison comparison) {
    return links(comparison, false);
  }

  /** The links between structural units. */
  static List<Link> structuralLinks(Comparison comparison) {
    return links(comparison, true);
  }

  private static List<Link> links(Comparison comparison, boolean structural) {
    return comparison.alignments().stream()
        .filter(c -> c.level().isStructural() == structural)
        .map(Correspondence::link)
        .toList();
  }

  /** The left units of the aligned level without a link. */
  static List<Unit> deletedUnits(Comparison comparison) {
    return units(comparison.deleted(), false);
  }

  /** The right units of the aligned level without a link. */
  static List<Unit> addedUnits(Comparison comparison) {
    return units(comparison.added(), false);
  }

  /** The left structural units deleted as a whole. */
  static List<Unit> deletedStructure(Comparison comparison) {
    return units(comparison.deleted(), true);
  }

  /** The right structural units added as a whole. */
  static List<Unit> addedStructure(Comparison comparison) {
    return units(comparison.added(), true);
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

  /**
   * The spans of one side of a link that its character diff changes (deleted on the left, inserted
   * on the right), the empty ones left out, in the diff's order.
   */
  static List<Span> changedSpans(Correspondence correspondence, boolean left) {
    List<Span> spans = new ArrayList<>();
    for (Edit edit : correspondence.diff().changes()) {
      Span span = left ? edit.left() : edit.right();
      if (!span.isEmpty()) {
        spans.add(span);
      }
    }
    return spans;
  }

  private static List<Unit> units(List<Unit> units, boolean structural) {
    return units.stream().filter(u -> u.kind().isStructural() == structural).toList();
  }
}
