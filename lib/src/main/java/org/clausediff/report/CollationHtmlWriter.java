package org.clausediff.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausediff.collate.Collation;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * The HTML report of {@code clausediff collate}: one self-contained page (see {@link HtmlPage}).
 * With an original, the matrix as a table whose cells are coloured by status; without, the core as
 * a table, each shared unit with its shared sentences (differences from the reference marked) and
 * each version's own sentences under a fold; then the additions. All input text is escaped.
 */
final class CollationHtmlWriter implements ReportWriter<Collation> {
  private static final String STYLE =
      HtmlPage.BASE_STYLE
          + ".kept{background:#eef7ee}.modified{background:#fff8c5}.moved{background:#ddf4ff}"
          + ".absent{background:#f6f8fa;color:#8c959f}\n"
          + ".structural td:first-child{font-weight:600}\n"
          + "details{margin:4px 0}summary{cursor:pointer;color:#0969da}\n"
          + ".sentence{margin:2px 0 2px 16px}\n";
  private static final String SCRIPT = "";

  @Override
  public void write(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    String title =
        collation.original().isPresent()
            ? "collate: " + PrintableText.name(collation.original().get().name())
            : "collate: common core of " + versions.size() + " versions";
    HtmlPage.open(out, title, STYLE, SCRIPT);
    out.append("<header><h1>")
        .append(
            collation.original().isPresent()
                ? "collate: " + HtmlPage.name(collation.original().get().name())
                : HtmlPage.escape(title))
        .append("</h1><div>");
    for (int v = 0; v < versions.size(); v++) {
      out.append("<b>")
          .append(CollationLabels.letter(v))
          .append("</b> ")
          .append(HtmlPage.name(versions.get(v).name()))
          .append(v + 1 < versions.size() ? " · " : "");
    }
    out.append("</div></header>\n<main>\n");
    if (collation.original().isPresent()) {
      writeMatrix(collation, out);
    } else {
      writeCore(collation, out);
    }
    writeAdditions(collation, out);
    out.append("</main>\n");
    HtmlPage.close(out);
  }

  private static void headerRow(Appendable out, String first, int versions) throws IOException {
    out.append("<tr><th>").append(first).append("</th>");
    for (int v = 0; v < versions; v++) {
      out.append("<th>").append(CollationLabels.letter(v)).append("</th>");
    }
    out.append("</tr>\n");
  }

  private static void writeMatrix(Collation collation, Appendable out) throws IOException {
    Document original = collation.original().orElseThrow();
    int n = collation.versions().size();
    out.append("<h2>Matrix</h2>\n<p class=\"muted\">= kept · ~ modified · &gt; moved · absent;")
        .append(" / split, \\ merged; with the similarity.</p>\n<table id=\"matrix\">\n");
    headerRow(out, "Unit of the original", n);
    for (Collation.Row row : collation.matrix()) {
      out.append("<tr class=\"row")
          .append(row.unit().kind().isStructural() ? " structural" : "")
          .append("\"><td>")
          .append(HtmlPage.escape(CollationLabels.indent(original, row.unit())))
          .append(HtmlPage.escape(CollationLabels.describe(original, row.unit(), 80)))
          .append("</td>");
      for (Collation.Cell cell : row.cells()) {
        out.append("<td class=\"")
            .append(cell.status().id())
            .append("\">")
            .append(HtmlPage.escape(CollationLabels.cell(cell)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }

  private static void writeCore(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    out.append(
        String.format(
            Locale.ROOT,
            "<h2>Core: what at least %d of %d versions share</h2>\n<table id=\"core\">\n",
            collation.minVersions(),
            versions.size()));
    headerRow(out, "#", versions.size());
    int number = 0;
    for (Collation.CoreUnit unit : collation.core()) {
      out.append("<tr class=\"row\"><td class=\"num\">").append(String.valueOf(++number));
      out.append(' ').append(unit.referenceUnit().kind().id()).append("</td>");
      for (int v = 0; v < versions.size(); v++) {
        Optional<Unit> member = unit.units().get(v);
        if (member.isEmpty()) {
          out.append("<td class=\"absent\">—</td>");
          continue;
        }
        out.append("<td>")
            .append(HtmlPage.escape(CollationLabels.path(versions.get(v), member.get())))
            .append(" <span class=\"num\">");
        if (v == unit.reference()) {
          out.append("ref");
        } else if (unit.similarity().get(v).isPresent()) {
          out.append(String.format(Locale.ROOT, "%.2f", unit.similarity().get(v).getAsDouble()));
        }
        out.append("</span></td>");
      }
      out.append("</tr>\n<tr><td></td><td colspan=\"")
          .append(String.valueOf(versions.size()))
          .append("\"><details><summary>")
          .append(String.valueOf(unit.sentences().size()))
          .append(" shared sentences, ")
          .append(String.valueOf(unit.own().stream().mapToInt(List::size).sum()))
          .append(" own</summary>\n");
      for (Collation.CoreSentence sentence : unit.sentences()) {
        sentence(collation, sentence, out);
      }
      for (int v = 0; v < versions.size(); v++) {
        for (Unit own : unit.own().get(v)) {
          out.append("<div class=\"sentence\"><b>")
              .append(CollationLabels.letter(v))
              .append(" own</b> ")
              .append(HtmlPage.escape(InlineMarks.oneLine(versions.get(v).source(), own.span())))
              .append("</div>\n");
        }
      }
      out.append("</details></td></tr>\n");
    }
    out.append("</table>\n");
    if (!collation.looseCore().isEmpty()) {
      out.append("<h3>Shared sentences outside the core units</h3>\n");
      for (Collation.CoreSentence sentence : collation.looseCore()) {
        sentence(collation, sentence, out);
      }
    }
  }

  private static void sentence(Collation collation, Collation.CoreSentence sentence, Appendable out)
      throws IOException {
    List<Document> versions = collation.versions();
    int ref = sentence.reference();
    Document refDocument = versions.get(ref);
    out.append("<div class=\"sentence\"><b>")
        .append(CollationLabels.letter(ref))
        .append("</b> ")
        .append(
            HtmlPage.escape(
                InlineMarks.oneLine(
                    refDocument.source(), sentence.units().get(ref).orElseThrow().span())));
    for (int v = 0; v < versions.size(); v++) {
      if (v == ref || sentence.units().get(v).isEmpty()) {
        continue;
      }
      out.append("<div class=\"sentence\"><b>")
          .append(CollationLabels.letter(v))
          .append(String.format(Locale.ROOT, " %.2f</b> ", sentence.similarity().get(v).orElse(0)));
      InlineMarks.write(
          refDocument.source(),
          versions.get(v).source(),
          sentence.diffs().get(v),
          sentence.units().get(v).get().span(),
          InlineMarks.HTML,
          out);
      out.append("</div>");
    }
    out.append("</div>\n");
  }

  private static void writeAdditions(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    out.append("<h2>Additions</h2>\n<table id=\"additions\">\n");
    headerRow(out, "Versions", versions.size());
    for (Collation.Addition addition : collation.additions()) {
      out.append("<tr><td>").append(CollationLabels.letters(addition.units())).append("</td>");
      for (int v = 0; v < versions.size(); v++) {
        Optional<Unit> unit = addition.units().get(v);
        if (unit.isEmpty()) {
          out.append("<td class=\"absent\"></td>");
          continue;
        }
        Document document = versions.get(v);
        out.append("<td>")
            .append(
                HtmlPage.escape(
                    unit.get().kind().isStructural()
                        ? unit.get().kind().id() + " " + CollationLabels.path(document, unit.get())
                        : CollationLabels.describe(document, unit.get(), 80)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }
}
