package org.clausediff.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Link;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;

/**
 * A comparison regrouped by structure, for the structure-first reports: one {@link Block} per
 * numbered unit (section, item, sub-item) of either document, in the order of the right document,
 * each holding the rows of its own text — the units of the aligned level (sentences by default)
 * that lie in it and in none of its numbered children.
 *
 * <p>A block is a pair of units joined by a structural link ({@link BlockKind#LINKED}), a left unit
 * without counterpart ({@link BlockKind#DELETED}, placed where it stood: after the block of the
 * numbered left unit before it) or a right unit without one ({@link BlockKind#ADDED}); the text
 * before the first heading of both documents is the {@link BlockKind#PREAMBLE}. So old text always
 * stands under its own section — under the section it is linked to, or under its own deleted
 * section — never under whatever new section happens to precede it.
 *
 * <p>Inside a block, each link of the aligned level is one row at the place of its right units; the
 * left units of a link out of order, or with a left unit in another block, also leave a {@link
 * RowKind#GHOST} row where they stood (one per block that holds some of them); units without
 * counterpart that stand at the same place (between the same two links) share one {@link
 * RowKind#UNLINKED} row, the deleted ones on the left and the added ones on the right. Every unit
 * of the aligned level is in exactly one row as linked or unlinked.
 *
 * <p>{@code deepest} limits the blocks to numbered units of that kind or above (the rows of a
 * comparison table: items, say, with their sub-items inside): a deeper unit is a block only when it
 * is linked to a unit of that kind or above; otherwise its text belongs to its parent's block.
 */
final class Outline {

  /** What a block is. */
  enum BlockKind {
    /** The text before the first heading, of both documents. */
    PREAMBLE,
    /** Numbered units of both documents joined by a structural link. */
    LINKED,
    /** A numbered unit of the left document without counterpart. */
    DELETED,
    /** A numbered unit of the right document without counterpart. */
    ADDED,
    /**
     * A numbered unit of one document without counterpart, part of whose text is linked (so not
     * deleted or added as a whole), and in no other block: a new section that took in an old item,
     * say.
     */
    UNMATCHED
  }

  /**
   * A numbered unit, or a pair of them, with the rows of its own text.
   *
   * @param number the block's position in {@link #blocks()}
   * @param kind what the block is
   * @param link the structural link of a {@link BlockKind#LINKED} block
   * @param left the left units (several for a merge; empty for an added block or the preamble)
   * @param right the right units (several for a split; empty for a deleted block or the preamble)
   * @param depth how many blocks contain it on its side (the right side, or the left for a deleted
   *     block): 0 for a section
   * @param rows the rows of its own text, in order
   */
  record Block(
      int number,
      BlockKind kind,
      Optional<Link> link,
      List<Unit> left,
      List<Unit> right,
      int depth,
      List<Row> rows) {

    /** The first left unit, if the block has one. */
    Optional<Unit> firstLeft() {
      return left.isEmpty() ? Optional.empty() : Optional.of(left.get(0));
    }

    /** The first right unit, if the block has one. */
    Optional<Unit> firstRight() {
      return right.isEmpty() ? Optional.empty() : Optional.of(right.get(0));
    }

    /** The units of the aligned level on the left, in document order, from every row. */
    List<Unit> leftText() {
      List<Unit> units = new ArrayList<>();
      for (Row row : rows) {
        if (row.kind() != RowKind.LINK || !row.crossing()) {
          units.addAll(row.left());
        }
      }
      units.sort(Comparator.comparingInt(Unit::index));
      return units;
    }

    /** The units of the aligned level on the right, in document order. */
    List<Unit> rightText() {
      List<Unit> units = new ArrayList<>();
      for (Row row : rows) {
        units.addAll(row.right());
      }
      units.sort(Comparator.comparingInt(Unit::index));
      return units;
    }
  }

  /** What a row is. */
  enum RowKind {
    /** A link of the aligned level, at the place of its right units. */
    LINK,
    /** Units without counterpart at one place: deleted on the left, added on the right. */
    UNLINKED,
    /** Where a left unit stood whose link is shown in another block, or out of order. */
    GHOST
  }

  /**
   * One row of a block.
   *
   * @param kind what the row is
   * @param link the link of a {@link RowKind#LINK} or {@link RowKind#GHOST} row
   * @param left the left units: of the link, or the deleted ones
   * @param right the right units: of the link, or the added ones; empty for a ghost
   * @param crossing whether the link's left units stand in another block (or out of order), where a
   *     ghost row marks their place
   */
  record Row(
      RowKind kind,
      Optional<Correspondence> link,
      List<Unit> left,
      List<Unit> right,
      boolean crossing) {}

  private final Comparison comparison;
  private final List<Block> blocks;
  private final Block[] leftBlocks;
  private final Block[] rightBlocks;

  /**
   * An outline as {@link OutlineBuilder} builds it; the arrays go from unit index to block (the
   * preamble for a unit in no block), and are not copied.
   */
  Outline(Comparison comparison, List<Block> blocks, Block[] leftBlocks, Block[] rightBlocks) {
    this.comparison = comparison;
    this.blocks = List.copyOf(blocks);
    this.leftBlocks = leftBlocks;
    this.rightBlocks = rightBlocks;
  }

  /** The outline of {@code comparison} with a block for every numbered unit. */
  static Outline of(Comparison comparison) {
    return of(comparison, UnitKind.SUBITEM);
  }

  /**
   * The outline of {@code comparison} with blocks for the numbered units of kind {@code deepest} or
   * above, and for deeper ones linked to such a unit.
   */
  static Outline of(Comparison comparison, UnitKind deepest) {
    checkNotNull(comparison, "comparison");
    checkNotNull(deepest, "deepest");
    return new OutlineBuilder(comparison, deepest).build();
  }

  /** The comparison outlined. */
  Comparison comparison() {
    return comparison;
  }

  /** The blocks, in the order described in the class comment; numbered by position. */
  List<Block> blocks() {
    return blocks;
  }

  /** The block whose own text holds {@code unit}, a unit of the left document. */
  Block leftBlock(Unit unit) {
    return blockOf(leftBlocks, unit);
  }

  /** The block whose own text holds {@code unit}, a unit of the right document. */
  Block rightBlock(Unit unit) {
    return blockOf(rightBlocks, unit);
  }

  private static Block blockOf(Block[] blocks, Unit unit) {
    return blocks[unit.index()];
  }
}
