package org.clausediff.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Link;
import org.clausediff.compare.Op;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * The Markdown report of {@code clausediff compare}, for review threads: a summary table (document
 * similarity, counts per op for the aligned units and for the structure), then the changes block by
 * block of the {@link Outline} — structure first: each pair of linked sections or items under a
 * heading that names both and their verdict (and the renumbering, {@code （四） → （一）}), each deleted
 * or added one under a heading that says so, with its text in one item.
 *
 * <p>Deleted text is marked {@code <del>} and inserted text {@code <ins>}, which GitHub and other
 * GFM renderers show struck and underlined. Emphasis delimiters ({@code ~~}, {@code **}) would not
 * do: next to CJK punctuation they often do not pair (CommonMark's flanking rules), and the text
 * between two of them then renders bold or struck. Bold is used for labels only. All input text is
 * escaped with {@link MarkdownText}, so it never becomes markup.
 */
final class CompareMarkdownWriter implements ReportWriter<Comparison> {

  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    out.append("# ")
        .append(MarkdownText.escape(PrintableText.name(left.name())))
        .append(" → ")
        .append(MarkdownText.escape(PrintableText.name(right.name())))
        .append("\n\n");
    ExtractionNotes.markdown(out, "left: ", left.source());
    ExtractionNotes.markdown(out, "right: ", right.source());
    out.append(
        ComparisonParts.similarity(
            comparison,
            "Similarity **%.4f** (%s); linked: %.1f%% of left, %.1f%% of right, %.1f%% of that in"
                + " place.\n\n"));
    out.append("| | equal | modified | moved | split | merged | deleted | added |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    countRow(
        out,
        comparison.options().level().id() + "s",
        comparison.counts(),
        ComparisonParts.deletedUnits(comparison).size(),
        ComparisonParts.addedUnits(comparison).size());
    if (comparison.options().structural()) {
      countRow(
          out,
          "structure",
          comparison.structuralCounts(),
          ComparisonParts.deletedStructure(comparison).size(),
          ComparisonParts.addedStructure(comparison).size());
    }
    Outline outline = Outline.of(comparison);
    boolean any = false;
    for (Outline.Block block : outline.blocks()) {
      if (block.rows().stream().noneMatch(CompareMarkdownWriter::shown)) {
        continue;
      }
      any = true;
      heading(outline, block, out);
      if (block.kind() == Outline.BlockKind.DELETED || block.kind() == Outline.BlockKind.ADDED) {
        whole(outline, block, out);
        continue;
      }
      for (Outline.Row row : block.rows()) {
        if (!shown(row)) {
          continue;
        }
        if (row.kind() == Outline.RowKind.LINK) {
          writeLink(outline, row, out);
        } else {
          unlinked(comparison, row, out);
        }
      }
    }
    if (!any) {
      out.append("\nNo changes.\n");
    }
  }

  /** Whether a row is listed: links that changed something, and units without counterpart. */
  private static boolean shown(Outline.Row row) {
    return row.kind() == Outline.RowKind.UNLINKED
        || (row.kind() == Outline.RowKind.LINK && row.link().orElseThrow().op() != Op.EQUAL);
  }

  private static void heading(Outline outline, Outline.Block block, Appendable out)
      throws IOException {
    Document left = outline.comparison().left().document();
    Document right = outline.comparison().right().document();
    out.append("\n## ");
    switch (block.kind()) {
      case PREAMBLE:
        out.append("(before the first heading)\n\n");
        return;
      case LINKED:
        out.append(MarkdownText.escape(BlockLabels.path(right, block.right())))
            .append(" ← ")
            .append(MarkdownText.escape(BlockLabels.path(left, block.left())));
        break;
      default:
        boolean isLeft = block.right().isEmpty();
        out.append(
            MarkdownText.escape(
                BlockLabels.path(isLeft ? left : right, isLeft ? block.left() : block.right())));
        break;
    }
    out.append(" (").append(MarkdownText.escape(BlockLabels.verdict(block)));
    Optional<String> renumbering = BlockLabels.renumbering(block);
    if (renumbering.isPresent()) {
      out.append("; renumbered ").append(MarkdownText.escape(renumbering.get()));
    }
    if (block.right().isEmpty()) {
      out.append(", left ")
          .append(
              MarkdownText.escape(
                  SourcePlaces.brief(left.source(), block.left().get(0).span().start())));
    }
    out.append(")\n\n");
  }

  /**
   * A deleted or added block: its units without counterpart in one item, struck or underlined, then
   * those linked elsewhere.
   */
  private static void whole(Outline outline, Outline.Block block, Appendable out)
      throws IOException {
    boolean deleted = block.kind() == Outline.BlockKind.DELETED;
    Document document =
        deleted ? outline.comparison().left().document() : outline.comparison().right().document();
    List<Unit> units = new java.util.ArrayList<>();
    for (Outline.Row row : block.rows()) {
      if (row.kind() == Outline.RowKind.UNLINKED) {
        units.addAll(deleted ? row.left() : row.right());
      }
    }
    out.append("- **")
        .append(deleted ? "deleted" : "added")
        .append("** ")
        .append(String.valueOf(units.size()))
        .append(' ')
        .append(outline.comparison().options().level().id())
        .append(units.size() == 1 ? "" : "s")
        .append(": ");
    for (int i = 0; i < units.size(); i++) {
      out.append(i == 0 ? "" : " ").append(deleted ? "<del>" : "<ins>");
      InlineMarks.text(out, document.source(), units.get(i).span(), InlineMarks.MARKDOWN);
      out.append(deleted ? "</del>" : "</ins>");
    }
    out.append('\n');
    for (Outline.Row row : block.rows()) {
      if (row.kind() == Outline.RowKind.LINK && shown(row)) {
        writeLink(outline, row, out);
      }
    }
  }

  private static void unlinked(Comparison comparison, Outline.Row row, Appendable out)
      throws IOException {
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    for (Unit unit : row.left()) {
      out.append("- **deleted** (left ")
          .append(MarkdownText.escape(SourcePlaces.brief(left.source(), unit.span().start())))
          .append("): <del>");
      InlineMarks.text(out, left.source(), unit.span(), InlineMarks.MARKDOWN);
      out.append("</del>\n");
    }
    for (Unit unit : row.right()) {
      out.append("- **added**: <ins>");
      InlineMarks.text(out, right.source(), unit.span(), InlineMarks.MARKDOWN);
      out.append("</ins>\n");
    }
  }

  private static void countRow(
      Appendable out, String name, Map<Op, Integer> counts, int deleted, int added)
      throws IOException {
    out.append("| ").append(name).append(" |");
    for (Op op : Op.values()) {
      out.append(' ').append(String.valueOf(counts.get(op))).append(" |");
    }
    out.append(' ')
        .append(String.valueOf(deleted))
        .append(" | ")
        .append(String.valueOf(added))
        .append(" |\n");
  }

  private static void writeLink(Outline outline, Outline.Row row, Appendable out)
      throws IOException {
    Comparison comparison = outline.comparison();
    Document left = comparison.left().document();
    Correspondence entry = row.link().orElseThrow();
    Link link = entry.link();
    out.append("- **")
        .append(BlockLabels.op(link))
        .append("** ")
        .append(Decimals.fixed(link.similarity().value(), 2));
    List<Unit> lefts = link.leftUnits();
    List<Unit> rights = link.rightUnits();
    if (lefts.size() > 1 || rights.size() > 1) {
      out.append(String.format(Locale.ROOT, ", %d → %d units", lefts.size(), rights.size()));
    }
    if (row.crossing()) {
      String path = PrintableText.collapsed(left.sectionPath(lefts.get(0)));
      out.append(", from left ")
          .append(
              MarkdownText.escape(SourcePlaces.brief(left.source(), lefts.get(0).span().start())))
          .append(path.isEmpty() ? "" : " in " + MarkdownText.escape(path));
    }
    out.append(": ");
    if (entry.diff().edits().isEmpty()) {
      InlineMarks.text(
          out,
          comparison.right().document().source(),
          rights.get(0).span().span(rights.get(rights.size() - 1).span()),
          InlineMarks.MARKDOWN);
    } else {
      InlineMarks.write(
          left.source(),
          comparison.right().document().source(),
          entry.diff(),
          rights.get(0).span().span(rights.get(rights.size() - 1).span()),
          InlineMarks.MARKDOWN,
          out);
    }
    out.append('\n');
  }
}
