package org.clausediff.corpus.report;

import org.clausediff.corpus.Occurrence;
import org.clausediff.corpus.ReuseCluster;
import org.clausediff.corpus.ReuseReport;
import org.clausediff.report.ReportWriter;
import org.clausediff.text.SourceLocation;

/**
 * Shared passages as CSV (RFC 4180: {@code \r\n} line ends, fields with commas, quotes or line
 * breaks quoted): one row per occurrence, with its cluster's number, kind, label, length and
 * document count; for spreadsheets. {@code line} and {@code column} are those of a plain text
 * (empty for a document read by the formats module); {@code location} is the short form of every
 * occurrence's location: {@code 12:3}, {@code p. 3}, {@code ¶ 41}.
 */
public final class ReuseCsvWriter implements ReportWriter<ReuseReport> {
  @Override
  public void write(ReuseReport report, Appendable out) throws java.io.IOException {
    out.append(
        "cluster,kind,label,length,documents,document,start,end,line,column,location,section,text\r\n");
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
            .append(line(occurrence, true))
            .append(',')
            .append(line(occurrence, false))
            .append(',')
            .append(quote(occurrence.from().shortForm()))
            .append(',')
            .append(quote(occurrence.sectionPath()))
            .append(',')
            .append(quote(cluster.text()))
            .append("\r\n");
      }
    }
  }

  /** The line or column of a plain text's occurrence; empty for a document's (see location). */
  private static String line(Occurrence occurrence, boolean line) {
    if (!(occurrence.from() instanceof SourceLocation.Line from)) {
      return "";
    }
    return Integer.toString(line ? from.line() : from.column());
  }

  private static String quote(String field) {
    if (field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
