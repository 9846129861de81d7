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
 * nothing loaded; see {@link HtmlPage}), structure first.
 *
 * <p>An outline ({@code nav#outline}: a sticky sidebar, a panel above the text on narrow screens)
 * lists every block of the {@link Outline} — each pair of linked sections, items and sub-items with
 * its verdict, similarity and renumbering, and each one deleted or added, named as such — and links
 * to it. The text follows block by block ({@code section.block}), in the order of the right
 * document, each under a heading that names both sides: one row ({@code div.row}) per link of the
 * aligned level, with the op, the similarity, the left text with deleted characters in {@code
 * <del>} and the right text with inserted ones in {@code <ins>}; the units without counterpart at
 * one place share a row, deleted on the left and added on the right. A deleted or added block is
 * one collapsible {@code <details>}. A unit linked to another block, or out of order, leaves a
 * placeholder row ({@code div.ghost}) where it stood; the two link to each other.
 *
 * <p>The summary counts are filters (by op for the aligned units, by verdict for the blocks); a
 * check box shows only the changes; {@code j}/{@code n} and {@code k}/{@code p} (or the arrow
 * buttons) go from change to change, with a counter ({@code 12 of 87}). The page has a compact
 * header, stacks the two sides on phones, prints with insertions underlined and deletions struck
 * (controls hidden, colours kept), follows a dark colour scheme, and marks deletions orange and
 * insertions blue, which stay apart under the common forms of colour blindness.
 *
 * <p>Every piece of input text is escaped with Commons Text {@code escapeHtml4}; the page's
 * Content-Security-Policy lets only its own script run.
 */
final class CompareHtmlWriter implements ReportWriter<Comparison> {
  private static final int OUTLINE_HEADING = 30;
  private static final String STYLE =
      ":root{color-scheme:light dark;--fg:#1f2328;--bg:#fff;--muted:#59636e;--line:#d1d9e0;"
          + "--panel:#f6f8fa;--head:#eaeef2;--accent:#0969da;--flash:#fff8c5;"
          + "--del-fg:#953800;--del-bg:#fff1e5;--ins-fg:#0a3069;--ins-bg:#ddf4ff;"
          + "--modified:#7d4e00;--moved:#6639ba;--bar:38px}\n"
          + "@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;"
          + "--line:#3d444d;--panel:#151b23;--head:#212830;--accent:#4493f8;--flash:#4b3f0a;"
          + "--del-fg:#ffb77c;--del-bg:#45230b;--ins-fg:#a5d6ff;--ins-bg:#0c2d6b;"
          + "--modified:#e3b341;--moved:#d2a8ff}}\n"
          + "*{box-sizing:border-box}\n"
          + "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\","
          + "\"Microsoft YaHei\",sans-serif;margin:0;color:var(--fg);background:var(--bg);"
          + "line-height:1.6}\n"
          + "header{padding:6px 16px 4px;background:var(--panel);font-size:13px}\n"
          + "h1{font-size:15px;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}\n"
          + "#counts{display:flex;flex-wrap:wrap;gap:2px 4px;align-items:baseline}\n"
          + "#counts .what{color:var(--muted);margin-left:6px}\n"
          + "button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);"
          + "border-radius:4px;padding:0 6px;cursor:pointer}\n"
          + "button[aria-pressed=true]{background:var(--accent);color:var(--bg)}\n"
          + "#bar{position:sticky;top:0;z-index:3;height:var(--bar);display:flex;gap:6px;"
          + "align-items:center;padding:0 16px;background:var(--panel);"
          + "border-bottom:1px solid var(--line);white-space:nowrap;overflow-x:auto;font-size:13px}\n"
          + "#counter{font-variant-numeric:tabular-nums;min-width:6em;text-align:center}\n"
          + "#layout{display:grid;grid-template-columns:minmax(220px,24%) minmax(0,1fr)}\n"
          + "#outline{position:sticky;top:var(--bar);align-self:start;"
          + "max-height:calc(100vh - var(--bar));overflow:auto;border-right:1px solid var(--line);"
          + "font-size:13px;padding:4px 8px 16px}\n"
          + "#outline summary{font-weight:600;cursor:pointer}\n"
          + "#outline ol{list-style:none;margin:0;padding:0}\n"
          + "#outline li{padding:1px 0;line-height:1.35}\n"
          + "#outline .d1{padding-left:1em}#outline .d2{padding-left:2em}"
          + "#outline .d3{padding-left:3em}\n"
          + "#outline a{color:inherit;text-decoration:none}\n#outline a:hover{text-decoration:underline}\n"
          + ".verdict{font-size:12px;color:var(--muted);white-space:nowrap}\n"
          + ".renum{font-size:12px;color:var(--moved);white-space:nowrap}\n"
          + "#outline li.DELETED>a,section.DELETED summary .name{color:var(--del-fg);"
          + "text-decoration:line-through}\n"
          + "#outline li.ADDED>a,section.ADDED summary .name{color:var(--ins-fg);"
          + "text-decoration:underline}\n"
          + "main{padding:0 16px 40vh;min-width:0}\n"
          + ".row{display:grid;grid-template-columns:7em minmax(0,1fr) minmax(0,1fr);"
          + "border-bottom:1px solid var(--line);scroll-margin-top:calc(var(--bar) + 8px)}\n"
          + ".row>div{padding:3px 8px;min-width:0}\n"
          + ".row .text{white-space:pre-wrap;word-break:break-all}\n"
          + ".row.names{position:static;font-weight:600;font-size:13px;border-bottom:2px solid "
          + "var(--line)}\n"
          + ".op{font-size:12px;color:var(--muted);white-space:nowrap}\n"
          + ".MODIFIED>.op{color:var(--modified)}\n.MOVED>.op,.SPLIT>.op,.MERGED>.op{color:var(--moved)}\n"
          + ".unit+.unit{border-top:1px dashed var(--line);margin-top:2px;padding-top:2px}\n"
          + "section.block{scroll-margin-top:calc(var(--bar) + 8px)}\n"
          + "section.block>h2,section.block summary{font-size:14px;margin:0;padding:6px 8px 4px;"
          + "background:var(--head);border-top:2px solid var(--line)}\n"
          + "section.block summary{cursor:pointer}\n"
          + ".from{font-weight:400;color:var(--muted)}\n"
          + "section.depth1>h2,section.depth1 summary{padding-left:20px}\n"
          + "section.depth2>h2,section.depth2 summary,section.depth3>h2{padding-left:32px}\n"
          + "del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through}\n"
          + "ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:underline;"
          + "text-decoration-style:dotted;text-underline-offset:2px}\n"
          + ".ghost .text{color:var(--muted);font-style:italic}\n"
          + "a.jump{color:var(--accent);cursor:pointer}\n"
          + ".current{outline:2px solid var(--accent);outline-offset:-2px}\n"
          + ".flash{background:var(--flash) !important}\n"
          + ".num{font-variant-numeric:tabular-nums}\n.muted{color:var(--muted)}\n"
          + "body.only-changes .row.EQUAL{display:none}\n.by-op,.by-verdict{display:none !important}\n"
          + "@media screen and (max-width:760px){#layout{display:block}#counts .zero{display:none}"
          + "#outline{position:static;max-height:none;border-right:0;"
          + "border-bottom:1px solid var(--line)}"
          + "main{padding:0 6px 40vh}.row{grid-template-columns:minmax(0,1fr)}"
          + ".row.names{display:none}.row .left:not(:empty){border-left:3px solid var(--del-fg)}"
          + ".row .right:not(:empty){border-left:3px solid var(--ins-fg)}"
          + ".row .text:empty{display:none}#bar .hint{display:none}}\n"
          + "@media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
          + "#bar,#outline,.hint,a.jump{display:none !important}#layout{display:block}"
          + "header{background:none}#counts button{border:0;padding:0}"
          + "main{padding:0 0 0 0}.row{break-inside:avoid}"
          + "del{text-decoration:line-through}ins{text-decoration:underline solid}"
          + "details::details-content{content-visibility:visible;display:block}"
          + "section.block>h2,section.block summary{break-after:avoid}}\n";

  private static final String SCRIPT =
      "document.addEventListener('DOMContentLoaded',function(){"
          + "var body=document.body,counter=document.getElementById('counter');"
          + "function all(s,r){return Array.prototype.slice.call((r||document).querySelectorAll(s));}"
          + "var ops={},verdicts={},index=-1,current=null;"
          + "function visible(e){return e.offsetParent!==null;}"
          + "function changes(){return all('.change').filter(visible);}"
          + "function count(){var list=changes();index=current?list.indexOf(current):-1;"
          + "counter.textContent=(index<0?'\\u2013':String(index+1))+' of '+list.length;}"
          + "function any(set){return Object.keys(set).some(function(k){return set[k];});}"
          + "function apply(){var byOp=any(ops),byVerdict=any(verdicts);"
          + "all('section.block').forEach(function(b){b.classList.toggle('by-verdict',"
          + "byVerdict&&!verdicts[b.dataset.verdict]);});"
          + "all('#outline li').forEach(function(l){l.classList.toggle('by-verdict',"
          + "byVerdict&&!verdicts[l.dataset.verdict]);});"
          + "all('[data-op]').forEach(function(r){r.classList.toggle('by-op',byOp&&"
          + "!r.dataset.op.split(' ').some(function(o){return ops[o];}));});"
          + "document.getElementById('show-all').hidden=!(byOp||byVerdict);count();}"
          + "all('#counts button').forEach(function(b){b.addEventListener('click',function(){"
          + "var set=b.dataset.filterOp?ops:verdicts,key=b.dataset.filterOp||b.dataset.filterVerdict;"
          + "set[key]=!set[key];b.setAttribute('aria-pressed',set[key]?'true':'false');apply();});});"
          + "document.getElementById('show-all').addEventListener('click',function(){"
          + "ops={};verdicts={};all('#counts button').forEach(function(b){"
          + "b.setAttribute('aria-pressed','false');});apply();});"
          + "var box=document.getElementById('only-changes');"
          + "box.addEventListener('change',function(){"
          + "body.classList.toggle('only-changes',box.checked);count();});"
          + "function go(step){var list=changes();if(list.length===0){return;}"
          + "var at=current?list.indexOf(current):-1;"
          + "var next=at<0?(step>0?0:list.length-1):Math.max(0,Math.min(list.length-1,at+step));"
          + "if(current){current.classList.remove('current');}current=list[next];"
          + "current.classList.add('current');current.scrollIntoView({block:'center'});count();}"
          + "document.getElementById('next').addEventListener('click',function(){go(1);});"
          + "document.getElementById('previous').addEventListener('click',function(){go(-1);});"
          + "document.addEventListener('keydown',function(e){"
          + "if(e.altKey||e.ctrlKey||e.metaKey){return;}"
          + "if(e.key==='j'||e.key==='n'){go(1);e.preventDefault();}"
          + "else if(e.key==='k'||e.key==='p'){go(-1);e.preventDefault();}});"
          + "all('a.jump').forEach(function(a){a.addEventListener('click',function(e){"
          + "var target=document.getElementById(a.getAttribute('href').substring(1));"
          + "if(!target){return;}e.preventDefault();"
          + "for(var p=target.parentElement;p;p=p.parentElement){if(p.tagName==='DETAILS'){"
          + "p.open=true;}}"
          + "target.scrollIntoView({block:'center'});history.replaceState(null,'','#'+target.id);"
          + "target.classList.add('flash');"
          + "setTimeout(function(){target.classList.remove('flash');},1200);});});"
          + "var closed=[];window.addEventListener('beforeprint',function(){"
          + "closed=all('details:not([open])');closed.forEach(function(d){d.open=true;});});"
          + "window.addEventListener('afterprint',function(){"
          + "closed.forEach(function(d){d.open=false;});closed=[];});"
          + "if(window.matchMedia('(max-width:760px)').matches){"
          + "document.getElementById('outline-panel').open=false;}"
          + "count();});";

  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    Outline outline = Outline.of(comparison);
    Ids ids = new Ids(outline);
    String title =
        "compare: " + PrintableText.name(left.name()) + " → " + PrintableText.name(right.name());
    HtmlPage.open(out, title, STYLE, SCRIPT);
    writeHeader(
        comparison,
        title,
        "compare: " + HtmlPage.name(left.name()) + " → " + HtmlPage.name(right.name()),
        ids.changes,
        out);
    out.append("<div id=\"layout\">\n");
    writeOutline(outline, out);
    out.append("<main>\n<div class=\"row names\"><div class=\"op\">op</div><div class=\"text\">")
        .append(HtmlPage.name(left.name()))
        .append("</div><div class=\"text\">")
        .append(HtmlPage.name(right.name()))
        .append("</div></div>\n");
    for (Outline.Block block : outline.blocks()) {
      if (block.kind() == Outline.BlockKind.PREAMBLE && block.rows().isEmpty()) {
        continue;
      }
      writeBlock(outline, block, ids, out);
    }
    out.append("</main>\n</div>\n");
    HtmlPage.close(out);
  }

  /** The ids of the rows that refer to each other, and the number of changes. */
  private static final class Ids {
    final Map<Correspondence, Integer> links = new IdentityHashMap<>();
    final int changes;

    Ids(Outline outline) {
      int changes = 0;
      for (Outline.Block block : outline.blocks()) {
        if (whole(block)) {
          changes++;
        }
        for (Outline.Row row : block.rows()) {
          if (row.kind() == Outline.RowKind.LINK) {
            links.put(row.link().orElseThrow(), links.size());
          }
          if (!whole(block) && isChange(row)) {
            changes++;
          }
        }
      }
      this.changes = changes;
    }
  }

  /** Whether a block is shown as one collapsible whole: a deleted or added unit. */
  private static boolean whole(Outline.Block block) {
    return block.kind() == Outline.BlockKind.DELETED || block.kind() == Outline.BlockKind.ADDED;
  }

  private static boolean isChange(Outline.Row row) {
    return row.kind() == Outline.RowKind.UNLINKED
        || (row.kind() == Outline.RowKind.LINK && row.link().orElseThrow().op() != Op.EQUAL);
  }

  /** Writes the header: {@code title} is plain text (for the tooltip), {@code heading} HTML. */
  private static void writeHeader(
      Comparison comparison, String title, String heading, int changes, Appendable out)
      throws IOException {
    out.append("<header>\n<h1 title=\"")
        .append(HtmlPage.escape(title))
        .append("\">")
        .append(heading)
        .append("</h1>\n<div id=\"summary\">");
    out.append(
        ComparisonParts.similarity(
            comparison,
            "<b>similarity %.4f</b> (%s) · linked: %.1f%% of left, %.1f%% of right, %.1f%% of"
                + " that in place"));
    out.append("</div>\n<div id=\"counts\"><span class=\"what\">")
        .append(comparison.options().level().id())
        .append("s:</span>");
    counts(
        out,
        "op",
        comparison.counts(),
        ComparisonParts.deletedUnits(comparison).size(),
        ComparisonParts.addedUnits(comparison).size());
    if (comparison.options().structural()) {
      out.append("<span class=\"what\">structure:</span>");
      counts(
          out,
          "verdict",
          comparison.structuralCounts(),
          ComparisonParts.deletedStructure(comparison).size(),
          ComparisonParts.addedStructure(comparison).size());
    }
    out.append("</div>\n</header>\n<div id=\"bar\"><label><input type=\"checkbox\"")
        .append(" id=\"only-changes\"> only changes</label>")
        .append("<button id=\"previous\" title=\"previous change (k, p)\">↑</button>")
        .append("<span id=\"counter\">– of ")
        .append(String.valueOf(changes))
        .append("</span><button id=\"next\" title=\"next change (j, n)\">↓</button>")
        .append("<button id=\"show-all\" hidden>show all</button>")
        .append("<span class=\"muted hint\">j/n next change, k/p previous;")
        .append(" the counts filter</span></div>\n");
  }

  private static void counts(
      Appendable out, String filter, Map<Op, Integer> counts, int deleted, int added)
      throws IOException {
    for (Map.Entry<Op, Integer> count : counts.entrySet()) {
      count(out, filter, count.getKey().name(), count.getValue());
    }
    count(out, filter, "DELETED", deleted);
    count(out, filter, "ADDED", added);
  }

  private static void count(Appendable out, String filter, String key, int count)
      throws IOException {
    out.append("<button class=\"count")
        .append(count == 0 ? " zero" : "")
        .append("\" data-filter-")
        .append(filter)
        .append("=\"")
        .append(key)
        .append("\" aria-pressed=\"false\" title=\"show only these\">")
        .append(String.valueOf(count))
        .append(' ')
        .append(key.toLowerCase(Locale.ROOT))
        .append("</button>");
  }

  private static void writeOutline(Outline outline, Appendable out) throws IOException {
    Document left = outline.comparison().left().document();
    long entries =
        outline.blocks().stream().filter(b -> b.kind() != Outline.BlockKind.PREAMBLE).count();
    out.append("<nav id=\"outline\"><details id=\"outline-panel\" open><summary>outline (")
        .append(String.valueOf(entries))
        .append(")</summary>\n<ol>\n");
    for (Outline.Block block : outline.blocks()) {
      if (block.kind() == Outline.BlockKind.PREAMBLE) {
        continue;
      }
      out.append("<li class=\"")
          .append(block.kind().name())
          .append(" d")
          .append(String.valueOf(Math.min(block.depth(), 3)))
          .append("\" data-verdict=\"")
          .append(BlockLabels.key(block))
          .append("\"><a href=\"#b")
          .append(String.valueOf(block.number()))
          .append("\" class=\"name\" title=\"")
          .append(HtmlPage.escape(BlockLabels.heading(block)))
          .append("\">")
          .append(HtmlPage.escape(shortened(BlockLabels.heading(block))))
          .append("</a>");
      if (block.kind() == Outline.BlockKind.LINKED) {
        String from = BlockLabels.path(left, List.of(block.left().get(0)));
        out.append(" <span class=\"from\" title=\"")
            .append(HtmlPage.escape(from))
            .append("\">← ")
            .append(HtmlPage.escape(shortened(shortHeadings(block.left()))))
            .append("</span>");
      }
      out.append(" <span class=\"verdict\">")
          .append(HtmlPage.escape(BlockLabels.verdict(block)))
          .append("</span>");
      Optional<String> renumbering = BlockLabels.renumbering(block);
      if (renumbering.isPresent()) {
        out.append(" <span class=\"renum\">")
            .append(HtmlPage.escape(renumbering.get()))
            .append("</span>");
      }
      out.append("</li>\n");
    }
    out.append("</ol></details></nav>\n");
  }

  /**
   * A heading for the outline: at most {@value #OUTLINE_HEADING} code points, then {@code …} (the
   * title of a 第X条 is its whole first sentence).
   */
  private static String shortened(String heading) {
    if (heading.codePointCount(0, heading.length()) <= OUTLINE_HEADING) {
      return heading;
    }
    return heading.substring(0, heading.offsetByCodePoints(0, OUTLINE_HEADING)) + "…";
  }

  /** The headings of some units, joined by {@code +}. */
  private static String shortHeadings(List<Unit> units) {
    List<String> headings = new ArrayList<>();
    for (Unit unit : units) {
      headings.add(unit.heading().map(h -> h.text()).orElse(""));
    }
    return String.join(" + ", headings);
  }

  private static void writeBlock(Outline outline, Outline.Block block, Ids ids, Appendable out)
      throws IOException {
    Comparison comparison = outline.comparison();
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    boolean whole = whole(block);
    out.append("<section class=\"block ")
        .append(block.kind().name())
        .append(" depth")
        .append(String.valueOf(Math.min(block.depth(), 3)))
        .append(whole ? " change" : "")
        .append("\" id=\"b")
        .append(String.valueOf(block.number()))
        .append("\" data-verdict=\"")
        .append(BlockLabels.key(block))
        .append('"');
    if (whole) {
      out.append(" data-op=\"").append(block.kind().name()).append('"');
    }
    out.append('>');
    out.append(whole ? "<details><summary>" : "<h2>");
    switch (block.kind()) {
      case PREAMBLE:
        out.append("<span class=\"name\">(before the first heading)</span>");
        break;
      case LINKED:
        out.append("<span class=\"name\">")
            .append(HtmlPage.escape(BlockLabels.path(right, block.right())))
            .append("</span> <span class=\"from\">← ")
            .append(HtmlPage.escape(BlockLabels.path(left, block.left())))
            .append("</span>");
        break;
      case DELETED:
      case ADDED:
      case UNMATCHED:
        boolean isLeft = block.right().isEmpty();
        Document document = isLeft ? left : right;
        List<Unit> units = isLeft ? block.left() : block.right();
        out.append("<span class=\"name\">")
            .append(HtmlPage.escape(BlockLabels.path(document, units)))
            .append("</span> <span class=\"from\">")
            .append(isLeft ? "left " : "right ")
            .append(
                HtmlPage.escape(SourcePlaces.brief(document.source(), units.get(0).span().start())))
            .append("</span>");
        break;
    }
    if (block.kind() != Outline.BlockKind.PREAMBLE) {
      out.append(" <span class=\"verdict\">").append(HtmlPage.escape(BlockLabels.verdict(block)));
      if (whole) {
        int units =
            (block.kind() == Outline.BlockKind.DELETED ? block.leftText() : block.rightText())
                .size();
        out.append(", ")
            .append(String.valueOf(units))
            .append(' ')
            .append(comparison.options().level().id())
            .append(units == 1 ? "" : "s");
      }
      out.append("</span>");
    }
    Optional<String> renumbering = BlockLabels.renumbering(block);
    if (renumbering.isPresent()) {
      out.append(" <span class=\"renum\">")
          .append(HtmlPage.escape(renumbering.get()))
          .append("</span>");
    }
    out.append(whole ? "</summary>\n" : "</h2>\n");
    int unlinked = 0;
    for (Outline.Row row : block.rows()) {
      switch (row.kind()) {
        case LINK:
          writeLink(outline, row, ids, !whole, out);
          break;
        case GHOST:
          writeGhost(outline, row, ids, out);
          break;
        case UNLINKED:
          writeUnlinked(comparison, row, "u" + block.number() + "-" + unlinked++, !whole, out);
          break;
      }
    }
    out.append(whole ? "</details>" : "").append("</section>\n");
  }

  private static void writeLink(
      Outline outline, Outline.Row row, Ids ids, boolean countsAsChange, Appendable out)
      throws IOException {
    Comparison comparison = outline.comparison();
    Correspondence entry = row.link().orElseThrow();
    Link link = entry.link();
    int number = ids.links.get(entry);
    out.append("<div class=\"row ")
        .append(link.op().name())
        .append(countsAsChange && link.op() != Op.EQUAL ? " change" : "")
        .append("\" id=\"k")
        .append(String.valueOf(number))
        .append("\" data-op=\"")
        .append(link.op().name())
        .append("\"><div class=\"op\">")
        .append(HtmlPage.escape(BlockLabels.op(link)));
    if (link.leftUnits().size() > 1 || link.rightUnits().size() > 1) {
      out.append(
          String.format(Locale.ROOT, " %d→%d", link.leftUnits().size(), link.rightUnits().size()));
    }
    out.append("<br><span class=\"num\">")
        .append(Decimals.fixed(link.similarity().value(), 2))
        .append("</span>");
    if (row.crossing()) {
      Outline.Block from = outline.leftBlock(link.firstLeft());
      out.append("<br><a class=\"jump\" href=\"#g")
          .append(String.valueOf(number))
          .append("\" title=\"where it stood in the left document: ")
          .append(HtmlPage.escape(blockName(outline, from)))
          .append("\">← from</a>");
    }
    out.append("</div><div class=\"text left\">");
    side(comparison.left().document().source(), link.leftUnits(), entry, true, out);
    out.append("</div><div class=\"text right\">");
    side(comparison.right().document().source(), link.rightUnits(), entry, false, out);
    out.append("</div></div>\n");
  }

  /** A block's heading for people, on the side where it has one. */
  private static String blockName(Outline outline, Outline.Block block) {
    Document left = outline.comparison().left().document();
    Document right = outline.comparison().right().document();
    switch (block.kind()) {
      case PREAMBLE:
        return "before the first heading";
      case DELETED:
      case UNMATCHED:
        return block.right().isEmpty()
            ? BlockLabels.path(left, block.left()) + " (left)"
            : BlockLabels.path(right, block.right());
      default:
        return BlockLabels.path(right, block.right());
    }
  }

  private static void writeGhost(Outline outline, Outline.Row row, Ids ids, Appendable out)
      throws IOException {
    SourceText left = outline.comparison().left().document().source();
    Correspondence entry = row.link().orElseThrow();
    int number = ids.links.get(entry);
    Outline.Block to = outline.rightBlock(entry.link().firstRight());
    // The first placeholder of a link is g<number>; a link whose left units stand in several blocks
    // has one more in each.
    boolean first = row.left().get(0) == entry.link().firstLeft();
    out.append("<div class=\"row ghost\" id=\"g")
        .append(String.valueOf(number))
        .append(first ? "" : "-" + row.left().get(0).index())
        .append("\" data-op=\"")
        .append(entry.op().name())
        .append("\"><div class=\"op\"><a class=\"jump\" href=\"#k")
        .append(String.valueOf(number))
        .append("\" title=\"where it went in the right document: ")
        .append(HtmlPage.escape(blockName(outline, to)))
        .append("\">")
        .append(entry.link().moved() ? "moved to" : "now in")
        .append(" →</a></div><div class=\"text left\">");
    for (Unit unit : row.left()) {
      out.append("<div class=\"unit\">")
          .append(HtmlPage.escape(InlineMarks.oneLine(left, unit.span())))
          .append("</div>");
    }
    out.append("</div><div class=\"text right\"></div></div>\n");
  }

  private static void writeUnlinked(
      Comparison comparison, Outline.Row row, String id, boolean countsAsChange, Appendable out)
      throws IOException {
    List<String> ops = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    if (!row.left().isEmpty()) {
      ops.add("DELETED");
      labels.add(row.left().size() == 1 ? "deleted" : row.left().size() + " deleted");
    }
    if (!row.right().isEmpty()) {
      ops.add("ADDED");
      labels.add(row.right().size() == 1 ? "added" : row.right().size() + " added");
    }
    out.append("<div class=\"row ")
        .append(String.join(" ", ops))
        .append(countsAsChange ? " change" : "")
        .append("\" id=\"")
        .append(id)
        .append("\" data-op=\"")
        .append(String.join(" ", ops))
        .append("\"><div class=\"op\">")
        .append(String.join("<br>", labels))
        .append("</div><div class=\"text left\">");
    marked(comparison.left().document().source(), row.left(), "del", out);
    out.append("</div><div class=\"text right\">");
    marked(comparison.right().document().source(), row.right(), "ins", out);
    out.append("</div></div>\n");
  }

  /** Units each marked whole with {@code tag}. */
  private static void marked(SourceText source, List<Unit> units, String tag, Appendable out)
      throws IOException {
    for (Unit unit : units) {
      out.append("<div class=\"unit\"><")
          .append(tag)
          .append('>')
          .append(HtmlPage.escape(InlineMarks.oneLine(source, unit.span())))
          .append("</")
          .append(tag)
          .append("></div>");
    }
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
