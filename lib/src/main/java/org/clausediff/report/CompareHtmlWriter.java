package org.clausediff.report;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Op;
import org.clausediff.segment.Document;

/**
 * The HTML report of {@code clausediff compare}: one self-contained page (inline style and script,
 * nothing loaded; see {@link HtmlPage}), structure first. This class lays out the page and writes
 * its header; {@link OutlineSidebar} writes the outline, {@link CompareHtmlBlocks} the text, and
 * {@link CompareHtmlAssets} holds the style and script.
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
  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    Outline outline = Outline.of(comparison);
    CompareHtmlBlocks blocks = new CompareHtmlBlocks(outline);
    String title =
        "compare: " + PrintableText.name(left.name()) + " → " + PrintableText.name(right.name());
    HtmlPage.open(out, title, CompareHtmlAssets.STYLE, CompareHtmlAssets.SCRIPT);
    writeHeader(
        comparison,
        title,
        "compare: " + HtmlPage.name(left.name()) + " → " + HtmlPage.name(right.name()),
        blocks.changes(),
        out);
    out.append("<div id=\"layout\">\n");
    OutlineSidebar.write(outline, out);
    out.append("<main>\n<div class=\"row names\"><div class=\"op\">op</div><div class=\"text\">")
        .append(HtmlPage.name(left.name()))
        .append("</div><div class=\"text\">")
        .append(HtmlPage.name(right.name()))
        .append("</div></div>\n");
    for (Outline.Block block : outline.blocks()) {
      if (block.kind() == Outline.BlockKind.PREAMBLE && block.rows().isEmpty()) {
        continue;
      }
      blocks.write(block, out);
    }
    out.append("</main>\n</div>\n");
    HtmlPage.close(out);
  }

  /** Writes the header: {@code title} is plain text (for the tooltip), {@code heading} HTML. */
  private static void writeHeader(
      Comparison comparison, String title, String heading, int changes, Appendable out)
      throws IOException {
    out.append("<header>\n<h1 title=\"")
        .append(HtmlPage.escape(title))
        .append("\">")
        .append(heading)
        .append("</h1>\n");
    ExtractionNotes.html(out, "left: ", comparison.left().document().source());
    ExtractionNotes.html(out, "right: ", comparison.right().document().source());
    out.append("<div id=\"summary\">");
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
}
