package org.clausediff.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.clausediff.dups.DuplicateLabel;
import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * The HTML report of {@code clausediff dups}: one self-contained page (see {@link HtmlPage}) with a
 * summary, the list of groups, and the whole document with every occurrence highlighted —
 * duplication in one colour, boilerplate in another, the occurrences cleaning removes struck
 * through. Each occurrence after the first starts with a link to its group's first occurrence
 * (click to jump), and each group in the list links to all its occurrences.
 *
 * <p>Occurrences of different groups may overlap, so the text is cut at every occurrence boundary
 * and each piece is one {@code span} whose classes name the labels covering it; every occurrence
 * starts with an empty anchor {@code span} whose id is {@code o<group>-<occurrence>}. All input
 * text is escaped with Commons Text {@code escapeHtml4}.
 */
final class DuplicatesHtmlWriter implements ReportWriter<DuplicateReport> {
  private static final String STYLE =
      HtmlPage.BASE_STYLE
          + "#text{white-space:pre-wrap;word-break:break-all;border:1px solid #d0d7de;"
          + "padding:8px 12px}\n"
          + ".dup{background:#ffebe9}.boiler{background:#ddf4ff}.dup.boiler{background:#f3e8ff}\n"
          + ".removed{text-decoration:line-through;text-decoration-color:#cf222e}\n"
          + "a.jump{color:#0969da;font-size:12px;vertical-align:super;text-decoration:none}\n"
          + ".flash{outline:2px solid #bf8700}\n"
          + "ol.groups li{margin:2px 0}\n.label-DUPLICATION{color:#cf222e;font-weight:600}"
          + ".label-BOILERPLATE{color:#0969da;font-weight:600}\n";
  private static final String SCRIPT =
      "document.addEventListener('DOMContentLoaded',function(){"
          + "Array.prototype.forEach.call(document.querySelectorAll('a.jump'),function(a){"
          + "a.addEventListener('click',function(e){"
          + "var target=document.getElementById(a.getAttribute('href').substring(1));"
          + "if(!target){return;}e.preventDefault();"
          + "var mark=target.nextElementSibling||target;mark.scrollIntoView({block:'center'});"
          + "mark.classList.add('flash');"
          + "setTimeout(function(){mark.classList.remove('flash');},1200);});});});";

  @Override
  public void write(DuplicateReport report, Appendable out) throws IOException {
    SourceText source = report.source();
    String title = "dups: " + PrintableText.name(source.name());
    HtmlPage.open(out, title, STYLE, SCRIPT);
    out.append("<header><h1>")
        .append("dups: ")
        .append(HtmlPage.name(source.name()))
        .append("</h1>");
    ExtractionNotes.html(out, "", source);
    out.append("<div>")
        .append(
            String.format(
                Locale.ROOT,
                "duplicated: <b>%.1f%%</b> (%d of %d code points); groups: %d DUPLICATION, %d"
                    + " BOILERPLATE",
                100 * report.duplicatedShare(),
                report.duplicatedLength(),
                source.length(),
                report.count(DuplicateLabel.DUPLICATION),
                report.count(DuplicateLabel.BOILERPLATE)))
        .append(
            " · <span class=\"dup\">duplication</span> <span class=\"boiler\">boilerplate</span>"
                + " <span class=\"dup removed\">removed by cleaning</span></div></header>\n<main>\n");
    out.append("<h2>Groups</h2>\n<ol class=\"groups\">\n");
    List<DuplicatePassage> passages = report.passages();
    for (int g = 0; g < passages.size(); g++) {
      DuplicatePassage passage = passages.get(g);
      out.append("<li><span class=\"label-")
          .append(passage.label().id())
          .append("\">")
          .append(passage.label().id())
          .append("</span> ")
          .append(passage.kind().id().toLowerCase(Locale.ROOT))
          .append(' ')
          .append(passage.reason().id())
          .append(", ")
          .append(String.valueOf(passage.first().length()))
          .append(" code points: ");
      for (int i = 0; i < passage.occurrences().size(); i++) {
        out.append(i == 0 ? "" : ", ")
            .append("<a class=\"jump\" href=\"#o")
            .append(g + "-" + i)
            .append("\">")
            .append(
                HtmlPage.escape(SourcePlaces.brief(source, passage.occurrences().get(i).start())))
            .append("</a>");
      }
      out.append(" — ")
          .append(HtmlPage.escape(PrintableText.snippet(source, passage.first(), 40)))
          .append("</li>\n");
    }
    out.append("</ol>\n<h2>Text</h2>\n<div id=\"text\">");
    writeText(report, out);
    out.append("</div>\n</main>\n");
    HtmlPage.close(out);
  }

  private static void writeText(DuplicateReport report, Appendable out) throws IOException {
    SourceText source = report.source();
    List<DuplicatePassage> passages = report.passages();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, source.length()));
    List<int[]> starts = new ArrayList<>(); // {offset, group, occurrence}
    for (int g = 0; g < passages.size(); g++) {
      List<Span> occurrences = passages.get(g).occurrences();
      for (int i = 0; i < occurrences.size(); i++) {
        cuts.add(occurrences.get(i).start());
        cuts.add(occurrences.get(i).end());
        starts.add(new int[] {occurrences.get(i).start(), g, i});
      }
    }
    for (Span removed : report.removed()) {
      cuts.add(removed.start());
      cuts.add(removed.end());
    }
    starts.sort(
        Comparator.comparingInt((int[] s) -> s[0])
            .thenComparingInt(s -> s[1])
            .thenComparingInt(s -> s[2]));
    // For each piece between two cuts: how many duplication, boilerplate and removed spans cover
    // it, by difference arrays over the pieces.
    List<Integer> points = new ArrayList<>(cuts);
    int[] dupCover = new int[points.size()];
    int[] boilerCover = new int[points.size()];
    int[] removedCover = new int[points.size()];
    for (DuplicatePassage passage : passages) {
      for (Span occurrence : passage.occurrences()) {
        cover(passage.isDuplication() ? dupCover : boilerCover, points, occurrence);
      }
    }
    for (Span removed : report.removed()) {
      cover(removedCover, points, removed);
    }
    int dupRun = 0;
    int boilerRun = 0;
    int removedRun = 0;
    int nextStart = 0;
    for (int k = 0; k + 1 < points.size(); k++) {
      int from = points.get(k);
      int to = points.get(k + 1);
      dupRun += dupCover[k];
      boilerRun += boilerCover[k];
      removedRun += removedCover[k];
      while (nextStart < starts.size() && starts.get(nextStart)[0] == from) {
        int[] start = starts.get(nextStart++);
        out.append("<span id=\"o").append(start[1] + "-" + start[2]).append("\"></span>");
        if (start[2] > 0) {
          out.append("<a class=\"jump\" href=\"#o")
              .append(start[1] + "-0")
              .append("\" title=\"first occurrence\">↩")
              .append(String.valueOf(start[1] + 1))
              .append("</a>");
        }
      }
      Span piece = Span.of(from, to);
      boolean dup = dupRun > 0;
      boolean boiler = boilerRun > 0;
      boolean removed = removedRun > 0;
      String text = HtmlPage.escape(source.substring(piece));
      if (dup || boiler || removed) {
        out.append("<span class=\"")
            .append(
                String.join(
                    " ",
                    List.of(dup ? "dup" : "", boiler ? "boiler" : "", removed ? "removed" : "")
                        .stream()
                        .filter(c -> !c.isEmpty())
                        .toList()))
            .append("\">")
            .append(text)
            .append("</span>");
      } else {
        out.append(text);
      }
    }
  }

  /** Adds 1 at the piece where {@code span} starts and -1 at the piece where it ends. */
  private static void cover(int[] cover, List<Integer> points, Span span) {
    cover[Collections.binarySearch(points, span.start())]++;
    cover[Collections.binarySearch(points, span.end())]--;
  }
}
