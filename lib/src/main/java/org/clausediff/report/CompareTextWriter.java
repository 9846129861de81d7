package org.clausediff.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The text report of {@code clausediff compare}: a summary (document similarity, counts per op),
 * the structural correspondences (sections, items), then every changed unit in the order of the
 * right document, under its section path, with its op, similarity and inline marks.
 *
 * <pre>
 * 二、提升政府服务效能 › （一）提高行政审批服务能力和水平
 *   MODIFIED 0.91 at 30:3, left 34:3
 *     [-深入-]推进行政审批制度改革。
 *   MOVED (modified) 0.88 at 115:3, left 122:3 in 四、激发新生产要素流动的活力 › …
 * </pre>
 *
 * <p>Without colour, deleted text is marked {@code [-…-]} and added text {@code {+…+}}; with colour
 * (on a terminal) deleted text is red and added text green, without marks. A deleted unit is shown
 * where its left neighbour's counterpart is. User text is shown through {@link PrintableText}: line
 * breaks inside a unit as {@code ⏎}, control and invisible characters as {@code ⟨U+XXXX⟩}.
 */
final class CompareTextWriter implements ReportWriter<Comparison> {
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final boolean color;
  private final boolean summaryOnly;

  private CompareTextWriter(boolean color, boolean summaryOnly) {
    this.color = color;
    this.summaryOnly = summaryOnly;
  }

  /** A writer that marks changes with {@code [-…-]} and {@code {+…+}}. */
  public static CompareTextWriter plain() {
    return new CompareTextWriter(false, false);
  }

  /** A writer that colours changes with ANSI escapes (for a terminal). */
  public static CompareTextWriter colored() {
    return new CompareTextWriter(true, false);
  }

  /**
   * A writer that colours changes or not, and writes the whole report or only its summary (the
   * names, the similarity and the counts).
   */
  public static CompareTextWriter of(boolean color, boolean summaryOnly) {
    return new CompareTextWriter(color, summaryOnly);
  }

  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    out.append(PrintableText.name(left.name()))
        .append(" → ")
        .append(PrintableText.name(right.name()))
        .append('\n');
    ExtractionNotes.text(out, "left: ", left.source());
    ExtractionNotes.text(out, "right: ", right.source());
    out.append(
        ComparisonParts.similarity(
            comparison,
            "similarity %.4f (%s); linked: %.1f%% of left, %.1f%% of right, %.1f%% of that in"
                + " place\n"));
    out.append(comparison.options().level().id()).append("s: ");
    out.append(
        counts(
            comparison.counts(),
            ComparisonParts.levelLinks(comparison),
            ComparisonParts.deletedUnits(comparison).size(),
            ComparisonParts.addedUnits(comparison).size()));
    out.append('\n');
    if (comparison.options().structural()) {
      out.append("structure: ");
      out.append(
          counts(
              comparison.structuralCounts(),
              ComparisonParts.structuralLinks(comparison),
              ComparisonParts.deletedStructure(comparison).size(),
              ComparisonParts.addedStructure(comparison).size()));
      out.append('\n');
    }
    if (summaryOnly) {
      return;
    }
    SectionPaths leftPaths = new SectionPaths(left);
    SectionPaths rightPaths = new SectionPaths(right);
    if (comparison.options().structural()) {
      writeStructure(comparison, leftPaths, rightPaths, out);
    }
    writeChanges(comparison, leftPaths, rightPaths, out);
  }

  private static String counts(Map<Op, Integer> counts, List<Link> links, int deleted, int added) {
    long movedModified = links.stream().filter(l -> l.op() == Op.MOVED && !l.identical()).count();
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Op, Integer> count : counts.entrySet()) {
      String part = count.getValue() + " " + count.getKey().name().toLowerCase(Locale.ROOT);
      if (count.getKey() == Op.MOVED && movedModified > 0) {
        part += " (" + movedModified + " modified)";
      }
      parts.add(part);
    }
    parts.add(deleted + " deleted");
    parts.add(added + " added");
    return String.join(", ", parts);
  }

  private void writeStructure(
      Comparison comparison, SectionPaths leftPaths, SectionPaths rightPaths, Appendable out)
      throws IOException {
    List<Link> links = new ArrayList<>(ComparisonParts.structuralLinks(comparison));
    links.sort(Comparator.comparingInt((Link l) -> l.firstRight().span().start()));
    if (links.isEmpty()
        && ComparisonParts.deletedStructure(comparison).isEmpty()
        && ComparisonParts.addedStructure(comparison).isEmpty()) {
      return;
    }
    out.append("\nStructure (right ← left):\n");
    for (Link link : links) {
      out.append("  ")
          .append(opLabel(link))
          .append(' ')
          .append(Decimals.fixed(link.similarity().value(), 2))
          .append("  ")
          .append(paths(rightPaths, link.rightUnits()))
          .append("  ←  ")
          .append(paths(leftPaths, link.leftUnits()));
      Optional<String> renumbering = BlockLabels.renumbering(link.leftUnits(), link.rightUnits());
      if (renumbering.isPresent()) {
        out.append("  renumbered ").append(PrintableText.collapsed(renumbering.get()));
      }
      out.append('\n');
    }
    for (Unit unit : ComparisonParts.addedStructure(comparison)) {
      out.append("  ADDED    ").append(rightPaths.of(unit)).append('\n');
    }
    for (Unit unit : ComparisonParts.deletedStructure(comparison)) {
      out.append("  DELETED  ").append(leftPaths.of(unit)).append('\n');
    }
  }

  private static String paths(SectionPaths sectionPaths, List<Unit> units) {
    if (units.size() == 1) {
      return sectionPaths.of(units.get(0));
    }
    StringBuilder paths = new StringBuilder();
    for (int i = 0; i < units.size(); i++) {
      paths.append(i == 0 ? "" : " + ").append(sectionPaths.of(units.get(i)));
    }
    return paths.toString();
  }

  private static String opLabel(Link link) {
    String label = link.op().name();
    if (link.op() == Op.MOVED) {
      label += link.identical() ? " (unchanged)" : " (modified)";
    } else if (link.moved()) {
      label += " (moved)";
    }
    return label;
  }

  private void writeChanges(
      Comparison comparison, SectionPaths leftPaths, SectionPaths rightPaths, Appendable out)
      throws IOException {
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    Outline outline = Outline.of(comparison);
    boolean any = false;
    for (Outline.Block block : outline.blocks()) {
      if (block.rows().stream().noneMatch(CompareTextWriter::changed)) {
        continue;
      }
      if (!any) {
        out.append("\nChanges (in the order of the right document):\n");
        any = true;
      }
      out.append('\n');
      writeBlockHeading(outline, block, out);
      for (Outline.Row row : block.rows()) {
        if (!changed(row)) {
          continue;
        }
        if (row.kind() == Outline.RowKind.LINK) {
          writeLink(left, right, leftPaths, row.link().orElseThrow(), out);
          continue;
        }
        for (Unit unit : row.left()) {
          out.append("  DELETED at ")
              .append(SourcePlaces.brief(left.source(), unit.span().start()))
              .append(" of left");
          String leftPath = leftPaths.of(unit);
          if (!leftPath.isEmpty()) {
            out.append(" in ").append(leftPath);
          }
          out.append("\n    ");
          deleted(out, left.source(), unit.span());
          out.append('\n');
        }
        for (Unit unit : row.right()) {
          out.append("  ADDED at ")
              .append(SourcePlaces.brief(right.source(), unit.span().start()))
              .append("\n    ");
          inserted(out, right.source(), unit.span());
          out.append('\n');
        }
      }
    }
    if (!any) {
      out.append("\nNo changes.\n");
    }
  }

  /** Whether a row is listed: links that changed something, and units without counterpart. */
  private static boolean changed(Outline.Row row) {
    return row.kind() == Outline.RowKind.UNLINKED
        || (row.kind() == Outline.RowKind.LINK && row.link().orElseThrow().op() != Op.EQUAL);
  }

  /**
   * The heading of a block: the right section path (bold on a terminal), and the left one it is
   * linked to with the verdict and renumbering, or what the block is.
   */
  private void writeBlockHeading(Outline outline, Outline.Block block, Appendable out)
      throws IOException {
    Document left = outline.comparison().left().document();
    Document right = outline.comparison().right().document();
    if (block.kind() == Outline.BlockKind.PREAMBLE) {
      bold(out, "(before the first heading)");
      out.append('\n');
      return;
    }
    boolean isLeft = block.right().isEmpty();
    bold(
        out,
        PrintableText.collapsed(
            BlockLabels.path(isLeft ? left : right, isLeft ? block.left() : block.right())));
    if (block.kind() == Outline.BlockKind.LINKED) {
      out.append("  ←  ").append(PrintableText.collapsed(BlockLabels.path(left, block.left())));
    }
    out.append("  (").append(BlockLabels.verdict(block));
    Optional<String> renumbering = BlockLabels.renumbering(block);
    if (renumbering.isPresent()) {
      out.append("; renumbered ").append(PrintableText.collapsed(renumbering.get()));
    }
    if (isLeft) {
      out.append(", left ")
          .append(SourcePlaces.brief(left.source(), block.left().get(0).span().start()));
    }
    out.append(")\n");
  }

  private void writeLink(
      Document left, Document right, SectionPaths leftPaths, Correspondence entry, Appendable out)
      throws IOException {
    Link link = entry.link();
    Unit firstLeft = link.firstLeft();
    Unit firstRight = link.firstRight();
    out.append("  ")
        .append(opLabel(link))
        .append(' ')
        .append(Decimals.fixed(link.similarity().value(), 2))
        .append(" at ")
        .append(SourcePlaces.brief(right.source(), firstRight.span().start()))
        .append(", left ")
        .append(SourcePlaces.brief(left.source(), firstLeft.span().start()));
    if (link.moved()) {
      String path = leftPaths.of(firstLeft);
      if (!path.isEmpty()) {
        out.append(" in ").append(path);
      }
    }
    if (link.leftUnits().size() > 1 || link.rightUnits().size() > 1) {
      out.append(" (")
          .append(Integer.toString(link.leftUnits().size()))
          .append(" → ")
          .append(Integer.toString(link.rightUnits().size()))
          .append(')');
    }
    if (entry.diff().truncated()) {
      out.append(" (too long for a character diff)");
    }
    out.append("\n    ");
    SourceText l = left.source();
    SourceText r = right.source();
    List<Unit> rights = link.rightUnits();
    int cursor = firstRight.span().start();
    int end = rights.get(rights.size() - 1).span().end();
    for (Edit edit : entry.diff().edits()) {
      plain(out, r, Span.of(cursor, Math.max(cursor, edit.right().start())));
      cursor = Math.max(cursor, edit.right().start());
      if (edit instanceof Edit.Equal) {
        plain(out, r, edit.right());
      } else {
        if (!edit.left().isEmpty()) {
          deleted(out, l, edit.left());
        }
        if (!edit.right().isEmpty()) {
          inserted(out, r, edit.right());
        }
      }
      cursor = Math.max(cursor, edit.right().end());
    }
    plain(out, r, Span.of(cursor, Math.max(cursor, end)));
    out.append('\n');
  }

  private void deleted(Appendable out, SourceText text, Span span) throws IOException {
    out.append(color ? RED : "[-");
    plain(out, text, span);
    out.append(color ? RESET : "-]");
  }

  private void inserted(Appendable out, SourceText text, Span span) throws IOException {
    out.append(color ? GREEN : "{+");
    plain(out, text, span);
    out.append(color ? RESET : "+}");
  }

  private void bold(Appendable out, String text) throws IOException {
    out.append(color ? BOLD : "").append(text).append(color ? RESET : "");
  }

  /** The text of {@code span} on one line, printable ({@link PrintableText#line}). */
  private static void plain(Appendable out, SourceText text, Span span) throws IOException {
    out.append(PrintableText.render(text, span, PrintableText.Breaks.SHOWN));
  }
}
