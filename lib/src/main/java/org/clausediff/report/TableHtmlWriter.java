package org.clausediff.report;

import java.io.IOException;
import org.clausediff.compare.Comparison;

/**
 * The 新旧对照表 of {@code clausediff compare --format table-html}: one self-contained page (see {@link
 * HtmlPage}) with the {@link ComparisonTable} as an HTML table — number, old text with deletions
 * struck ({@code <del>}), new text with insertions underlined ({@code <ins>}), note — that prints
 * as it shows (the header row repeats on every page, a row is not cut, colours are kept). The
 * extraction notes of the two documents ({@code note: old: …}, {@code note: new: …}) stand between
 * the summary and the table. All input text is escaped.
 */
final class TableHtmlWriter implements ReportWriter<Comparison> {
  private static final String STYLE =
      ":root{color-scheme:light dark;--fg:#1f2328;--bg:#fff;--muted:#59636e;--line:#d1d9e0;"
          + "--panel:#f6f8fa;--del-fg:#953800;--del-bg:#fff1e5;--ins-fg:#0a3069;--ins-bg:#ddf4ff}\n"
          + "@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;"
          + "--line:#3d444d;--panel:#151b23;--del-fg:#ffb77c;--del-bg:#45230b;--ins-fg:#a5d6ff;"
          + "--ins-bg:#0c2d6b}}\n"
          + "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\","
          + "\"Microsoft YaHei\",sans-serif;margin:0;padding:8px 16px;color:var(--fg);"
          + "background:var(--bg);line-height:1.6}\n"
          + "h1{font-size:16px;margin:0 0 4px}\np.summary{margin:0 0 8px;color:var(--muted);"
          + "font-size:13px}\n"
          + "table{border-collapse:collapse;width:100%;table-layout:fixed}\n"
          + "th,td{border:1px solid var(--line);padding:4px 8px;vertical-align:top;text-align:left;"
          + "word-break:break-all}\n"
          + "th{background:var(--panel)}\nth.n,td.n{width:3em;text-align:right;"
          + "font-variant-numeric:tabular-nums;color:var(--muted)}\n"
          + "th.note,td.note{width:11em;font-size:13px}\ntd.note .num{color:var(--muted)}\n"
          + "del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through}\n"
          + "ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:underline}\n"
          + "tr.DELETED td.old,tr.ADDED td.new{background:var(--panel)}\n"
          + "@media (max-width:760px){body{padding:4px}th.note,td.note{width:7em}"
          + "th.n,td.n{display:none}}\n"
          + "@media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
          + "thead{display:table-header-group}tr{break-inside:avoid}}\n";

  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    ComparisonTable table = ComparisonTable.of(comparison);
    String title = "新旧对照表: " + table.leftName() + " → " + table.rightName();
    HtmlPage.open(out, title, STYLE, "");
    out.append("<h1>").append(HtmlPage.escape(title)).append("</h1>\n<p class=\"summary\">");
    out.append(HtmlPage.escape(table.summary())).append("</p>\n");
    ExtractionNotes.html(out, "old: ", comparison.left().document().source());
    ExtractionNotes.html(out, "new: ", comparison.right().document().source());
    out.append("<table>\n<thead><tr><th class=\"n\">#</th><th class=\"old\">old: ")
        .append(HtmlPage.escape(table.leftName()))
        .append("</th><th class=\"new\">new: ")
        .append(HtmlPage.escape(table.rightName()))
        .append("</th><th class=\"note\">note</th></tr></thead>\n<tbody>\n");
    int number = 0;
    for (ComparisonTable.Row row : table.rows()) {
      number++;
      out.append("<tr class=\"")
          .append(row.notes().get(0).name())
          .append("\"><td class=\"n\">")
          .append(String.valueOf(number))
          .append("</td><td class=\"old\">");
      TableCellMarkup.write(row.left(), "del", HtmlPage::escape, out);
      out.append("</td><td class=\"new\">");
      TableCellMarkup.write(row.right(), "ins", HtmlPage::escape, out);
      out.append("</td><td class=\"note\">").append(HtmlPage.escape(row.note()));
      if (row.similarity().isPresent()) {
        out.append(" <span class=\"num\">")
            .append(Decimals.fixed(row.similarity().getAsDouble(), 2))
            .append("</span>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    HtmlPage.close(out);
  }
}
