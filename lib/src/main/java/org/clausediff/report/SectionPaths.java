package org.clausediff.report;

import java.util.Arrays;
import java.util.Optional;
import org.clausediff.segment.Document;
import org.clausediff.segment.Heading;
import org.clausediff.segment.Unit;

/**
 * The section paths of the units of a document as reports show them: {@link Document#sectionPath},
 * {@link PrintableText#collapsed collapsed}. The path of each numbered unit is built once, from the
 * path of the numbered unit around it, so that a report naming the paths of many units does not
 * walk the ancestors of each and collapse the same headings again. Immutable once built.
 */
final class SectionPaths {
  private final Document document;

  /** By unit index: the path of each numbered unit, as built and as shown. */
  private final String[] paths;

  private final String[] shown;

  SectionPaths(Document document) {
    this.document = document;
    int n = document.units().size();
    this.paths = new String[n];
    this.shown = new String[n];
    Arrays.fill(paths, "");
    Arrays.fill(shown, "");
    // Pre-order: the numbered unit around a unit comes before it.
    for (Unit unit : document.units()) {
      if (unit.heading().isPresent()) {
        String text = unit.heading().map(Heading::text).orElseThrow();
        Optional<Unit> around = numbered(document.parent(unit));
        String path = around.isEmpty() ? text : paths[around.get().index()] + " › " + text;
        paths[unit.index()] = path;
        shown[unit.index()] = PrintableText.collapsed(path);
      }
    }
  }

  /** The section path of {@code unit} (a unit of this document), collapsed; empty outside all. */
  String of(Unit unit) {
    return numbered(Optional.of(unit)).map(u -> shown[u.index()]).orElse("");
  }

  /** {@code unit} if it is numbered, else the innermost numbered unit around it, if any. */
  private Optional<Unit> numbered(Optional<Unit> unit) {
    Optional<Unit> at = unit;
    while (at.isPresent() && at.get().heading().isEmpty()) {
      at = document.parent(at.get());
    }
    return at;
  }
}
