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
 * First each version's coverage and the similarity of every two versions; then, with an original,
 * the matrix, without, the core as a table, each row named by the wording most versions share, each
 * shared unit with its shared sentences (differences from the most central wording marked) and each
 * version's own sentences under a fold; then the additions, and apart what only looks added. Every
 * cell carries its verdict (kept, reworded, dropped, added) and is shaded by its similarity on one
 * blue scale (a heat map that reads in grey and under colour blindness: the darker, the closer).
 * All input text is escaped.
 */
final class CollationHtmlWriter implements ReportWriter<Collation> {
  private static final String STYLE =
      HtmlPage.BASE_STYLE
          + ".kept{background:#eef7ee}.modified{background:#fff8c5}.moved{background:#ddf4ff}"
          + ".absent{background:#f6f8fa;color:#8c959f}\n"
          + ".heat td.cell{color:#1f2328}.heat td.dropped{background:repeating-linear-gradient("
          + "45deg,#f6f8fa,#f6f8fa 4px,#eaeef2 4px,#eaeef2 8px);color:#57606a}\n"
          + ".verdict{font-size:85%;color:#57606a;white-space:nowrap}\n"
          + ".legend span{display:inline-block;padding:0 6px;margin-right:4px}\n"
          + ".structural td:first-child{font-weight:600}\n"
          + "details{margin:4px 0}summary{cursor:pointer;color:#0969da}\n"
          + ".sentence{margin:2px 0 2px 16px}\n";
  private static final String SCRIPT = "";

  @Override
  public void write(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    String title =
        collation instanceof Collation.AgainstOriginal against
            ? "collate: " + PrintableText.name(against.original().name())
            : "collate: common core of " + versions.size() + " versions";
    HtmlPage.open(out, title, STYLE, SCRIPT);
    out.append("<header><h1>")
        .append(
            collation instanceof Collation.AgainstOriginal against
                ? "collate: " + HtmlPage.name(against.original().name())
                : HtmlPage.escape(title))
        .append("</h1><div>");
    for (int v = 0; v < versions.size(); v++) {
      out.append("<b>")
          .append(CollationLabels.letter(v))
          .append("</b> ")
          .append(HtmlPage.name(versions.get(v).name()))
          .append(v + 1 < versions.size() ? " · " : "");
    }
    out.append("</div>");
    if (collation instanceof Collation.AgainstOriginal against) {
      ExtractionNotes.html(out, "original: ", against.original().source());
    }
    for (int v = 0; v < versions.size(); v++) {
      ExtractionNotes.html(out, CollationLabels.letter(v) + ": ", versions.get(v).source());
    }
    out.append("</header>\n<main>\n");
    writeSimilarity(collation, out);
    if (collation instanceof Collation.AgainstOriginal against) {
      writeMatrix(against, out);
    } else if (collation instanceof Collation.Reconstructed reconstructed) {
      writeCore(reconstructed, out);
    } else {
      throw new AssertionError(collation);
    }
    writeAdditions(collation, out);
    out.append("</main>\n");
    HtmlPage.close(out);
  }

  /**
   * The shade of a similarity on one blue scale, from near white (0) to mid blue (1): readable with
   * dark text throughout, ordered in lightness so that grey-scale prints keep it.
   */
  static String heat(double similarity) {
    double s = Math.max(0, Math.min(1, similarity));
    return String.format(Locale.ROOT, "background:hsl(212,80%%,%d%%)", Math.round(97 - 35 * s));
  }

  private static void writeSimilarity(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    out.append("<h2>Versions</h2>\n<p class=\"legend muted\">Similarity: ");
    for (double s : new double[] {0, 0.25, 0.5, 0.75, 1}) {
      out.append("<span style=\"")
          .append(heat(s))
          .append("\">")
          .append(String.format(Locale.ROOT, "%.2f", s))
          .append("</span>");
    }
    out.append(
            "<span class=\"dropped\">dropped</span></p>\n<table id=\"similarity\" class=\"heat\">\n")
        .append("<tr><th>Version</th><th>Coverage</th>");
    for (int v = 0; v < versions.size(); v++) {
      out.append("<th>").append(CollationLabels.letter(v)).append("</th>");
    }
    out.append("</tr>\n");
    for (int a = 0; a < versions.size(); a++) {
      out.append("<tr><td><b>")
          .append(CollationLabels.letter(a))
          .append("</b> ")
          .append(HtmlPage.escape(versions.get(a).name()))
          .append("</td><td class=\"num\">")
          .append(CollationLabels.percent(collation.coverage(a)))
          .append("</td>");
      for (int b = 0; b < versions.size(); b++) {
        double s = collation.versionSimilarity().get(a).get(b);
        out.append("<td class=\"cell num\" style=\"")
            .append(heat(s))
            .append("\">")
            .append(String.format(Locale.ROOT, "%.2f", s))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }

  /** A table cell with a verdict, shaded by its similarity; {@code content} is escaped HTML. */
  private static void cell(
      Appendable out,
      Collation.Verdict verdict,
      java.util.OptionalDouble similarity,
      String content)
      throws IOException {
    out.append("<td class=\"cell ")
        .append(verdict.id())
        .append("\" data-verdict=\"")
        .append(verdict.id())
        .append('"');
    if (verdict != Collation.Verdict.DROPPED) {
      out.append(" style=\"").append(heat(similarity.orElse(1.0))).append('"');
    }
    out.append('>')
        .append(content)
        .append(content.isEmpty() ? "" : " ")
        .append("<span class=\"verdict\">")
        .append(HtmlPage.escape(CollationLabels.verdict(verdict, similarity)))
        .append("</span></td>");
  }

  private static void headerRow(Appendable out, String first, int versions) throws IOException {
    out.append("<tr><th>").append(first).append("</th>");
    for (int v = 0; v < versions; v++) {
      out.append("<th>").append(CollationLabels.letter(v)).append("</th>");
    }
    out.append("</tr>\n");
  }

  private static void writeMatrix(Collation.AgainstOriginal collation, Appendable out)
      throws IOException {
    Document original = collation.original();
    int n = collation.versions().size();
    out.append("<h2>Matrix</h2>\n<p class=\"muted\">= kept · ~ reworded · &gt; moved · dropped;")
        .append(" / split, \\ merged; with the similarity.</p>\n")
        .append("<table id=\"matrix\" class=\"heat\">\n");
    headerRow(out, "Unit of the original", n);
    for (Collation.Row row : collation.matrix()) {
      out.append("<tr class=\"row")
          .append(row.unit().kind().isStructural() ? " structural" : "")
          .append("\"><td>")
          .append(HtmlPage.escape(CollationLabels.indent(original, row.unit())))
          .append(HtmlPage.escape(CollationLabels.describe(original, row.unit(), 80)))
          .append("</td>");
      for (Collation.Cell c : row.cells()) {
        cell(out, c.verdict(), c.similarity(), HtmlPage.escape(CollationLabels.cell(c)));
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }

  private static void writeCore(Collation.Reconstructed collation, Appendable out)
      throws IOException {
    List<Document> versions = collation.versions();
    out.append(
        String.format(
            Locale.ROOT,
            "<h2>Core: what at least %d of %d versions share</h2>\n<p class=\"muted\">Each"
                + " row is named by the wording most versions share; each version kept it,"
                + " reworded it (with its similarity to it) or dropped the unit.</p>\n"
                + "<table id=\"core\" class=\"heat\">\n",
            collation.minVersions(),
            versions.size()));
    headerRow(out, "# shared wording", versions.size());
    int number = 0;
    for (Collation.CoreUnit unit : collation.core()) {
      out.append("<tr class=\"row\"><td><span class=\"num\">")
          .append(String.valueOf(++number))
          .append(' ')
          .append(unit.referenceUnit().kind().id())
          .append("</span> <b>")
          .append(HtmlPage.escape(unit.consensus()))
          .append("</b></td>");
      for (int v = 0; v < versions.size(); v++) {
        Optional<Unit> member = unit.units().get(v);
        cell(
            out,
            unit.verdict(v),
            unit.toConsensus().get(v),
            member.isEmpty()
                ? ""
                : HtmlPage.escape(CollationLabels.path(versions.get(v), member.get())));
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
        .append(CollationLabels.letters(sentence.units()))
        .append("</b> ")
        .append(HtmlPage.escape(sentence.consensus()));
    for (int v = 0; v < versions.size(); v++) {
      if (sentence.units().get(v).isEmpty()) {
        continue;
      }
      Collation.Verdict verdict = sentence.verdict(v);
      out.append("<div class=\"sentence\" data-verdict=\"")
          .append(verdict.id())
          .append("\"><b style=\"")
          .append(heat(sentence.toConsensus().get(v).orElse(0)))
          .append("\">")
          .append(CollationLabels.letter(v))
          .append(' ')
          .append(HtmlPage.escape(CollationLabels.verdict(verdict, sentence.toConsensus().get(v))))
          .append("</b> ");
      if (verdict == Collation.Verdict.KEPT) {
        out.append("</div>");
        continue;
      }
      if (v == ref || sentence.diffs().get(v).edits().isEmpty()) {
        out.append(
            HtmlPage.escape(
                InlineMarks.oneLine(
                    versions.get(v).source(), sentence.units().get(v).orElseThrow().span())));
        out.append("</div>");
        continue;
      }
      out.append("<span class=\"muted\">against ")
          .append(CollationLabels.letter(ref))
          .append(":</span> ");
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
    additionRows(collation, out, true);
    out.append("</table>\n");
    if (collation.additions().stream().anyMatch(a -> a.kind() != Collation.AdditionKind.NEW)) {
      out.append("<h3>Not counted as additions</h3>\n<p class=\"muted\">core-content: a heading")
          .append(" that only divides content of the core; extra-copy: another copy of what the")
          .append(" version has in the core.</p>\n<table id=\"apparent\">\n");
      headerRow(out, "Versions", versions.size());
      additionRows(collation, out, false);
      out.append("</table>\n");
    }
  }

  private static void additionRows(Collation collation, Appendable out, boolean isNew)
      throws IOException {
    List<Document> versions = collation.versions();
    for (Collation.Addition addition : collation.additions()) {
      if ((addition.kind() == Collation.AdditionKind.NEW) != isNew) {
        continue;
      }
      out.append("<tr><td>")
          .append(CollationLabels.letters(addition.units()))
          .append(isNew ? "" : " " + addition.kind().id())
          .append("</td>");
      for (int v = 0; v < versions.size(); v++) {
        Optional<Unit> unit = addition.units().get(v);
        if (unit.isEmpty()) {
          out.append("<td class=\"absent\"></td>");
          continue;
        }
        Document document = versions.get(v);
        out.append("<td data-verdict=\"added\">")
            .append(
                HtmlPage.escape(
                    unit.get().kind().isStructural()
                        ? unit.get().kind().id() + " " + CollationLabels.path(document, unit.get())
                        : CollationLabels.describe(document, unit.get(), 80)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
  }
}
