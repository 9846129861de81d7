package org.clausediff.corpus.report;

import java.io.IOException;
import org.clausediff.corpus.CorpusStatus;
import org.clausediff.corpus.DocumentPair;
import org.clausediff.corpus.IndexReport;
import org.clausediff.corpus.Occurrence;
import org.clausediff.corpus.ReuseCluster;
import org.clausediff.corpus.ReuseLabel;
import org.clausediff.corpus.ReuseReport;
import org.clausediff.corpus.SimilarHit;
import org.clausediff.corpus.SimilarResult;
import org.clausediff.report.PrintableText;
import org.clausediff.report.ReportWriter;

/**
 * The corpus results as plain text for people: one line per hit, cluster occurrence or pair. File
 * names and text are shown through {@link PrintableText}: no control or bidirectional character
 * reaches the terminal.
 */
public final class CorpusTextWriter {
  private static final int SNIPPET = 40;

  private CorpusTextWriter() {}

  /** Hits best first: similarity, coverage, path. */
  public static ReportWriter<SimilarResult> similar() {
    return (result, out) -> {
      out.append(PrintableText.name(result.name()))
          .append(": ")
          .append(Integer.toString(result.length()))
          .append(" code points, ")
          .append(Integer.toString(result.units()))
          .append(" sentences; ")
          .append(Integer.toString(result.candidates()))
          .append(" candidates compared, ")
          .append(Integer.toString(result.hits().size()))
          .append(" hits\n");
      out.append("similarity (aligned-edit)  coverage  document\n");
      for (SimilarHit hit : result.hits()) {
        out.append(
                String.format(
                    java.util.Locale.ROOT,
                    "%-26s %8s  ",
                    Numbers.fixed(hit.similarity(), 4),
                    Numbers.percent(hit.coverage())))
            .append(PrintableText.name(hit.path()))
            .append('\n');
      }
    };
  }

  /** Clusters with their occurrences, then the pairs. */
  public static ReportWriter<ReuseReport> reuse() {
    return (report, out) -> {
      long boilerplate =
          report.clusters().stream().filter(c -> c.label() == ReuseLabel.BOILERPLATE).count();
      out.append(Integer.toString(report.documents()))
          .append(" documents, ")
          .append(Long.toString(report.units()))
          .append(" sentences of at least ")
          .append(Integer.toString(report.options().minLength()))
          .append(" characters\n")
          .append(Integer.toString(report.clusters().size()))
          .append(" shared passages: ")
          .append(Long.toString(report.clusters().size() - boilerplate))
          .append(" REUSE, ")
          .append(Long.toString(boilerplate))
          .append(" BOILERPLATE\n");
      for (ReuseCluster cluster : report.clusters()) {
        out.append('\n')
            .append(cluster.label().id())
            .append(' ')
            .append(cluster.kind().name().toLowerCase(java.util.Locale.ROOT))
            .append(", ")
            .append(Integer.toString(cluster.documents()))
            .append(" documents, ")
            .append(Integer.toString(cluster.length()))
            .append(" code points");
        if (cluster.kind() == ReuseCluster.Kind.NEAR) {
          out.append(", similarity ≥ ").append(Numbers.fixed(cluster.similarity(), 2));
        }
        out.append(": ").append(snippet(cluster.text())).append('\n');
        for (Occurrence occurrence : cluster.occurrences()) {
          out.append("  ")
              .append(PrintableText.name(occurrence.document()))
              .append(':')
              .append(occurrence.from().toString())
              .append(" [")
              .append(Integer.toString(occurrence.start()))
              .append(',')
              .append(Integer.toString(occurrence.end()))
              .append(')');
          if (!occurrence.sectionPath().isEmpty()) {
            out.append(" in ").append(PrintableText.line(occurrence.sectionPath()));
          }
          out.append('\n');
        }
      }
      if (!report.pairs().isEmpty()) {
        out.append("\nDocument pairs sharing the most REUSE text:\n");
        for (DocumentPair pair : report.pairs()) {
          out.append("  ")
              .append(Long.toString(pair.sharedLength()))
              .append(" code points (")
              .append(Numbers.percent(pair.leftShare()))
              .append(" / ")
              .append(Numbers.percent(pair.rightShare()))
              .append(")  ")
              .append(PrintableText.name(pair.left()))
              .append("  ")
              .append(PrintableText.name(pair.right()))
              .append('\n');
        }
      }
    };
  }

  /** What the index holds. */
  public static ReportWriter<CorpusStatus> status() {
    return (status, out) -> {
      out.append(PrintableText.name(status.directory()))
          .append(": ")
          .append(Integer.toString(status.documents()))
          .append(" documents, ")
          .append(Long.toString(status.units()))
          .append(" sentences, ")
          .append(Long.toString(status.codePoints()))
          .append(" code points; index ")
          .append(Numbers.fixed(status.indexBytes() / 1e6, 1))
          .append(" MB")
          .append(status.updated().map(u -> "; updated " + u).orElse(""))
          .append('\n');
    };
  }

  /** What an index run did, and each failure on a line of its own. */
  public static ReportWriter<IndexReport> index() {
    return (report, out) -> {
      out.append(Integer.toString(report.added()))
          .append(" added, ")
          .append(Integer.toString(report.replaced()))
          .append(" replaced, ")
          .append(Integer.toString(report.unchanged()))
          .append(" unchanged, ")
          .append(Integer.toString(report.pruned()))
          .append(" pruned, ")
          .append(Integer.toString(report.failures().size()))
          .append(" failed\n");
    };
  }

  private static String snippet(String text) throws IOException {
    String flat = PrintableText.line(text.replaceAll("\\s+", " ").strip());
    int length = flat.codePointCount(0, flat.length());
    if (length <= SNIPPET) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, SNIPPET)) + "…";
  }
}
