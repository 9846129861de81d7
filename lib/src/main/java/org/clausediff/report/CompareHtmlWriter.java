package org.clausediff.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Edit;
import org.clausediff.compare.Link;
import org.clausediff.compare.Op;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * The HTML report of {@code clausediff compare}: one self-contained page (inline style and script,
 * nothing loaded; see {@link HtmlPage}) with the two documents side by side.
 *
 * <p>One row ({@code tr.row}) per link of the aligned level and per deleted or added unit — as many
 * as the JSON report has entries of that level in {@code alignments}, {@code deleted} and {@code
 * added} — in the order of the right document, grouped under the right document's sections (a
 * deleted unit goes after the counterpart of the left unit before it). Each row shows the op, the
 * similarity, the left text with deleted characters in {@code <del>} and the right text with
 * inserted ones in {@code <ins>}; the several units of a split or merge are stacked in their cell.
 * A moved unit also leaves a placeholder row ({@code tr.ghost}) where it stood in the left
 * document; the two link to each other (click to jump). A summary bar gives the document similarity
 * and the counts per op; a check box shows only the changes; {@code j}/{@code n} and {@code
 * k}/{@code p} (or the arrow buttons) go to the next and previous change.
 *
 * <p>Every piece of input text is escaped with Commons Text {@code escapeHtml4}; the page's
 * Content-Security-Policy lets only its own script run.
 */
final class CompareHtmlWriter implements ReportWriter<Comparison> {
  private static final String STYLE =
      HtmlPage.BASE_STYLE
          + "#summary span{margin-right:14px}\n"
          + "#controls{margin-top:4px}\nbutton{font:inherit;padding:0 8px}\n"
          + "table.diff{table-layout:fixed}\n"
          + "table.diff .text{width:45%;word-break:break-all;white-space:pre-wrap}\n"
          + "table.diff .op{width:10%;white-space:nowrap;font-size:12px}\n"
          + "tr.section td{background:#f6f8fa;font-weight:600;border-top:2px solid #8c959f}\n"
          + "tr.section .left-path{font-weight:400;color:#57606a}\n"
          + "tr.EQUAL td.op{color:#57606a}\ntr.MODIFIED td.op{color:#9a6700}\n"
          + "tr.MOVED td.op{color:#0969da}\ntr.SPLIT td.op,tr.MERGED td.op{color:#8250df}\n"
          + "tr.DELETED td.op{color:#cf222e}\ntr.ADDED td.op{color:#1a7f37}\n"
          + "tr.DELETED td.left{background:#fff5f5}\ntr.ADDED td.right{background:#f4fff4}\n"
          + "tr.ghost td{color:#57606a;font-style:italic;background:#fbfbfb}\n"
          + "div.unit+div.unit{border-top:1px dashed #d0d7de;margin-top:2px;padding-top:2px}\n"
          + "a.jump{color:#0969da;cursor:pointer}\n"
          + "tr.current td{outline:2px solid #0969da}\n"
          + "tr.flash td{background:#fff8c5 !important}\n"
          + "body.only-changes tr.EQUAL{display:none}\n";
  private static final String SCRIPT =
      "document.addEventListener('DOMContentLoaded',function(){"
          + "var box=document.getElementById('only-changes');"
          + "box.addEventListener('change',function(){"
          + "document.body.classList.toggle('only-changes',box.checked);});"
          + "var index=-1;"
          + "function changes(){return Array.prototype.filter.call("
          + "document.querySelectorAll('tr.change'),function(r){return r.offsetParent!==null;});}"
          + "function go(step){var list=changes();if(list.length===0){return;}"
          + "var old=document.querySelector('tr.current');if(old){old.classList.remove('current');}"
          + "index=Math.max(0,Math.min(list.length-1,index+step));var row=list[index];"
          + "row.classList.add('current');row.scrollIntoView({block:'center'});}"
          + "document.getElementById('next').addEventListener('click',function(){go(1);});"
          + "document.getElementById('previous').addEventListener('click',function(){go(-1);});"
          + "document.addEventListener('keydown',function(e){"
          + "if(e.altKey||e.ctrlKey||e.metaKey){return;}"
          + "if(e.key==='j'||e.key==='n'){go(1);e.preventDefault();}"
          + "else if(e.key==='k'||e.key==='p'){go(-1);e.preventDefault();}});"
          + "Array.prototype.forEach.call(document.querySelectorAll('a.jump'),function(a){"
          + "a.addEventListener('click',function(e){"
          + "var target=document.getElementById(a.getAttribute('href').substring(1));"
          + "if(!target){return;}e.preventDefault();target.scrollIntoView({block:'center'});"
          + "history.replaceState(null,'','#'+target.id);"
          + "target.classList.add('flash');"
          + "setTimeout(function(){target.classList.remove('flash');},1200);});});"
          + "});";

  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    String title =
        "compare: " + PrintableText.name(left.name()) + " → " + PrintableText.name(right.name());
    HtmlPage.open(out, title, STYLE, SCRIPT);
    writeHeader(
        comparison,
        "compare: " + HtmlPage.name(left.name()) + " → " + HtmlPage.name(right.name()),
        out);
    out.append(
            "<main>\n<table class=\"diff\">\n<thead><tr><th class=\"op\">op</th><th class=\"text\">")
        .append(HtmlPage.name(left.name()))
        .append("</th><th class=\"text\">")
        .append(HtmlPage.name(right.name()))
        .append("</th></tr></thead>\n<tbody>\n");
    List<CompareRows.Row> rows = CompareRows.of(comparison);
    Map<Integer, Link> structural = CompareRows.structuralByRight(comparison);
    Map<Correspondence, Integer> numbers = new IdentityHashMap<>();
    int number = 0;
    for (CompareRows.Row row : rows) {
      if (row.kind() == CompareRows.Kind.LINK) {
        numbers.put(row.link().get(), number++);
      }
    }
    String section = null;
    int rowNumber = 0;
    for (CompareRows.Row row : rows) {
      Optional<Unit> context = CompareRows.context(comparison, row);
      String path = context.map(right::sectionPath).orElse("");
      if (!path.equals(section)) {
        section = path;
        writeSection(comparison, context, structural, out);
      }
      switch (row.kind()) {
        case LINK:
          writeLink(comparison, row.link().get(), numbers.get(row.link().get()), out);
          break;
        case GHOST:
          writeGhost(comparison, row.link().get(), numbers.get(row.link().get()), out);
          break;
        case DELETED:
          writeUnit(left.source(), row.unit(), "DELETED", "d" + rowNumber, true, out);
          break;
        case ADDED:
          writeUnit(right.source(), row.unit(), "ADDED", "a" + rowNumber, false, out);
          break;
      }
      rowNumber++;
    }
    out.append("</tbody>\n</table>\n</main>\n");
    HtmlPage.close(out);
  }

  /** Writes the header; {@code heading} is HTML. */
  private static void writeHeader(Comparison comparison, String heading, Appendable out)
      throws IOException {
    out.append("<header>\n<h1>").append(heading).append("</h1>\n<div id=\"summary\">");
    out.append(
        CompareRows.similarity(
            comparison,
            "<span><b>similarity %.4f</b> (%s)</span><span>linked: %.1f%% of left, %.1f%% of"
                + " right, %.1f%% of that in place</span>"));
    out.append("<br><span>").append(comparison.options().level().id()).append("s:</span>");
    counts(
        out,
        comparison.counts(),
        ComparisonParts.deletedUnits(comparison).size(),
        ComparisonParts.addedUnits(comparison).size());
    if (comparison.options().structural()) {
      out.append("<br><span>structure:</span>");
      counts(
          out,
          comparison.structuralCounts(),
          ComparisonParts.deletedStructure(comparison).size(),
          ComparisonParts.addedStructure(comparison).size());
    }
    out.append("</div>\n<div id=\"controls\"><label><input type=\"checkbox\" id=\"only-changes\">")
        .append(
            " show only changes</label> <button id=\"previous\" title=\"previous change (k, p)\">")
        .append("↑</button><button id=\"next\" title=\"next change (j, n)\">↓</button>")
        .append(" <span class=\"muted\">j/n next change, k/p previous</span></div>\n</header>\n");
  }

  private static void counts(Appendable out, Map<Op, Integer> counts, int deleted, int added)
      throws IOException {
    for (Map.Entry<Op, Integer> count : counts.entrySet()) {
      out.append("<span class=\"count\" data-op=\"")
          .append(count.getKey().name())
          .append("\">")
          .append(String.valueOf(count.getValue()))
          .append(' ')
          .append(count.getKey().name().toLowerCase(Locale.ROOT))
          .append("</span>");
    }
    out.append("<span class=\"count\" data-op=\"DELETED\">")
        .append(String.valueOf(deleted))
        .append(" deleted</span><span class=\"count\" data-op=\"ADDED\">")
        .append(String.valueOf(added))
        .append(" added</span>");
  }

  private static void writeSection(
      Comparison comparison, Optional<Unit> context, Map<Integer, Link> structural, Appendable out)
      throws IOException {
    String path = context.map(comparison.right().document()::sectionPath).orElse("");
    out.append("<tr class=\"section\"><td colspan=\"3\">")
        .append(HtmlPage.escape(path.isEmpty() ? "(before the first heading)" : path));
    Optional<String> from =
        context.flatMap(unit -> CompareRows.leftSection(comparison, structural, unit));
    if (from.isPresent()) {
      out.append(" <span class=\"left-path\">")
          .append(HtmlPage.escape(from.get()))
          .append("</span>");
    }
    out.append("</td></tr>\n");
  }

  private static void writeLink(
      Comparison comparison, Correspondence entry, int number, Appendable out) throws IOException {
    Link link = entry.link();
    SourceText left = comparison.left().document().source();
    SourceText right = comparison.right().document().source();
    boolean moved = link.op() == Op.MOVED || link.moved();
    out.append("<tr class=\"row ")
        .append(link.op().name())
        .append(link.op() == Op.EQUAL ? "" : " change")
        .append("\" id=\"k")
        .append(String.valueOf(number))
        .append("\" data-op=\"")
        .append(link.op().name())
        .append("\"><td class=\"op\">")
        .append(link.op().name().toLowerCase(Locale.ROOT));
    if (link.leftUnits().size() > 1 || link.rightUnits().size() > 1) {
      out.append(
          String.format(Locale.ROOT, " %d→%d", link.leftUnits().size(), link.rightUnits().size()));
    }
    if (link.op() == Op.MOVED) {
      out.append(link.identical() ? " (unchanged)" : " (modified)");
    } else if (link.moved()) {
      out.append(" (moved)");
    }
    out.append(
        String.format(
            Locale.ROOT, "<br><span class=\"num\">%.2f</span>", link.similarity().value()));
    if (moved) {
      out.append("<br><a class=\"jump\" href=\"#g")
          .append(String.valueOf(number))
          .append("\" title=\"where it stood in the left document\">← from</a>");
    }
    out.append("</td><td class=\"text left\">");
    side(left, link.leftUnits(), entry, true, out);
    out.append("</td><td class=\"text right\">");
    side(right, link.rightUnits(), entry, false, out);
    out.append("</td></tr>\n");
  }

  private static void writeGhost(
      Comparison comparison, Correspondence entry, int number, Appendable out) throws IOException {
    SourceText left = comparison.left().document().source();
    Link link = entry.link();
    out.append("<tr class=\"ghost\" id=\"g")
        .append(String.valueOf(number))
        .append("\"><td class=\"op\"><a class=\"jump\" href=\"#k")
        .append(String.valueOf(number))
        .append("\" title=\"where it went in the right document\">moved to →</a></td>")
        .append("<td class=\"text left\">");
    for (Unit unit : link.leftUnits()) {
      out.append("<div class=\"unit\">")
          .append(HtmlPage.escape(InlineMarks.oneLine(left, unit.span())))
          .append("</div>");
    }
    out.append("</td><td class=\"text right\"></td></tr>\n");
  }

  private static void writeUnit(
      SourceText source, Unit unit, String op, String id, boolean isLeft, Appendable out)
      throws IOException {
    String text = HtmlPage.escape(InlineMarks.oneLine(source, unit.span()));
    out.append("<tr class=\"row ")
        .append(op)
        .append(" change\" id=\"")
        .append(id)
        .append("\" data-op=\"")
        .append(op)
        .append("\"><td class=\"op\">")
        .append(op.toLowerCase(Locale.ROOT))
        .append("</td><td class=\"text left\">")
        .append(isLeft ? "<del>" + text + "</del>" : "")
        .append("</td><td class=\"text right\">")
        .append(isLeft ? "" : "<ins>" + text + "</ins>")
        .append("</td></tr>\n");
  }

  /**
   * One side of a link: each unit in its own block, with the characters the diff deletes (left) or
   * inserts (right) marked.
   */
  private static void side(
      SourceText source, List<Unit> units, Correspondence entry, boolean isLeft, Appendable out)
      throws IOException {
    List<Span> changed = new ArrayList<>();
    for (Edit edit : entry.diff().changes()) {
      Span span = isLeft ? edit.left() : edit.right();
      if (!span.isEmpty()) {
        changed.add(span);
      }
    }
    String open = isLeft ? "<del>" : "<ins>";
    String close = isLeft ? "</del>" : "</ins>";
    for (Unit unit : units) {
      out.append("<div class=\"unit\">");
      int cursor = unit.span().start();
      for (Span span : changed) {
        if (span.end() <= cursor || span.start() >= unit.span().end()) {
          continue;
        }
        int from = Math.max(cursor, span.start());
        int to = Math.min(unit.span().end(), span.end());
        out.append(HtmlPage.escape(InlineMarks.oneLine(source, Span.of(cursor, from))));
        out.append(open)
            .append(HtmlPage.escape(InlineMarks.oneLine(source, Span.of(from, to))))
            .append(close);
        cursor = to;
      }
      out.append(HtmlPage.escape(InlineMarks.oneLine(source, Span.of(cursor, unit.span().end()))));
      out.append("</div>");
    }
    if (entry.diff().truncated()) {
      out.append("<div class=\"muted\">(too long for a character diff)</div>");
    }
  }
}
