package org.clausediff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceText;

/**
 * The notes a document's reader left on what it left out or read in a particular way ({@link
 * SourceText#notes()}: a PDF's running headers, a Word file's tracked deletions), as each report
 * shows them: a {@code note:} line under the document's header in text, Markdown and HTML, and
 * {@code "notes"} next to {@code "format"} in JSON; between the summary and the table in the 新旧对照表
 * ({@code note: old: …}), and before the first header of the unified diff. The CSV table has none
 * (see {@link TableCsvWriter}). A plain text has none, so its reports are what they always were.
 */
final class ExtractionNotes {
  private ExtractionNotes() {}

  /**
   * Writes a line {@code note: WHOSE…} for each note of {@code source}; {@code whose} names the
   * document in a report of several ({@code "left: "}), or is empty.
   */
  static void text(Appendable out, String whose, SourceText source) throws IOException {
    for (String note : source.notes()) {
      out.append("note: ").append(whose).append(PrintableText.line(note)).append('\n');
    }
  }

  /** Writes each note as a Markdown paragraph {@code note: WHOSE…}. */
  static void markdown(Appendable out, String whose, SourceText source) throws IOException {
    for (String note : source.notes()) {
      out.append("note: ")
          .append(MarkdownText.escape(whose + PrintableText.line(note)))
          .append("\n\n");
    }
  }

  /** Writes each note as {@code <div class="note">note: WHOSE…</div>}. */
  static void html(Appendable out, String whose, SourceText source) throws IOException {
    for (String note : source.notes()) {
      out.append("<div class=\"note\">note: ")
          .append(HtmlPage.escape(whose + PrintableText.line(note)))
          .append("</div>\n");
    }
  }

  /**
   * Writes {@code "notes": [...]} for a text extracted from a file that is not plain text (an empty
   * list when its reader left none); nothing for plain text.
   */
  static void json(JsonGenerator json, SourceText source) throws IOException {
    if (source.format() == SourceFormat.TEXT) {
      return;
    }
    json.writeArrayFieldStart("notes");
    for (String note : source.notes()) {
      json.writeString(note);
    }
    json.writeEndArray();
  }
}
