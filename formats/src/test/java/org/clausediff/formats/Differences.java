package org.clausediff.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Op;
import org.clausediff.segment.Unit;
import org.clausediff.text.SourceText;

/** The differences of a comparison, one line each, for assertions that name them. */
final class Differences {
  private Differences() {}

  static List<String> of(Comparison comparison) {
    SourceText left = comparison.left().document().source();
    SourceText right = comparison.right().document().source();
    List<String> lines = new ArrayList<>();
    for (Correspondence c : comparison.alignments()) {
      if (c.op() != Op.EQUAL) {
        lines.add(
            c.op()
                + " "
                + c.level().id()
                + ": "
                + texts(left, c.link().leftUnits())
                + " -> "
                + texts(right, c.link().rightUnits()));
      }
    }
    for (Unit u : comparison.deleted()) {
      lines.add("DELETED " + u.kind().id() + ": " + text(left, u));
    }
    for (Unit u : comparison.added()) {
      lines.add("ADDED " + u.kind().id() + ": " + text(right, u));
    }
    return lines;
  }

  private static String texts(SourceText source, List<Unit> units) {
    return units.stream().map(u -> text(source, u)).collect(Collectors.joining(" | "));
  }

  private static String text(SourceText source, Unit unit) {
    return source.substring(unit.span()).strip().replace("\n", "⏎");
  }
}
