package org.clausediff.corpus.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import org.clausediff.corpus.DocumentPair;
import org.clausediff.corpus.Occurrence;
import org.clausediff.corpus.ReuseCluster;
import org.clausediff.corpus.ReuseReport;
import org.clausediff.report.ReportWriter;

/** Shared passages as one self-contained HTML page: a table per cluster, then the pairs. */
public final class ReuseHtmlWriter implements ReportWriter<ReuseReport> {
  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em;max-width:70em}"
          + "table{border-collapse:collapse;margin:.5em 0 1.5em}"
          + "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}"
          + ".BOILERPLATE{color:#777}.REUSE{color:#a40}blockquote{margin:.3em 0;"
          + "padding:.3em .8em;background:#f6f6f6}";

  @Override
  public void write(ReuseReport report, Appendable out) throws java.io.IOException {
    out.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Shared passages</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>Shared passages</h1>\n<p>")
        .append(Integer.toString(report.documents()))
        .append(" documents, ")
        .append(Integer.toString(report.clusters().size()))
        .append(" shared passages.</p>\n");
    int number = 0;
    for (ReuseCluster cluster : report.clusters()) {
      number++;
      out.append("<h2 class=\"")
          .append(cluster.label().id())
          .append("\">")
          .append(Integer.toString(number))
          .append(". ")
          .append(cluster.label().id())
          .append(" (")
          .append(cluster.kind().name().toLowerCase(java.util.Locale.ROOT))
          .append(", ")
          .append(Integer.toString(cluster.documents()))
          .append(" documents, ")
          .append(Integer.toString(cluster.length()))
          .append(" code points)</h2>\n<blockquote>")
          .append(escapeHtml4(cluster.text()))
          .append("</blockquote>\n<table>\n<tr><th>document</th><th>location</th>")
          .append("<th>span</th><th>section</th></tr>\n");
      for (Occurrence occurrence : cluster.occurrences()) {
        out.append("<tr><td>")
            .append(escapeHtml4(occurrence.document()))
            .append("</td><td>")
            .append(escapeHtml4(occurrence.from().shortForm()))
            .append("</td><td>[")
            .append(Integer.toString(occurrence.start()))
            .append(", ")
            .append(Integer.toString(occurrence.end()))
            .append(")</td><td>")
            .append(escapeHtml4(occurrence.sectionPath()))
            .append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    if (!report.pairs().isEmpty()) {
      out.append("<h2>Document pairs sharing the most REUSE text</h2>\n<table>\n")
          .append("<tr><th>left</th><th>right</th><th>shared</th><th>of left</th>")
          .append("<th>of right</th></tr>\n");
      for (DocumentPair pair : report.pairs()) {
        out.append("<tr><td>")
            .append(escapeHtml4(pair.left()))
            .append("</td><td>")
            .append(escapeHtml4(pair.right()))
            .append("</td><td>")
            .append(Long.toString(pair.sharedLength()))
            .append("</td><td>")
            .append(Numbers.percent(pair.leftShare()))
            .append("</td><td>")
            .append(Numbers.percent(pair.rightShare()))
            .append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("</body>\n</html>\n");
  }
}
