package org.clausediff.report;

import java.io.IOException;
import java.util.List;
import org.clausediff.compare.Comparison;

/**
 * The 新旧对照表 of {@code clausediff compare --format table-csv}: the {@link ComparisonTable} as
 * comma-separated values for a spreadsheet — UTF-8 with a byte-order mark, so that Excel on a
 * Chinese Windows reads it as UTF-8 and not as GBK; RFC 4180 otherwise (fields quoted when they
 * hold a comma, quote or line break; {@code \r\n} between records). One header line, then one line
 * per row: {@code n, old heading, new heading, old, new, note, similarity}. The texts are plain (a
 * spreadsheet cell cannot strike or underline part of itself; the note says what changed), with a
 * line break between paragraphs. A field that a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return) starts with an apostrophe, which spreadsheets show
 * as text and do not evaluate.
 *
 * <p>The documents' extraction notes ({@link org.clausediff.text.SourceText#notes()}) are not
 * written: CSV has no comments, and a line before the header would be read as the header (a
 * spreadsheet's first row, a CSV reader's column names); a column would repeat them on every row.
 * The other table formats show them.
 */
final class TableCsvWriter implements ReportWriter<Comparison> {

  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    ComparisonTable table = ComparisonTable.of(comparison);
    out.append('\uFEFF');
    line(out, List.of("n", "old heading", "new heading", "old", "new", "note", "similarity"));
    int number = 0;
    for (ComparisonTable.Row row : table.rows()) {
      line(
          out,
          List.of(
              String.valueOf(++number),
              row.leftHeading().orElse(""),
              row.rightHeading().orElse(""),
              text(row.left()),
              text(row.right()),
              row.note(),
              row.similarity().isPresent()
                  ? Decimals.fixed(row.similarity().getAsDouble(), 2)
                  : ""));
    }
  }

  private static String text(List<ComparisonTable.Piece> pieces) {
    StringBuilder text = new StringBuilder();
    for (ComparisonTable.Piece piece : pieces) {
      text.append(piece.text());
    }
    return text.toString();
  }

  private static void line(Appendable out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      out.append(i == 0 ? "" : ",").append(field(fields.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * A field as RFC 4180 wants it, defused for spreadsheets, with control and invisible characters
   * shown as {@code ⟨U+XXXX⟩} (line breaks and tabs kept).
   */
  static String field(String text) {
    String value = PrintableText.render(text, PrintableText.Breaks.KEPT);
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
