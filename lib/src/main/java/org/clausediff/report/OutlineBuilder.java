package org.clausediff.report;

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

  /** The block of each block unit and of each unit of the aligned level, by unit index. */
  private final Map<Integer, Draft> leftDrafts = new HashMap<>();

  private final Map<Integer, Draft> rightDrafts = new HashMap<>();
  private final Draft preamble = new Draft(BlockKind.PREAMBLE, Optional.empty());

  OutlineBuilder(Comparison comparison, UnitKind deepest) {
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
    final BlockRows rows = new BlockRows();
    final List<Draft> deletedAfter = new ArrayList<>();

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
        link.leftUnits().forEach(u -> leftDrafts.put(u.index(), draft));
        link.rightUnits().forEach(u -> rightDrafts.put(u.index(), draft));
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
          && !leftDrafts.containsKey(unit.index())
          && depth(left, unit) == 0) {
        deleted.add(single(BlockKind.UNMATCHED, left, unit));
      }
    }
    for (Unit unit : right.structuralUnits()) {
      if (unit.kind().compareTo(deepest) <= 0
          && !rightDrafts.containsKey(unit.index())
          && depth(right, unit) == 0) {
        added.add(single(BlockKind.UNMATCHED, right, unit));
      }
    }
    addRows();
    return assemble(linked, deleted, added);
  }

  /** A block of one unit of {@code document}, registered as that unit's block. */
  private Draft single(BlockKind kind, Document document, Unit unit) {
    Draft draft = new Draft(kind, Optional.empty());
    (document == left ? draft.left : draft.right).add(unit);
    (document == left ? leftDrafts : rightDrafts).put(unit.index(), draft);
    return draft;
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
      draft.rows.link(c, crossing);
      if (crossing) {
        ghosts.add(c);
      } else {
        inPlace.computeIfAbsent(draft, d -> new ArrayList<>()).add(c);
      }
    }
    for (Unit unit : ComparisonParts.addedUnits(comparison)) {
      rightOwners.get(unit).rows.added(unit);
    }
    for (List<Correspondence> links : inPlace.values()) {
      links.sort(Comparator.comparingInt(c -> c.link().firstLeft().span().start()));
    }
    for (Unit unit : ComparisonParts.deletedUnits(comparison)) {
      Draft draft = leftOwners.get(unit);
      draft.rows.deleted(inPlace.getOrDefault(draft, List.of()), unit);
    }
    // A placeholder in each block that holds some of the left units (most links have one).
    for (Correspondence c : ghosts) {
      Map<Draft, List<Unit>> byBlock = new java.util.LinkedHashMap<>();
      for (Unit unit : c.link().leftUnits()) {
        byBlock.computeIfAbsent(leftOwners.get(unit), d -> new ArrayList<>()).add(unit);
      }
      byBlock.forEach(
          (draft, units) -> draft.rows.ghost(inPlace.getOrDefault(draft, List.of()), c, units));
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
              draft.rows.ordered());
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
