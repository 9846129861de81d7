package org.clausediff.report;

import java.util.Arrays;
import org.clausediff.segment.Document;
import org.clausediff.segment.Heading;
import org.clausediff.segment.Unit;

/**
 * The section paths of every unit of a document as reports show them: {@link Document#sectionPath},
 * {@link PrintableText#collapsed collapsed}. Built in one walk of the units, each unit's path from
 * its parent's, so that a report naming the paths of many units does not walk the ancestors of
 * each. Immutable once built.
 */
final class SectionPaths {
  private final String[] shown;

  SectionPaths(Document document) {
    int n = document.units().size();
    String[] path = new String[n];
    String[] shown = new String[n];
    int[] headings = new int[n];
    Arrays.fill(path, "");
    Arrays.fill(shown, "");
    // Pre-order: a unit's path is final before its children's are derived from it.
    for (Unit unit : document.units()) {
      int u = unit.index();
      if (unit.heading().isPresent()) {
        String text = unit.heading().map(Heading::text).orElseThrow();
        path[u] = headings[u] == 0 ? text : path[u] + " › " + text;
        shown[u] = PrintableText.collapsed(path[u]);
        headings[u]++;
      }
      for (Unit child : unit.children()) {
        path[child.index()] = path[u];
        shown[child.index()] = shown[u];
        headings[child.index()] = headings[u];
      }
    }
    this.shown = shown;
  }

  /** The section path of {@code unit} (a unit of this document), collapsed; empty outside all. */
  String of(Unit unit) {
    return shown[unit.index()];
  }
}
