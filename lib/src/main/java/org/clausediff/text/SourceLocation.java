package org.clausediff.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a code point of an extracted text came from in its source file: a line and column, a page
 * and line, a paragraph (and table cell), a footnote or endnote, or an HTML element.
 *
 * <p>A report writer reads a location through {@link #kind()} and {@link #fields()} — ordered field
 * names with integer or string values, ready to print as {@code "source": {"page": 3, "line": 12}}
 * — or prints {@link #shortForm()}, such as {@code p. 3}. All numbers count from 1. Locations are
 * values.
 */
public sealed interface SourceLocation
    permits SourceLocation.Line,
        SourceLocation.Page,
        SourceLocation.Paragraph,
        SourceLocation.Note,
        SourceLocation.Element {

  /** The kinds of location, one per record. */
  enum Kind {
    /** {@link Line}: line and column of a plain text or Markdown file. */
    LINE,
    /** {@link Page}: page and line of a PDF. */
    PAGE,
    /** {@link Paragraph}: paragraph of a Word document, and table cell. */
    PARAGRAPH,
    /** {@link Note}: a footnote or endnote of a Word document. */
    NOTE,
    /** {@link Element}: the element of an HTML page. */
    ELEMENT;

    /** The lower-case name used in reports, e.g. {@code page}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Which record this is. */
  Kind kind();

  /**
   * The location's fields in a fixed order, by the names reports use; values are {@link Integer} or
   * {@link String}. Absent optional fields are left out.
   */
  Map<String, Object> fields();

  /** A short human form: {@code 12:3}, {@code p. 3}, {@code ¶ 41}, {@code footnote 2}, a path. */
  String shortForm();

  /**
   * A line and column (both from 1, the column counting code points) in a plain text or Markdown
   * file.
   */
  record Line(int line, int column) implements SourceLocation {
    /** Validates that both numbers are positive. */
    public Line {
      checkArgument(line >= 1, "line must be >= 1 but was %s", line);
      checkArgument(column >= 1, "column must be >= 1 but was %s", column);
    }

    @Override
    public Kind kind() {
      return Kind.LINE;
    }

    @Override
    public Map<String, Object> fields() {
      return ImmutableMap.of("line", line, "column", column);
    }

    @Override
    public String shortForm() {
      return line + ":" + column;
    }
  }

  /**
   * A page (from 1) of a PDF and a line on it (from 1, counting the lines of the page's text layer
   * in reading order, running headers included).
   */
  record Page(int page, int line) implements SourceLocation {
    /** Validates that both numbers are positive. */
    public Page {
      checkArgument(page >= 1, "page must be >= 1 but was %s", page);
      checkArgument(line >= 1, "line must be >= 1 but was %s", line);
    }

    @Override
    public Kind kind() {
      return Kind.PAGE;
    }

    @Override
    public Map<String, Object> fields() {
      return ImmutableMap.of("page", page, "line", line);
    }

    /** {@code p. 3}; the line is in {@link #fields()}. */
    @Override
    public String shortForm() {
      return "p. " + page;
    }
  }

  /**
   * A paragraph of a Word document's body, counted from 1 in reading order over the body's
   * paragraphs including those inside table cells, and the table cell that holds it, if any.
   */
  record Paragraph(int paragraph, Optional<Cell> cell) implements SourceLocation {
    /** Validates the number. */
    public Paragraph {
      checkArgument(paragraph >= 1, "paragraph must be >= 1 but was %s", paragraph);
      checkNotNull(cell, "cell");
    }

    /** A paragraph outside any table. */
    public static Paragraph of(int paragraph) {
      return new Paragraph(paragraph, Optional.empty());
    }

    @Override
    public Kind kind() {
      return Kind.PARAGRAPH;
    }

    @Override
    public Map<String, Object> fields() {
      if (cell.isEmpty()) {
        return ImmutableMap.of("paragraph", paragraph);
      }
      Cell c = cell.get();
      return ImmutableMap.of(
          "paragraph", paragraph, "table", c.table(), "row", c.row(), "column", c.column());
    }

    /** {@code ¶ 41}, or {@code ¶ 41 (table 1, row 2, column 3)}. */
    @Override
    public String shortForm() {
      return "¶ "
          + paragraph
          + cell.map(
                  c -> " (table " + c.table() + ", row " + c.row() + ", column " + c.column() + ")")
              .orElse("");
    }
  }

  /** A table cell: the table's number in the document and the cell's row and column, from 1. */
  record Cell(int table, int row, int column) {
    /** Validates that the numbers are positive. */
    public Cell {
      checkArgument(table >= 1, "table must be >= 1 but was %s", table);
      checkArgument(row >= 1, "row must be >= 1 but was %s", row);
      checkArgument(column >= 1, "column must be >= 1 but was %s", column);
    }
  }

  /** The kinds of note a Word document has. */
  enum NoteKind {
    /** A note at the foot of its page. */
    FOOTNOTE,
    /** A note at the end of the document. */
    ENDNOTE;

    /** The lower-case name used in reports. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A footnote or endnote of a Word document, by its number as shown in the text (from 1). */
  record Note(NoteKind note, int number) implements SourceLocation {
    /** Validates the number. */
    public Note {
      checkNotNull(note, "note");
      checkArgument(number >= 1, "number must be >= 1 but was %s", number);
    }

    @Override
    public Kind kind() {
      return Kind.NOTE;
    }

    @Override
    public Map<String, Object> fields() {
      return ImmutableMap.of(note.id(), number);
    }

    @Override
    public String shortForm() {
      return note.id() + " " + number;
    }
  }

  /**
   * The HTML element whose text this is, as a CSS selector path from the document root that selects
   * exactly that element, e.g. {@code html > body > div#content > p:nth-child(3)}.
   */
  record Element(String path) implements SourceLocation {
    /** Validates the path. */
    public Element {
      checkNotNull(path, "path");
      checkArgument(!path.isEmpty(), "path must not be empty");
    }

    @Override
    public Kind kind() {
      return Kind.ELEMENT;
    }

    @Override
    public Map<String, Object> fields() {
      return ImmutableMap.of("element", path);
    }

    @Override
    public String shortForm() {
      return path;
    }
  }
}
