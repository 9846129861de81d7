package org.clausediff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.clausediff.compare.Link;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class StructureAlignerTest {
  private static final String A = "深化商事制度改革，进一步推进工商注册便利化。";
  private static final String B = "推进行政审批制度改革，做好国务院取消行政许可事项的衔接落实工作。";
  private static final String C = "加快推进互联网政务服务，建成一体化的网上政务服务平台。";
  private static final String D = "完善新兴经济就业社保政策，研究新业态的就业和用工特点。";
  private static final String E = "强化信用信息采集归集公示，建立健全公民法人诚信档案。";
  private static final String F = "健全统计调查制度，完善新兴产业统计指标体系和统计方法。";

  private static Alignment align(String left, String right) {
    SourceText l = SourceText.of("left", left);
    SourceText r = SourceText.of("right", right);
    Document ld = Segmenter.defaults().segment(l);
    Document rd = Segmenter.defaults().segment(r);
    return ClauseAligner.of(AlignOptions.defaults())
        .align(
            ld, TextNormalizer.defaults().normalize(l), rd, TextNormalizer.defaults().normalize(r));
  }

  private static String describe(Unit unit) {
    return unit.kind().id() + " " + unit.label();
  }

  /** Each structural link as "OP kind label|… → kind label|…". */
  private static List<String> structure(Alignment alignment) {
    return alignment.structuralLinks().stream()
        .map(
            link ->
                link.op()
                    + " "
                    + link.leftUnits().stream()
                        .map(StructureAlignerTest::describe)
                        .collect(Collectors.joining("|"))
                    + " → "
                    + link.rightUnits().stream()
                        .map(StructureAlignerTest::describe)
                        .collect(Collectors.joining("|")))
        .toList();
  }

  private static final String LEAD = "各地要加强组织领导，明确责任分工，抓好任务落实。";

  /** One item holding all six sentences, then a second section. */
  private static final String ONE_ITEM =
      "一、总体要求\n（一）放管服改革。\n" + A + B + C + D + E + F + "\n二、保障措施\n（二）加强领导。\n" + LEAD + "\n";

  /** The same text with the first item cut into three, and the items renumbered. */
  private static final String THREE_ITEMS =
      "一、总体要求\n（一）商事改革。\n"
          + A
          + B
          + "\n（二）互联网政务。\n"
          + C
          + D
          + "\n（三）信用体系。\n"
          + E
          + F
          + "\n二、保障措施\n（四）加强领导。\n"
          + LEAD
          + "\n";

  @Test
  void oneItemBecomeThreeIsASplitOfThatItem() {
    assertThat(structure(align(ONE_ITEM, THREE_ITEMS)))
        .containsExactly(
            "MODIFIED section 一、 → section 一、",
            "SPLIT item （一） → item （一）|item （二）|item （三）",
            "EQUAL section 二、 → section 二、",
            "EQUAL item （二） → item （四）");
  }

  @Test
  void threeItemsBecomeOneIsAMerge() {
    assertThat(structure(align(THREE_ITEMS, ONE_ITEM)))
        .containsExactly(
            "MODIFIED section 一、 → section 一、",
            "MERGED item （一）|item （二）|item （三） → item （一）",
            "EQUAL section 二、 → section 二、",
            "EQUAL item （四） → item （二）");
  }

  @Test
  void splitAndMergeAreMirrorsWithTheSameSimilarity() {
    Link split = align(ONE_ITEM, THREE_ITEMS).structuralLinks().get(1);
    Link merge = align(THREE_ITEMS, ONE_ITEM).structuralLinks().get(1);

    assertThat(split.similarity().value()).isEqualTo(merge.similarity().value());
    assertThat(split.rightUnits()).hasSize(3);
    assertThat(merge.leftUnits()).hasSize(3);
  }

  @Test
  void sectionsThatBecameItemsAreLinkedAcrossLevels() {
    String sections = "一、商事改革\n" + A + B + "\n二、政务服务\n" + C + D + "\n";
    String items = "一、改革任务\n（一）商事改革。\n" + A + B + "\n（二）政务服务。\n" + C + D + "\n";

    assertThat(structure(align(sections, items)))
        .containsExactly("MODIFIED section 一、 → item （一）", "MODIFIED section 二、 → item （二）");
  }

  @Test
  void anItemPrefersAnItemOfTheSameContentToAUnitOfAnotherKind() {
    // The right section 一、 and its only item （一） hold the same sentences; the left item goes to
    // the item, and the left section to the section (modified: its title changed).
    String left = "一、总体要求\n（一）商事改革。\n" + A + B + C + "\n";
    String right = "一、工作要求\n（一）商事改革。\n" + A + B + C + "\n";

    assertThat(structure(align(left, right)))
        .containsExactly("MODIFIED section 一、 → section 一、", "EQUAL item （一） → item （一）");
  }

  /** Item （一） of the left became section 二、 of the right, its sentences spread over three items. */
  private static final String ITEM_BECAME_SECTION =
      "一、总体要求\n（一）加强领导。\n"
          + LEAD
          + "\n二、放管服改革\n（一）商事改革。\n"
          + A
          + B
          + "\n（二）互联网政务。\n"
          + C
          + D
          + "\n（三）信用体系。\n"
          + E
          + F
          + "\n";

  private static final String ITEM_BEFORE =
      "一、总体要求\n（一）放管服改革。\n" + A + B + C + D + E + F + "\n（二）加强领导。\n" + LEAD + "\n";

  @Test
  void itemRestructuredIntoASectionOfItemsIsSplitToEachOfItsItems() {
    assertThat(structure(align(ITEM_BEFORE, ITEM_BECAME_SECTION)))
        .contains("SPLIT item （一） → item （一）|item （二）|item （三）")
        .noneMatch(link -> link.contains("→ section 二、"));
  }

  @Test
  void sectionOfItemsMergedIntoOneItemIsTheMirror() {
    assertThat(structure(align(ITEM_BECAME_SECTION, ITEM_BEFORE)))
        .contains("MERGED item （一）|item （二）|item （三） → item （一）")
        .noneMatch(link -> link.startsWith("MODIFIED section 二、"));
  }

  @Test
  void copiesOfARepeatedHeadingInAGarbledDocumentAreLinkedOnce() {
    // The garbled left repeats item （一） with its first sentence; the copy resembles the right's
    // item （三） in words only (title, TF-IDF), none of its sentences is linked there.
    String garbled =
        "一、总体要求\n（一）商事改革。\n" + A + B + "\n（二）政务服务。\n" + C + D + "\n（一）商事改革。\n" + A + "\n";
    String clean =
        "一、总体要求\n（一）商事改革。\n"
            + A
            + B
            + "\n（二）政务服务。\n"
            + C
            + D
            + "\n（三）督查商事制度改革进展。\n工商注册便利化工作要加强督促检查，按季度通报进展。\n";

    assertThat(structure(align(garbled, clean)))
        .filteredOn(link -> link.contains("item （一） →"))
        .containsExactly("EQUAL item （一） → item （一）");
    assertThat(structure(align(clean, garbled)))
        .filteredOn(link -> link.contains("→ item （一）"))
        .containsExactly("EQUAL item （一） → item （一）");
  }

  @Test
  void eachStructuralUnitIsLinkedAtMostOnce() {
    for (Alignment alignment :
        List.of(
            align(ONE_ITEM, THREE_ITEMS),
            align(THREE_ITEMS, ONE_ITEM),
            align(ITEM_BEFORE, ITEM_BECAME_SECTION),
            align(ITEM_BECAME_SECTION, ITEM_BEFORE))) {
      List<Unit> lefts =
          alignment.structuralLinks().stream().flatMap(l -> l.leftUnits().stream()).toList();
      List<Unit> rights =
          alignment.structuralLinks().stream().flatMap(l -> l.rightUnits().stream()).toList();
      assertThat(lefts).doesNotHaveDuplicates();
      assertThat(rights).doesNotHaveDuplicates();
    }
  }

  @Test
  void unrelatedStructureIsNotLinked() {
    String left = "一、商事改革\n" + A + B + "\n";
    String right = "一、统计调查\n" + F + "\n";

    assertThat(align(left, right).structuralLinks()).isEmpty();
  }
}
