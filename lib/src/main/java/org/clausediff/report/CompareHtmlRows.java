package org.clausediff.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Link;
import org.clausediff.compare.Op;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * The rows of the compare HTML page: one row ({@code div.row}) per link of the aligned level, with
 * the op, the similarity, the left text with deleted characters in {@code <del>} and the right text
 * with inserted ones in {@code <ins>}; a row of units without counterpart at one place, deleted on
 * the left and added on the right; and a placeholder ({@code div.ghost}) where the left units of a
 * link shown in another block, or out of order, stood. A link's row ({@code k<number>}) and its
 * placeholders ({@code g<number>}) link to each other.
 */
final class CompareHtmlRows {
  private final Outline outline;

  /** The number of each link's row, in the order of the page. */
  private final Map<Correspondence, Integer> links = new IdentityHashMap<>();

  CompareHtmlRows(Outline outline) {
    this.outline = outline;
    for (Outline.Block block : outline.blocks()) {
      for (Outline.Row row : block.rows()) {
        if (row.kind() == Outline.RowKind.LINK) {
          links.put(row.link().orElseThrow(), links.size());
        }
      }
    }
  }

  /**
   * Writes a row of a link, at the place of its right units; {@code countsAsChange} when the walk
   * from change to change stops at it (not inside a block that is one change as a whole).
   */
  void link(Outline.Row row, boolean countsAsChange, Appendable out) throws IOException {
    Comparison comparison = outline.comparison();
    Correspondence entry = row.link().orElseThrow();
    Link link = entry.link();
    int number = links.get(entry);
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
          .append(HtmlPage.escape(blockName(from)))
          .append("\">← from</a>");
    }
    out.append("</div><div class=\"text left\">");
    side(comparison.left().document().source(), link.leftUnits(), entry, true, out);
    out.append("</div><div class=\"text right\">");
    side(comparison.right().document().source(), link.rightUnits(), entry, false, out);
    out.append("</div></div>\n");
  }

  /** A block's heading for people, on the side where it has one. */
  private String blockName(Outline.Block block) {
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

  /** Writes a placeholder where the left units of a link shown elsewhere stood. */
  void ghost(Outline.Row row, Appendable out) throws IOException {
    SourceText left = outline.comparison().left().document().source();
    Correspondence entry = row.link().orElseThrow();
    int number = links.get(entry);
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
        .append(HtmlPage.escape(blockName(to)))
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

  /** Writes a row of units without counterpart: deleted on the left, added on the right. */
  void unlinked(Outline.Row row, String id, boolean countsAsChange, Appendable out)
      throws IOException {
    Comparison comparison = outline.comparison();
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
    List<Span> changed = ComparisonParts.changedSpans(entry, isLeft);
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
