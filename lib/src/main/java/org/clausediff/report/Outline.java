package org.clausediff.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Link;
import org.clausediff.segment.Document;
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
  private final Map<Integer, Block> leftBlocks;
  private final Map<Integer, Block> rightBlocks;

  private Outline(
      Comparison comparison,
      List<Block> blocks,
      Map<Integer, Block> leftBlocks,
      Map<Integer, Block> rightBlocks) {
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
    return new Builder(comparison, deepest).build();
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

  private Block blockOf(Map<Integer, Block> blocks, Unit unit) {
    Block block = blocks.get(unit.index());
    // Every unit of the aligned level and every block unit has a block; the preamble is block 0.
    return block == null ? this.blocks.get(0) : block;
  }

  /** Builds the outline in three steps: the blocks, their rows, their order. */
  private static final class Builder {
    private final Comparison comparison;
    private final Document left;
    private final Document right;
    private final UnitKind deepest;
    private final UnitKind level;

    /** The block of each block unit and of each unit of the aligned level, by unit index. */
    private final Map<Integer, Draft> leftDrafts = new HashMap<>();

    private final Map<Integer, Draft> rightDrafts = new HashMap<>();
    private final Draft preamble = new Draft(BlockKind.PREAMBLE, Optional.empty());

    Builder(Comparison comparison, UnitKind deepest) {
      this.comparison = comparison;
      this.left = comparison.left().document();
      this.right = comparison.right().document();
      this.deepest = deepest;
      this.level = comparison.options().level();
    }

    /** A block being built: its units, and its rows before they are placed. */
    private static final class Draft {
      final BlockKind kind;
      final Optional<Link> link;
      final List<Unit> left = new ArrayList<>();
      final List<Unit> right = new ArrayList<>();
      final List<Placed> rows = new ArrayList<>();
      final List<Draft> deletedAfter = new ArrayList<>();

      Draft(BlockKind kind, Optional<Link> link) {
        this.kind = kind;
        this.link = link;
      }
    }

    /**
     * A row and where it goes: right rows at the start of their right unit ({@code order} 1),
     * left-only rows after the right end of the link in place before them ({@code order} 0).
     */
    private record Placed(
        boolean first, int position, int order, int leftStart, Row row, Optional<Unit> deleted) {}

    Outline build() {
      List<Draft> linked = new ArrayList<>();
      for (Link link : ComparisonParts.structuralLinks(comparison)) {
        if (isBlock(link.leftUnits()) || isBlock(link.rightUnits())) {
          Draft draft = new Draft(BlockKind.LINKED, Optional.of(link));
          draft.left.addAll(link.leftUnits());
          draft.right.addAll(link.rightUnits());
          link.leftUnits().forEach(u -> leftDrafts.put(u.index(), draft));
          link.rightUnits().forEach(u -> rightDrafts.put(u.index(), draft));
          linked.add(draft);
        }
      }
      List<Draft> deleted = new ArrayList<>();
      for (Unit unit : ComparisonParts.deletedStructure(comparison)) {
        if (unit.kind().compareTo(deepest) <= 0) {
          Draft draft = new Draft(BlockKind.DELETED, Optional.empty());
          draft.left.add(unit);
          leftDrafts.put(unit.index(), draft);
          deleted.add(draft);
        }
      }
      List<Draft> added = new ArrayList<>();
      for (Unit unit : ComparisonParts.addedStructure(comparison)) {
        if (unit.kind().compareTo(deepest) <= 0) {
          Draft draft = new Draft(BlockKind.ADDED, Optional.empty());
          draft.right.add(unit);
          rightDrafts.put(unit.index(), draft);
          added.add(draft);
        }
      }
      for (Unit unit : left.structuralUnits()) {
        if (unit.kind().compareTo(deepest) <= 0
            && !leftDrafts.containsKey(unit.index())
            && depth(left, unit) == 0) {
          Draft draft = new Draft(BlockKind.UNMATCHED, Optional.empty());
          draft.left.add(unit);
          leftDrafts.put(unit.index(), draft);
          deleted.add(draft);
        }
      }
      for (Unit unit : right.structuralUnits()) {
        if (unit.kind().compareTo(deepest) <= 0
            && !rightDrafts.containsKey(unit.index())
            && depth(right, unit) == 0) {
          Draft draft = new Draft(BlockKind.UNMATCHED, Optional.empty());
          draft.right.add(unit);
          rightDrafts.put(unit.index(), draft);
          added.add(draft);
        }
      }
      addRows();
      return assemble(linked, deleted, added);
    }

    private boolean isBlock(List<Unit> units) {
      return units.stream().anyMatch(u -> u.kind().compareTo(deepest) <= 0);
    }

    /** How many block units of {@code document} contain {@code unit}. */
    private int depth(Document document, Unit unit) {
      Map<Integer, Draft> drafts = document == left ? leftDrafts : rightDrafts;
      int depth = 0;
      for (Unit ancestor : document.ancestors(unit)) {
        if (drafts.containsKey(ancestor.index())) {
          depth++;
        }
      }
      return depth;
    }

    /** The block of a unit of the aligned level: that of its innermost block ancestor. */
    private Draft owner(Document document, Unit unit) {
      Map<Integer, Draft> drafts = document == left ? leftDrafts : rightDrafts;
      List<Unit> ancestors = document.ancestors(unit);
      for (int i = ancestors.size() - 1; i >= 0; i--) {
        Draft draft = drafts.get(ancestors.get(i).index());
        if (draft != null) {
          return draft;
        }
      }
      return preamble;
    }

    private void addRows() {
      Map<Unit, Draft> leftOwners = new IdentityHashMap<>();
      Map<Unit, Draft> rightOwners = new IdentityHashMap<>();
      for (Unit unit : left.units(level)) {
        leftOwners.put(unit, owner(left, unit));
      }
      for (Unit unit : right.units(level)) {
        rightOwners.put(unit, owner(right, unit));
      }
      // Links, and the links in place of each block by left start (where left-only rows anchor).
      Map<Draft, List<Correspondence>> inPlace = new IdentityHashMap<>();
      List<Correspondence> ghosts = new ArrayList<>();
      for (Correspondence c : comparison.alignments()) {
        if (c.level().isStructural()) {
          continue;
        }
        Link link = c.link();
        Draft draft = rightOwners.get(link.firstRight());
        boolean crossing = link.moved();
        for (Unit unit : link.leftUnits()) {
          crossing |= leftOwners.get(unit) != draft;
        }
        draft.rows.add(
            new Placed(
                false,
                link.firstRight().span().start(),
                1,
                link.firstLeft().span().start(),
                new Row(
                    RowKind.LINK, Optional.of(c), link.leftUnits(), link.rightUnits(), crossing),
                Optional.empty()));
        if (crossing) {
          ghosts.add(c);
        } else {
          inPlace.computeIfAbsent(draft, d -> new ArrayList<>()).add(c);
        }
      }
      for (Unit unit : ComparisonParts.addedUnits(comparison)) {
        rightOwners
            .get(unit)
            .rows
            .add(
                new Placed(
                    false,
                    unit.span().start(),
                    1,
                    0,
                    new Row(RowKind.UNLINKED, Optional.empty(), List.of(), List.of(unit), false),
                    Optional.empty()));
      }
      for (List<Correspondence> links : inPlace.values()) {
        links.sort(Comparator.comparingInt(c -> c.link().firstLeft().span().start()));
      }
      for (Unit unit : ComparisonParts.deletedUnits(comparison)) {
        Draft draft = leftOwners.get(unit);
        draft.rows.add(
            leftOnly(
                inPlace.getOrDefault(draft, List.of()),
                unit,
                new Row(RowKind.UNLINKED, Optional.empty(), List.of(unit), List.of(), false)));
      }
      // A placeholder in each block that holds some of the left units (most links have one).
      for (Correspondence c : ghosts) {
        Map<Draft, List<Unit>> byBlock = new java.util.LinkedHashMap<>();
        for (Unit unit : c.link().leftUnits()) {
          byBlock.computeIfAbsent(leftOwners.get(unit), d -> new ArrayList<>()).add(unit);
        }
        byBlock.forEach(
            (draft, units) ->
                draft.rows.add(
                    leftOnly(
                        inPlace.getOrDefault(draft, List.of()),
                        units.get(0),
                        new Row(
                            RowKind.GHOST, Optional.of(c), List.copyOf(units), List.of(), true))));
      }
    }

    /** A left-only row placed after the link in place of its block that precedes it. */
    private static Placed leftOnly(List<Correspondence> inPlace, Unit unit, Row row) {
      int low = 0;
      int high = inPlace.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (inPlace.get(mid).link().firstLeft().span().start() < unit.span().start()) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      if (low == 0) {
        return new Placed(true, 0, 0, unit.span().start(), row, Optional.of(unit));
      }
      List<Unit> rights = inPlace.get(low - 1).link().rightUnits();
      return new Placed(
          false,
          rights.get(rights.size() - 1).span().end(),
          0,
          unit.span().start(),
          row,
          Optional.of(unit));
    }

    /** The rows of a draft in order, with neighbouring unlinked units joined into one row. */
    private static List<Row> rows(Draft draft) {
      List<Placed> placed = new ArrayList<>(draft.rows);
      placed.sort(
          Comparator.comparing((Placed p) -> !p.first())
              .thenComparingInt(Placed::position)
              .thenComparingInt(Placed::order)
              .thenComparingInt(Placed::leftStart));
      List<Row> rows = new ArrayList<>();
      List<Unit> deleted = new ArrayList<>();
      List<Unit> added = new ArrayList<>();
      for (Placed p : placed) {
        Row row = p.row();
        if (row.kind() == RowKind.UNLINKED) {
          deleted.addAll(row.left());
          added.addAll(row.right());
          continue;
        }
        flush(deleted, added, rows);
        rows.add(row);
      }
      flush(deleted, added, rows);
      return rows;
    }

    private static void flush(List<Unit> deleted, List<Unit> added, List<Row> rows) {
      if (deleted.isEmpty() && added.isEmpty()) {
        return;
      }
      rows.add(
          new Row(
              RowKind.UNLINKED, Optional.empty(), List.copyOf(deleted), List.copyOf(added), false));
      deleted.clear();
      added.clear();
    }

    /**
     * The blocks in order: the preamble, then the blocks with right units in the order of the right
     * document, each followed by the deleted blocks whose numbered left unit comes right after one
     * of its left units (and those after them, in turn).
     */
    private Outline assemble(List<Draft> linked, List<Draft> deleted, List<Draft> added) {
      // Each deleted block goes after the block of the block unit before it in the left document.
      List<Unit> leftBlockUnits =
          left.structuralUnits().stream().filter(u -> leftDrafts.containsKey(u.index())).toList();
      List<Draft> afterPreamble = new ArrayList<>();
      for (int i = 0; i < leftBlockUnits.size(); i++) {
        Draft draft = leftDrafts.get(leftBlockUnits.get(i).index());
        if (!draft.right.isEmpty() || draft.kind == BlockKind.PREAMBLE) {
          continue;
        }
        if (i == 0) {
          afterPreamble.add(draft);
        } else {
          leftDrafts.get(leftBlockUnits.get(i - 1).index()).deletedAfter.add(draft);
        }
      }
      List<Draft> withRight = new ArrayList<>(linked);
      withRight.addAll(added);
      withRight.sort(Comparator.comparingInt(d -> d.right.get(0).index()));
      List<Draft> order = new ArrayList<>();
      order.add(preamble);
      afterPreamble.forEach(d -> append(d, order));
      for (Draft draft : withRight) {
        append(draft, order);
      }
      List<Block> blocks = new ArrayList<>();
      Map<Draft, Block> built = new IdentityHashMap<>();
      for (Draft draft : order) {
        int depth =
            draft.kind == BlockKind.PREAMBLE
                ? 0
                : draft.right.isEmpty()
                    ? depth(left, draft.left.get(0))
                    : depth(right, draft.right.get(0));
        Block block =
            new Block(
                blocks.size(),
                draft.kind,
                draft.link,
                List.copyOf(draft.left),
                List.copyOf(draft.right),
                depth,
                List.copyOf(rows(draft)));
        blocks.add(block);
        built.put(draft, block);
      }
      Map<Integer, Block> leftBlocks = new HashMap<>();
      Map<Integer, Block> rightBlocks = new HashMap<>();
      leftDrafts.forEach((index, draft) -> leftBlocks.put(index, built.get(draft)));
      rightDrafts.forEach((index, draft) -> rightBlocks.put(index, built.get(draft)));
      for (Unit unit : left.units(level)) {
        leftBlocks.put(unit.index(), built.get(owner(left, unit)));
      }
      for (Unit unit : right.units(level)) {
        rightBlocks.put(unit.index(), built.get(owner(right, unit)));
      }
      return new Outline(comparison, blocks, leftBlocks, rightBlocks);
    }

    private static void append(Draft draft, List<Draft> order) {
      order.add(draft);
      for (Draft next : draft.deletedAfter) {
        append(next, order);
      }
    }
  }
}
