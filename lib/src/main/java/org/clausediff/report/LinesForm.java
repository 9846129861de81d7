package org.clausediff.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;

/**
 * The "lines" form of one document at one level, as {@link LinesWriter} writes it and {@link
 * UnifiedDiffWriter} diffs it: one unit per line in document order, and an empty line before each
 * unit that starts a new paragraph (never before the first). The empty lines keep the paragraphs
 * readable, and they give a unified diff an identical line between two rewritten sections, so that
 * each can have a hunk of its own that {@code git apply} takes (it needs a context line after every
 * hunk but the last one of a file).
 */
final class LinesForm {
  private final Document document;

  /** The unit on each line; empty for an empty line. */
  private final List<Optional<Unit>> lines;

  /** The line of each unit, by the unit's index in its document. */
  private final Map<Integer, Integer> lineOfUnit;

  private LinesForm(
      Document document, List<Optional<Unit>> lines, Map<Integer, Integer> lineOfUnit) {
    this.document = document;
    this.lines = lines;
    this.lineOfUnit = lineOfUnit;
  }

  /** The lines form of {@code document} with one unit of {@code level} per line. */
  static LinesForm of(Document document, UnitKind level) {
    List<Unit> units = document.units(level);
    List<Unit> paragraphs = document.units(UnitKind.PARAGRAPH);
    List<Optional<Unit>> lines = new ArrayList<>(units.size() + paragraphs.size());
    Map<Integer, Integer> lineOfUnit = new HashMap<>();
    int paragraph = 0;
    int previousParagraph = -1;
    for (Unit unit : units) {
      // Units and paragraphs are both in document order: one pass finds each unit's paragraph.
      while (paragraph + 1 < paragraphs.size()
          && paragraphs.get(paragraph).span().end() <= unit.span().start()) {
        paragraph++;
      }
      boolean newParagraph =
          level == UnitKind.PARAGRAPH || (previousParagraph >= 0 && paragraph != previousParagraph);
      if (newParagraph && !lines.isEmpty()) {
        lines.add(Optional.empty());
      }
      previousParagraph = paragraph;
      lineOfUnit.put(unit.index(), lines.size());
      lines.add(Optional.of(unit));
    }
    return new LinesForm(document, List.copyOf(lines), lineOfUnit);
  }

  /** The number of lines. */
  int size() {
    return lines.size();
  }

  /** The unit on line {@code line} (0-based), or empty for an empty line. */
  Optional<Unit> unit(int line) {
    return lines.get(line);
  }

  /** The line (0-based) of {@code unit}, a unit of this form's level. */
  int line(Unit unit) {
    return lineOfUnit.get(unit.index());
  }

  /** The text of line {@code line}, without its line feed. */
  String text(int line) {
    return lines.get(line).map(unit -> LinesWriter.line(document.source(), unit)).orElse("");
  }
}
