package org.clausediff.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * The outline of the compare HTML page ({@code nav#outline}: a sticky sidebar, a panel above the
 * text on narrow screens): one entry per block of the {@link Outline} but the preamble, with its
 * heading (shortened), where a linked block comes from, its verdict and renumbering, linked to the
 * block.
 */
final class OutlineSidebar {
  private static final int OUTLINE_HEADING = 30;

  private OutlineSidebar() {}

  /** Writes the outline of {@code outline}. */
  static void write(Outline outline, Appendable out) throws IOException {
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
      CompareHtmlBlocks.renumbering(block, out);
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
}
