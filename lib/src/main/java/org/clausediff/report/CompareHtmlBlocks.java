package org.clausediff.report;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Op;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * The text of the compare HTML page, block by block ({@code section.block}): each block of the
 * {@link Outline} under a heading that names both sides, with its verdict and renumbering, then its
 * rows ({@link CompareHtmlRows}); a deleted or added block is one collapsible {@code <details>}
 * that counts as one change. Also counts the changes the page walks through.
 */
final class CompareHtmlBlocks {
  private final Outline outline;
  private final CompareHtmlRows rows;
  private final int changes;

  CompareHtmlBlocks(Outline outline) {
    this.outline = outline;
    this.rows = new CompareHtmlRows(outline);
    int changes = 0;
    for (Outline.Block block : outline.blocks()) {
      if (whole(block)) {
        changes++;
      }
      for (Outline.Row row : block.rows()) {
        if (!whole(block) && isChange(row)) {
          changes++;
        }
      }
    }
    this.changes = changes;
  }

  /** How many changes the page walks through: whole blocks, and changed rows of the others. */
  int changes() {
    return changes;
  }

  /** Whether a block is shown as one collapsible whole: a deleted or added unit. */
  private static boolean whole(Outline.Block block) {
    return block.kind() == Outline.BlockKind.DELETED || block.kind() == Outline.BlockKind.ADDED;
  }

  private static boolean isChange(Outline.Row row) {
    return row.kind() == Outline.RowKind.UNLINKED
        || (row.kind() == Outline.RowKind.LINK && row.link().orElseThrow().op() != Op.EQUAL);
  }

  /** Writes a block's renumbering, if it has one, as the outline and the block headings show it. */
  static void renumbering(Outline.Block block, Appendable out) throws IOException {
    Optional<String> renumbering = BlockLabels.renumbering(block);
    if (renumbering.isPresent()) {
      out.append(" <span class=\"renum\">")
          .append(HtmlPage.escape(renumbering.get()))
          .append("</span>");
    }
  }

  /** Writes {@code block}: a section under a heading that names both sides, then its rows. */
  void write(Outline.Block block, Appendable out) throws IOException {
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
            .append(document.source().lineColumn(units.get(0).span().start()).toString())
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
    renumbering(block, out);
    out.append(whole ? "</summary>\n" : "</h2>\n");
    int unlinked = 0;
    for (Outline.Row row : block.rows()) {
      switch (row.kind()) {
        case LINK:
          rows.link(row, !whole, out);
          break;
        case GHOST:
          rows.ghost(row, out);
          break;
        case UNLINKED:
          rows.unlinked(row, "u" + block.number() + "-" + unlinked++, !whole, out);
          break;
      }
    }
    out.append(whole ? "</details>" : "").append("</section>\n");
  }
}
