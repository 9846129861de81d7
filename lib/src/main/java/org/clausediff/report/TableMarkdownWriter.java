package org.clausediff.report;

import java.io.IOException;
import org.clausediff.compare.Comparison;

/**
 * The 新旧对照表 of {@code clausediff compare --format table-md}: the {@link ComparisonTable} as a
 * GitHub-flavoured Markdown table, one line per row — old text with deletions in {@code <del>}, new
 * text with insertions in {@code <ins>} (which GitHub renders struck and underlined; emphasis
 * delimiters would not pair next to CJK punctuation), note; the documents' extraction notes are
 * paragraphs ({@code note: old: …}) between the summary and the table. Paragraph breaks inside a
 * cell are {@code <br>}; all input text is shown with {@link PrintableText} and escaped with {@link
 * MarkdownText}, so it never becomes markup or ends a cell.
 */
final class TableMarkdownWriter implements ReportWriter<Comparison> {

  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    ComparisonTable table = ComparisonTable.of(comparison);
    out.append("# 新旧对照表: ")
        .append(MarkdownText.escape(PrintableText.name(table.leftName())))
        .append(" → ")
        .append(MarkdownText.escape(PrintableText.name(table.rightName())))
        .append("\n\n")
        .append(MarkdownText.escape(PrintableText.line(table.summary())))
        .append("\n\n");
    ExtractionNotes.markdown(out, "old: ", comparison.left().document().source());
    ExtractionNotes.markdown(out, "new: ", comparison.right().document().source());
    out.append("| # | old: ")
        .append(MarkdownText.escape(PrintableText.name(table.leftName())))
        .append(" | new: ")
        .append(MarkdownText.escape(PrintableText.name(table.rightName())))
        .append(" | note |\n|---:|---|---|---|\n");
    int number = 0;
    for (ComparisonTable.Row row : table.rows()) {
      out.append("| ").append(String.valueOf(++number)).append(" | ");
      TableCellMarkup.write(row.left(), "del", TableMarkdownWriter::cellText, out);
      out.append(" | ");
      TableCellMarkup.write(row.right(), "ins", TableMarkdownWriter::cellText, out);
      out.append(" | ").append(MarkdownText.escape(PrintableText.line(row.note())));
      if (row.similarity().isPresent()) {
        out.append(' ').append(Decimals.fixed(row.similarity().getAsDouble(), 2));
      }
      out.append(" |\n");
    }
  }

  /** Text of a cell, on one line and escaped. */
  private static String cellText(String text) {
    return MarkdownText.escape(PrintableText.line(text));
  }
}
