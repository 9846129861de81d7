package org.clausediff.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Link;
import org.clausediff.report.Outline.Block;
import org.clausediff.report.Outline.BlockKind;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;

/**
 * Builds an {@link Outline} in three steps: the blocks (one per numbered unit of the outline's
 * depth, or pair of them), their rows (each link and unlinked unit of the aligned level placed in
 * the block that holds it, see {@link BlockRows}), their order.
 */
final class OutlineBuilder {
  private final Comparison comparison;
  private final Document left;
  private final Document right;
  private final UnitKind deepest;
  private final UnitKind level;

  /** The block of each block unit, by unit index; null for the other units. */
  private final Draft[] leftDrafts;

  private final Draft[] rightDrafts;

  /**
   * The block that holds each unit's own text — that of its innermost block ancestor, or the
   * preamble — by unit index; filled once every block is registered.
   */
  private Draft[] leftOwners;

  private Draft[] rightOwners;
  private final Draft preamble = new Draft(BlockKind.PREAMBLE, Optional.empty());

  OutlineBuilder(Comparison comparison, UnitKind deepest) {
    this.comparison = comparison;
    this.left = comparison.left().document();
    this.right = comparison.right().document();
    this.deepest = deepest;
    this.level = comparison.options().level();
    this.leftDrafts = new Draft[left.units().size()];
    this.rightDrafts = new Draft[right.units().size()];
  }

  /** A block being built: its units, and its rows before they are placed. */
  private static final class Draft {
    final BlockKind kind;
    final Optional<Link> link;
    final List<Unit> left = new ArrayList<>();
    final List<Unit> right = new ArrayList<>();
    final BlockRows rows = new BlockRows();
    final List<Draft> deletedAfter = new ArrayList<>();

    /** The block's links in place (not crossing), by left start once sorted. */
    final List<Correspondence> inPlace = new ArrayList<>();

    /** The block built from this draft. */
    Block built;

    Draft(BlockKind kind, Optional<Link> link) {
      this.kind = kind;
      this.link = link;
    }
  }

  Outline build() {
    List<Draft> linked = new ArrayList<>();
    for (Link link : ComparisonParts.structuralLinks(comparison)) {
      if (isBlock(link.leftUnits()) || isBlock(link.rightUnits())) {
        Draft draft = new Draft(BlockKind.LINKED, Optional.of(link));
        draft.left.addAll(link.leftUnits());
        draft.right.addAll(link.rightUnits());
        link.leftUnits().forEach(u -> leftDrafts[u.index()] = draft);
        link.rightUnits().forEach(u -> rightDrafts[u.index()] = draft);
        linked.add(draft);
      }
    }
    List<Draft> deleted = new ArrayList<>();
    for (Unit unit : ComparisonParts.deletedStructure(comparison)) {
      if (unit.kind().compareTo(deepest) <= 0) {
        deleted.add(single(BlockKind.DELETED, left, unit));
      }
    }
    List<Draft> added = new ArrayList<>();
    for (Unit unit : ComparisonParts.addedStructure(comparison)) {
      if (unit.kind().compareTo(deepest) <= 0) {
        added.add(single(BlockKind.ADDED, right, unit));
      }
    }
    for (Unit unit : left.structuralUnits()) {
      if (unit.kind().compareTo(deepest) <= 0
          && leftDrafts[unit.index()] == null
          && depth(left, unit) == 0) {
        deleted.add(single(BlockKind.UNMATCHED, left, unit));
      }
    }
    for (Unit unit : right.structuralUnits()) {
      if (unit.kind().compareTo(deepest) <= 0
          && rightDrafts[unit.index()] == null
          && depth(right, unit) == 0) {
        added.add(single(BlockKind.UNMATCHED, right, unit));
      }
    }
    leftOwners = owners(left, leftDrafts);
    rightOwners = owners(right, rightDrafts);
    addRows();
    return assemble(linked, deleted, added);
  }

  /** A block of one unit of {@code document}, registered as that unit's block. */
  private Draft single(BlockKind kind, Document document, Unit unit) {
    Draft draft = new Draft(kind, Optional.empty());
    (document == left ? draft.left : draft.right).add(unit);
    (document == left ? leftDrafts : rightDrafts)[unit.index()] = draft;
    return draft;
  }

  private boolean isBlock(List<Unit> units) {
    return units.stream().anyMatch(u -> u.kind().compareTo(deepest) <= 0);
  }

  /** How many block units of {@code document} contain {@code unit}. */
  private int depth(Document document, Unit unit) {
    Draft[] drafts = document == left ? leftDrafts : rightDrafts;
    int depth = 0;
    for (Unit ancestor : document.ancestors(unit)) {
      if (drafts[ancestor.index()] != null) {
        depth++;
      }
    }
    return depth;
  }

  /**
   * The block of every unit of {@code document}, by unit index: that of its innermost block
   * ancestor, or the preamble. One walk down the tree, so linear in the units.
   */
  private Draft[] owners(Document document, Draft[] drafts) {
    Draft[] owners = new Draft[drafts.length];
    ArrayDeque<Unit> units = new ArrayDeque<>(document.roots());
    ArrayDeque<Draft> inherited = new ArrayDeque<>();
    for (int i = 0; i < document.roots().size(); i++) {
      inherited.add(preamble);
    }
    while (!units.isEmpty()) {
      Unit unit = units.pop();
      Draft owner = inherited.pop();
      owners[unit.index()] = owner;
      Draft passed = drafts[unit.index()] != null ? drafts[unit.index()] : owner;
      for (int c = unit.children().size() - 1; c >= 0; c--) {
        units.push(unit.children().get(c));
        inherited.push(passed);
      }
    }
    return owners;
  }

  private void addRows() {
    // Links, and the links in place of each block by left start (where left-only rows anchor).
    List<Draft> withLinksInPlace = new ArrayList<>();
    List<Correspondence> ghosts = new ArrayList<>();
    for (Correspondence c : comparison.alignments()) {
      if (c.level().isStructural()) {
        continue;
      }
      Link link = c.link();
      Draft draft = rightOwners[link.firstRight().index()];
      boolean crossing = link.moved();
      for (Unit unit : link.leftUnits()) {
        crossing |= leftOwners[unit.index()] != draft;
      }
      draft.rows.link(c, crossing);
      if (crossing) {
        ghosts.add(c);
      } else {
        if (draft.inPlace.isEmpty()) {
          withLinksInPlace.add(draft);
        }
        draft.inPlace.add(c);
      }
    }
    for (Unit unit : ComparisonParts.addedUnits(comparison)) {
      rightOwners[unit.index()].rows.added(unit);
    }
    for (Draft draft : withLinksInPlace) {
      draft.inPlace.sort(Comparator.comparingInt(c -> c.link().firstLeft().span().start()));
    }
    for (Unit unit : ComparisonParts.deletedUnits(comparison)) {
      Draft draft = leftOwners[unit.index()];
      draft.rows.deleted(draft.inPlace, unit);
    }
    // A placeholder in each block that holds some of the left units (most links have one).
    for (Correspondence c : ghosts) {
      Map<Draft, List<Unit>> byBlock = new java.util.LinkedHashMap<>();
      for (Unit unit : c.link().leftUnits()) {
        byBlock.computeIfAbsent(leftOwners[unit.index()], d -> new ArrayList<>()).add(unit);
      }
      byBlock.forEach((draft, units) -> draft.rows.ghost(draft.inPlace, c, units));
    }
  }

  /**
   * The blocks in order: the preamble, then the blocks with right units in the order of the right
   * document, each followed by the deleted blocks whose numbered left unit comes right after one of
   * its left units (and those after them, in turn).
   */
  private Outline assemble(List<Draft> linked, List<Draft> deleted, List<Draft> added) {
    // Each deleted block goes after the block of the block unit before it in the left document.
    List<Unit> leftBlockUnits =
        left.structuralUnits().stream().filter(u -> leftDrafts[u.index()] != null).toList();
    List<Draft> afterPreamble = new ArrayList<>();
    for (int i = 0; i < leftBlockUnits.size(); i++) {
      Draft draft = leftDrafts[leftBlockUnits.get(i).index()];
      if (!draft.right.isEmpty() || draft.kind == BlockKind.PREAMBLE) {
        continue;
      }
      if (i == 0) {
        afterPreamble.add(draft);
      } else {
        leftDrafts[leftBlockUnits.get(i - 1).index()].deletedAfter.add(draft);
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
              draft.rows.ordered());
      blocks.add(block);
      draft.built = block;
    }
    return new Outline(
        comparison,
        blocks,
        blocksOf(left, leftDrafts, leftOwners, blocks.get(0)),
        blocksOf(right, rightDrafts, rightOwners, blocks.get(0)));
  }

  /**
   * The block of each block unit and of each unit of the aligned level of {@code document}, by unit
   * index; {@code preamble} for the other units and for a block that is not in the outline.
   */
  private Block[] blocksOf(Document document, Draft[] drafts, Draft[] owners, Block preamble) {
    Block[] blocks = new Block[drafts.length];
    Arrays.fill(blocks, preamble);
    for (int u = 0; u < drafts.length; u++) {
      if (drafts[u] != null && drafts[u].built != null) {
        blocks[u] = drafts[u].built;
      }
    }
    for (Unit unit : document.units(level)) {
      Block block = owners[unit.index()].built;
      blocks[unit.index()] = block != null ? block : preamble;
    }
    return blocks;
  }

  private static void append(Draft draft, List<Draft> order) {
    order.add(draft);
    for (Draft next : draft.deletedAfter) {
      append(next, order);
    }
  }
}
