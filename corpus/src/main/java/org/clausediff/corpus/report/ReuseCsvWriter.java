package org.clausediff.corpus.report;

import org.clausediff.corpus.Occurrence;
import org.clausediff.corpus.ReuseCluster;
import org.clausediff.corpus.ReuseReport;
import org.clausediff.report.ReportWriter;

/**
 * Shared passages as CSV (RFC 4180: {@code \r\n} line ends, fields with commas, quotes or line
 * breaks quoted): one row per occurrence, with its cluster's number, kind, label, length and
 * document count; for spreadsheets.
 */
public final class ReuseCsvWriter implements ReportWriter<ReuseReport> {
  @Override
  public void write(ReuseReport report, Appendable out) throws java.io.IOException {
    out.append(
        "cluster,kind,label,length,documents,document,start,end,line,column,section,text\r\n");
    int number = 0;
    for (ReuseCluster cluster : report.clusters()) {
      number++;
      for (Occurrence occurrence : cluster.occurrences()) {
        out.append(Integer.toString(number))
            .append(',')
            .append(cluster.kind().name())
            .append(',')
            .append(cluster.label().id())
            .append(',')
            .append(Integer.toString(cluster.length()))
            .append(',')
            .append(Integer.toString(cluster.documents()))
            .append(',')
            .append(quote(occurrence.document()))
            .append(',')
            .append(Integer.toString(occurrence.start()))
            .append(',')
            .append(Integer.toString(occurrence.end()))
            .append(',')
            .append(Integer.toString(occurrence.from().line()))
            .append(',')
            .append(Integer.toString(occurrence.from().column()))
            .append(',')
            .append(quote(occurrence.sectionPath()))
            .append(',')
            .append(quote(cluster.text()))
            .append("\r\n");
      }
    }
  }

  private static String quote(String field) {
    if (field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
