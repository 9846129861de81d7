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
 * similarity, counts per op for the aligned units and for the structure), then, per section of the
 * right document, the changed units with inline marks: deleted text {@code ~~struck~~}, added text
 * {@code **bold**}. Moved units say where they came from; split and merged ones say how many units
 * they join. All input text is escaped with {@link MarkdownText}, so it never becomes markup.
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
    out.append(
        CompareRows.similarity(
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
    Map<Integer, Link> structural = CompareRows.structuralByRight(comparison);
    String section = null;
    boolean any = false;
    for (CompareRows.Row row : CompareRows.of(comparison)) {
      if (row.kind() == CompareRows.Kind.GHOST
          || (row.kind() == CompareRows.Kind.LINK && row.link().get().op() == Op.EQUAL)) {
        continue;
      }
      any = true;
      Optional<Unit> context = CompareRows.context(comparison, row);
      String path = context.map(u -> PrintableText.collapsed(right.sectionPath(u))).orElse("");
      if (!path.equals(section)) {
        section = path;
        out.append("\n## ")
            .append(path.isEmpty() ? "(before the first heading)" : MarkdownText.escape(path));
        Optional<String> from =
            context.flatMap(unit -> CompareRows.leftSection(comparison, structural, unit));
        if (from.isPresent()) {
          out.append(' ').append(MarkdownText.escape(from.get()));
        }
        out.append("\n\n");
      }
      switch (row.kind()) {
        case LINK:
          writeLink(comparison, row.link().get(), out);
          break;
        case DELETED:
          out.append("- **deleted** (left ")
              .append(left.source().lineColumn(row.unit().span().start()).toString())
              .append("): ~~");
          InlineMarks.text(out, left.source(), row.unit().span(), InlineMarks.MARKDOWN);
          out.append("~~\n");
          break;
        case ADDED:
          out.append("- **added**: **");
          InlineMarks.text(out, right.source(), row.unit().span(), InlineMarks.MARKDOWN);
          out.append("**\n");
          break;
        default:
          throw new AssertionError(row);
      }
    }
    if (!any) {
      out.append("\nNo changes.\n");
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

  private static void writeLink(Comparison comparison, Correspondence entry, Appendable out)
      throws IOException {
    Document left = comparison.left().document();
    Link link = entry.link();
    out.append("- **").append(link.op().name().toLowerCase(Locale.ROOT));
    if (link.op() == Op.MOVED) {
      out.append(link.identical() ? " (unchanged)" : " (modified)");
    } else if (link.moved()) {
      out.append(" (moved)");
    }
    out.append(String.format(Locale.ROOT, "** %.2f", link.similarity().value()));
    List<Unit> lefts = link.leftUnits();
    List<Unit> rights = link.rightUnits();
    if (lefts.size() > 1 || rights.size() > 1) {
      out.append(String.format(Locale.ROOT, ", %d → %d units", lefts.size(), rights.size()));
    }
    if (link.moved()) {
      String path = PrintableText.collapsed(left.sectionPath(lefts.get(0)));
      out.append(", from left ")
          .append(left.source().lineColumn(lefts.get(0).span().start()).toString())
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
