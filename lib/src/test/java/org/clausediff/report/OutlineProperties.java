package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Link;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structure-first grouping of a comparison ({@link Outline}) on every pair of seeds and on
 * planted edits of each (seeded): every unit of the aligned level in exactly one row, every
 * structural link and every unit deleted or added as a whole in a block of its own, old text under
 * its own section, and the blocks in the order of the right document.
 */
class OutlineProperties {

  static Stream<Arguments> comparisons() {
    List<Arguments> cases = new ArrayList<>();
    for (String a : TestData.SEEDS) {
      for (String b : TestData.SEEDS) {
        if (!a.equals(b)) {
          cases.add(Arguments.of(a + " vs " + b, TestData.text(a), TestData.text(b)));
        }
      }
      for (long seed = 1; seed <= 4; seed++) {
        PlantedEdits edits = PlantedEdits.seeded(seed).withRate(0.08 * seed);
        PlantedEdits.Pair planted =
            seed % 2 == 0
                ? edits.restructure(a, TestData.text(a).text())
                : edits.apply(a, TestData.text(a).text());
        cases.add(
            Arguments.of(
                planted.name() + " seed " + seed,
                SourceText.of("left", planted.left()),
                SourceText.of("right", planted.right())));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparisons")
  void everyUnitOfTheAlignedLevelIsInExactlyOneRow(String name, SourceText left, SourceText right) {
    Comparison comparison = ClauseDiff.create().compare(left, right);
    Outline outline = Outline.of(comparison);
    Map<Integer, Integer> lefts = new HashMap<>();
    Map<Integer, Integer> rights = new HashMap<>();

    for (Outline.Block block : outline.blocks()) {
      for (Outline.Row row : block.rows()) {
        if (row.kind() != Outline.RowKind.GHOST) {
          row.left().forEach(u -> lefts.merge(u.index(), 1, Integer::sum));
          row.right().forEach(u -> rights.merge(u.index(), 1, Integer::sum));
        }
      }
    }

    UnitKind level = comparison.options().level();
    assertThat(lefts.keySet())
        .as(name)
        .containsExactlyInAnyOrderElementsOf(indexes(comparison.left().document(), level));
    assertThat(rights.keySet())
        .as(name)
        .containsExactlyInAnyOrderElementsOf(indexes(comparison.right().document(), level));
    assertThat(lefts.values()).as(name).containsOnly(1);
    assertThat(rights.values()).as(name).containsOnly(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparisons")
  void everyStructuralLinkAndEveryDeletedOrAddedUnitIsABlock(
      String name, SourceText left, SourceText right) {
    Comparison comparison = ClauseDiff.create().compare(left, right);
    List<Outline.Block> blocks = Outline.of(comparison).blocks();

    for (Link link : ComparisonParts.structuralLinks(comparison)) {
      assertThat(blocks)
          .as("%s: the block of %s", name, link)
          .filteredOn(b -> b.link().isPresent() && b.link().get().equals(link))
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.kind()).isEqualTo(Outline.BlockKind.LINKED);
                assertThat(b.left()).isEqualTo(link.leftUnits());
                assertThat(b.right()).isEqualTo(link.rightUnits());
              });
    }
    for (Unit unit : ComparisonParts.deletedStructure(comparison)) {
      assertThat(blocks)
          .as("%s: the block of deleted %s", name, unit.span())
          .filteredOn(b -> b.kind() == Outline.BlockKind.DELETED && b.left().equals(List.of(unit)))
          .hasSize(1);
    }
    for (Unit unit : ComparisonParts.addedStructure(comparison)) {
      assertThat(blocks)
          .as("%s: the block of added %s", name, unit.span())
          .filteredOn(b -> b.kind() == Outline.BlockKind.ADDED && b.right().equals(List.of(unit)))
          .hasSize(1);
    }
    for (int i = 0; i < blocks.size(); i++) {
      assertThat(blocks.get(i).number()).isEqualTo(i);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparisons")
  void oldTextStandsUnderItsOwnSection(String name, SourceText left, SourceText right) {
    Comparison comparison = ClauseDiff.create().compare(left, right);
    Outline outline = Outline.of(comparison);
    Document document = comparison.left().document();

    for (Outline.Block block : outline.blocks()) {
      for (Outline.Row row : block.rows()) {
        if (row.kind() == Outline.RowKind.LINK && row.crossing()) {
          continue; // shown with its new text; its placeholder stands under its own section
        }
        for (Unit unit : row.left()) {
          assertThat(outline.leftBlock(unit)).as("%s: %s", name, unit.span()).isSameAs(block);
          List<Unit> ancestors = document.ancestors(unit);
          if (block.kind() == Outline.BlockKind.PREAMBLE) {
            assertThat(ancestors)
                .as("%s: %s before the first heading", name, unit.span())
                .noneMatch(a -> a.kind().isStructural() && isBlockUnit(outline, a));
          } else {
            assertThat(ancestors)
                .as("%s: %s under %s", name, unit.span(), block.left())
                .containsAnyElementsOf(block.left());
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparisons")
  void blocksAndRowsFollowTheRightDocument(String name, SourceText left, SourceText right) {
    Outline outline = Outline.of(ClauseDiff.create().compare(left, right));

    int lastBlock = -1;
    for (Outline.Block block : outline.blocks()) {
      if (!block.right().isEmpty()) {
        assertThat(block.right().get(0).index()).as(name).isGreaterThan(lastBlock);
        lastBlock = block.right().get(0).index();
      }
      int lastRow = -1;
      for (Outline.Row row : block.rows()) {
        if (!row.right().isEmpty()) {
          assertThat(row.right().get(0).index()).as(name).isGreaterThan(lastRow);
          lastRow = row.right().get(row.right().size() - 1).index();
        }
      }
    }
  }

  private static boolean isBlockUnit(Outline outline, Unit unit) {
    return outline.blocks().stream().anyMatch(b -> b.left().contains(unit));
  }

  private static List<Integer> indexes(Document document, UnitKind level) {
    return document.units(level).stream().map(Unit::index).toList();
  }
}
