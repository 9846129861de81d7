package org.clausediff.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clausediff.compare.Link;
import org.clausediff.compare.Op;
import org.clausediff.segment.Document;
import org.clausediff.segment.Heading;
import org.clausediff.segment.Unit;

/**
 * What the structure-first reports say about a block of an {@link Outline}: its verdict, its
 * renumbering and its headings. Plain strings; each writer escapes them for its format.
 */
final class BlockLabels {
  private BlockLabels() {}

  /**
   * The verdict of a block: the op of its structural link with its similarity ({@code modified
   * 0.22}, {@code moved (modified) 0.24}, {@code merged 0.21}), {@code deleted item}, {@code added
   * section}, {@code no counterpart} (some of its text is linked, not the unit), or {@code before
   * the first heading} for the preamble.
   */
  static String verdict(Outline.Block block) {
    switch (block.kind()) {
      case PREAMBLE:
        return "before the first heading";
      case DELETED:
        return "deleted " + kind(block.left().get(0));
      case ADDED:
        return "added " + kind(block.right().get(0));
      case UNMATCHED:
        return "no counterpart";
      case LINKED:
        Link link = block.link().orElseThrow();
        return op(link) + " " + Decimals.fixed(link.similarity().value(), 2);
    }
    throw new AssertionError(block.kind());
  }

  /**
   * A link's op in lower case with what else is true of it: {@code moved (unchanged)}, {@code moved
   * (modified)}, {@code split (moved)}.
   */
  static String op(Link link) {
    String op = link.op().name().toLowerCase(Locale.ROOT);
    if (link.op() == Op.MOVED) {
      return op + (link.identical() ? " (unchanged)" : " (modified)");
    }
    return link.moved() ? op + " (moved)" : op;
  }

  /**
   * The verdict's key for filters and styles: the op of a linked block ({@code MODIFIED}), or the
   * kind of the others ({@code DELETED}, {@code ADDED}, {@code UNMATCHED}, {@code PREAMBLE}).
   */
  static String key(Outline.Block block) {
    return block.kind() == Outline.BlockKind.LINKED
        ? block.link().orElseThrow().op().name()
        : block.kind().name();
  }

  /** A unit's kind for people: {@code section}, {@code item}, {@code sub-item}. */
  static String kind(Unit unit) {
    switch (unit.kind()) {
      case SUBITEM:
        return "sub-item";
      default:
        return unit.kind().id();
    }
  }

  /**
   * The renumbering of a linked block, {@code （四） → （一）} or {@code 第七条 → 第八条}: present when the
   * labels of its two sides stand for different numbers or numbering styles (labels are left out of
   * the comparison, so a renumbered unit may be {@code equal}). A split or merge shows every label
   * of each side, joined by {@code +}.
   */
  static Optional<String> renumbering(Outline.Block block) {
    if (block.kind() != Outline.BlockKind.LINKED) {
      return Optional.empty();
    }
    return renumbering(block.left(), block.right());
  }

  /** The renumbering of a structural link's units, as {@link #renumbering(Outline.Block)}. */
  static Optional<String> renumbering(List<Unit> left, List<Unit> right) {
    if (left.size() == 1 && right.size() == 1) {
      Optional<Heading> from = left.get(0).heading();
      Optional<Heading> to = right.get(0).heading();
      if (from.isEmpty()
          || to.isEmpty()
          || (from.get().style() == to.get().style() && from.get().number() == to.get().number())) {
        return Optional.empty();
      }
    }
    return Optional.of(labels(left) + " → " + labels(right));
  }

  private static String labels(List<Unit> units) {
    return units.stream().map(u -> u.label().strip()).collect(Collectors.joining(" + "));
  }

  /** The heading of a block's first unit on its main side (right, or left if deleted). */
  static String heading(Outline.Block block) {
    return block
        .firstRight()
        .or(block::firstLeft)
        .map(u -> u.heading().map(Heading::text).orElse(""))
        .orElse("");
  }

  /**
   * The section path of a block's units on one side, {@code 一、总体要求 › （一）指导思想}; several units (a
   * split or merge) joined by {@code +}.
   */
  static String path(Document document, List<Unit> units) {
    return units.stream()
        .map(u -> PrintableText.collapsed(document.sectionPath(u)))
        .collect(Collectors.joining(" + "));
  }
}
