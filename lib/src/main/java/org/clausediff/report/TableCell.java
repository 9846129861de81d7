package org.clausediff.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.report.ComparisonTable.Piece;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * The text of one cell of a {@link ComparisonTable}: the pieces of one side of a row, built unit by
 * unit, with the marked spans as changed pieces, line breaks inside a unit as spaces, control and
 * invisible characters as {@code ⟨U+XXXX⟩} ({@link PrintableText}), and a line break ({@code \n})
 * between units of different paragraphs.
 */
final class TableCell {
  private final SourceText source;
  private final List<Piece> pieces = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private boolean changed;
  private Optional<Unit> previous = Optional.empty();

  TableCell(SourceText source) {
    this.source = source;
  }

  /** Appends a unit with the given spans changed; units come in document order. */
  void unit(Unit unit, List<Span> marked, Document document) {
    if (previous.isPresent()) {
      separate(previous.get(), unit, document);
    }
    previous = Optional.of(unit);
    int cursor = unit.span().start();
    for (Span span : marked) {
      int from = Math.max(cursor, span.start());
      int to = Math.min(unit.span().end(), span.end());
      if (from >= to) {
        continue;
      }
      add(false, Span.of(cursor, from));
      add(true, Span.of(from, to));
      cursor = to;
    }
    add(false, Span.of(cursor, unit.span().end()));
  }

  /** What stands between two units: a paragraph break, or the source's spaces between them. */
  private void separate(Unit before, Unit after, Document document) {
    Span gap = Span.of(before.span().end(), Math.max(before.span().end(), after.span().start()));
    boolean breaks = !sameParagraph(before, after, document);
    for (int i = gap.start(); i < gap.end() && !breaks; i++) {
      breaks = CodePoints.isLineTerminator(source.codePointAt(i));
    }
    if (breaks) {
      append(false, "\n");
    } else {
      add(false, gap);
    }
  }

  private static boolean sameParagraph(Unit a, Unit b, Document document) {
    Optional<Unit> pa = paragraph(a, document);
    return pa.isPresent() && pa.equals(paragraph(b, document));
  }

  /** The paragraph that holds {@code unit} (itself, if it is one). */
  static Optional<Unit> paragraph(Unit unit, Document document) {
    if (unit.kind() == UnitKind.PARAGRAPH) {
      return Optional.of(unit);
    }
    return document.ancestors(unit).stream()
        .filter(u -> u.kind() == UnitKind.PARAGRAPH)
        .reduce((first, second) -> second);
  }

  private void add(boolean kind, Span span) {
    if (span.isEmpty()) {
      return;
    }
    append(kind, PrintableText.render(source, span, PrintableText.Breaks.SPACE));
  }

  private void append(boolean kind, String piece) {
    if (piece.isEmpty()) {
      return;
    }
    if (kind != changed) {
      flush();
      changed = kind;
    }
    text.append(piece);
  }

  private void flush() {
    if (text.length() > 0) {
      pieces.add(new Piece(text.toString(), changed));
      text.setLength(0);
    }
  }

  List<Piece> pieces() {
    flush();
    return List.copyOf(pieces);
  }
}
