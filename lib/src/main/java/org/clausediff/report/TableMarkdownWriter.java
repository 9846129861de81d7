package org.clausediff.report;

import java.io.IOException;
import org.clausediff.compare.Comparison;

/**
 * The 新旧对照表 of {@code clausediff compare --format table-md}: the {@link ComparisonTable} as a
 * GitHub-flavoured Markdown table, one line per row — old text with deletions in {@code <del>}, new
 * text with insertions in {@code <ins>} (which GitHub renders struck and underlined; emphasis
 * delimiters would not pair next to CJK punctuation), note. Paragraph breaks inside a cell are
 * {@code <br>}; all input text is escaped with {@link MarkdownText}, so it never becomes markup or
 * ends a cell.
 */
final class TableMarkdownWriter implements ReportWriter<Comparison> {

  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    ComparisonTable table = ComparisonTable.of(comparison);
    out.append("# 新旧对照表: ")
        .append(MarkdownText.escape(table.leftName()))
        .append(" → ")
        .append(MarkdownText.escape(table.rightName()))
        .append("\n\n")
        .append(MarkdownText.escape(table.summary()))
        .append("\n\n| # | old: ")
        .append(MarkdownText.escape(table.leftName()))
        .append(" | new: ")
        .append(MarkdownText.escape(table.rightName()))
        .append(" | note |\n|---:|---|---|---|\n");
    int number = 0;
    for (ComparisonTable.Row row : table.rows()) {
      out.append("| ").append(String.valueOf(++number)).append(" | ");
      TableCellMarkup.write(row.left(), "del", MarkdownText::escape, out);
      out.append(" | ");
      TableCellMarkup.write(row.right(), "ins", MarkdownText::escape, out);
      out.append(" | ").append(MarkdownText.escape(row.note()));
      if (row.similarity().isPresent()) {
        out.append(' ').append(Decimals.fixed(row.similarity().getAsDouble(), 2));
      }
      out.append(" |\n");
    }
  }
}
