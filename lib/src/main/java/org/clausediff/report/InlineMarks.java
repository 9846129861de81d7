package org.clausediff.report;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.clausediff.compare.Edit;
import org.clausediff.compare.InlineDiff;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * Writes the right side of an inline diff with its changes marked: the right text, deleted left
 * text marked as deleted where it was, inserted right text marked as inserted. The marks and the
 * escaping of text depend on the format ({@link Style}).
 */
final class InlineMarks {
  /** How changes are marked and text escaped. */
  record Style(
      String deleteOpen,
      String deleteClose,
      String insertOpen,
      String insertClose,
      UnaryOperator<String> escape) {}

  /** {@code [-deleted-]} and {@code {+inserted+}}, text as it is. */
  static final Style PLAIN = new Style("[-", "-]", "{+", "+}", UnaryOperator.identity());

  /** {@code <del>} and {@code <ins>}, text escaped for HTML. */
  static final Style HTML = new Style("<del>", "</del>", "<ins>", "</ins>", HtmlPage::escape);

  /**
   * {@code <del>deleted</del>} and {@code <ins>inserted</ins>}, text escaped for Markdown: inline
   * HTML that GFM renderers pass through, since emphasis delimiters do not pair next to CJK
   * punctuation.
   */
  static final Style MARKDOWN =
      new Style("<del>", "</del>", "<ins>", "</ins>", MarkdownText::escape);

  private InlineMarks() {}

  /**
   * Writes {@code right} (the span covering the right units of the diff) with the changes of {@code
   * diff} marked, on one line (line breaks as ⏎). Adjacent pieces of the same kind share one mark.
   */
  static void write(
      SourceText left,
      SourceText right,
      InlineDiff diff,
      Span rightSpan,
      Style style,
      Appendable out)
      throws IOException {
    Marker marker = new Marker(style, out);
    int cursor = rightSpan.start();
    List<Edit> edits = diff.edits();
    for (Edit edit : edits) {
      marker.piece(Piece.SAME, right, Span.of(cursor, Math.max(cursor, edit.right().start())));
      cursor = Math.max(cursor, edit.right().start());
      if (edit instanceof Edit.Equal) {
        marker.piece(Piece.SAME, right, edit.right());
      } else {
        marker.piece(Piece.DELETED, left, edit.left());
        marker.piece(Piece.INSERTED, right, edit.right());
      }
      cursor = Math.max(cursor, edit.right().end());
    }
    marker.piece(Piece.SAME, right, Span.of(cursor, Math.max(cursor, rightSpan.end())));
    marker.finish();
  }

  /** What a piece of marked text is. */
  private enum Piece {
    SAME,
    DELETED,
    INSERTED
  }

  /** Writes pieces of text, opening a mark only where the kind of piece changes. */
  private static final class Marker {
    private final Style style;
    private final Appendable out;
    private Piece open = Piece.SAME;

    Marker(Style style, Appendable out) {
      this.style = style;
      this.out = out;
    }

    void piece(Piece kind, SourceText source, Span span) throws IOException {
      if (span.isEmpty()) {
        return;
      }
      if (kind != open) {
        finish();
        out.append(
            kind == Piece.DELETED
                ? style.deleteOpen()
                : kind == Piece.INSERTED ? style.insertOpen() : "");
        open = kind;
      }
      text(out, source, span, style);
    }

    void finish() throws IOException {
      out.append(
          open == Piece.DELETED
              ? style.deleteClose()
              : open == Piece.INSERTED ? style.insertClose() : "");
      open = Piece.SAME;
    }
  }

  /** The text of {@code span} on one line, printable ({@link #oneLine}), escaped for the style. */
  static void text(Appendable out, SourceText source, Span span, Style style) throws IOException {
    out.append(style.escape().apply(oneLine(source, span)));
  }

  /**
   * The text of {@code span} on one line, printable: line breaks as ⏎, control and invisible
   * characters as ⟨U+XXXX⟩ ({@link PrintableText#line}).
   */
  static String oneLine(SourceText source, Span span) {
    return PrintableText.render(source, span, PrintableText.Breaks.SHOWN);
  }
}
