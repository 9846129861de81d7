package org.clausediff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.clausediff.compare.Link;
import org.clausediff.compare.Op;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.Keyed;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class ClauseAlignerTest {
  private static final String A = "深化商事制度改革，进一步推进工商注册便利化。";
  private static final String B = "推进行政审批制度改革，做好国务院取消行政许可事项的衔接落实工作。";
  private static final String C = "加快推进互联网政务服务，建成一体化的网上政务服务平台。";
  private static final String D = "完善新兴经济就业社保政策，研究新业态的就业和用工特点。";
  private static final String E = "强化信用信息采集归集公示，建立健全公民法人诚信档案。";

  private static Alignment align(String left, String right) {
    return align(left, right, AlignOptions.defaults());
  }

  private static Alignment align(String left, String right, AlignOptions options) {
    SourceText l = SourceText.of("left", left);
    SourceText r = SourceText.of("right", right);
    Document ld = Segmenter.defaults().segment(l);
    Document rd = Segmenter.defaults().segment(r);
    return ClauseAligner.of(options)
        .align(
            ld, TextNormalizer.defaults().normalize(l), rd, TextNormalizer.defaults().normalize(r));
  }

  /** Each link as "OP left-texts → right-texts". */
  private static List<String> links(Alignment alignment) {
    Document l = alignment.keys().left().document();
    Document r = alignment.keys().right().document();
    return alignment.links().stream()
        .map(
            link ->
                link.op()
                    + " "
                    + link.leftUnits().stream().map(l::text).collect(Collectors.joining("|"))
                    + " → "
                    + link.rightUnits().stream().map(r::text).collect(Collectors.joining("|")))
        .toList();
  }

  @Test
  void identicalTextsAreAllEqual() {
    Alignment alignment = align(A + B + C, A + B + C);

    assertThat(alignment.links()).extracting(Link::op).containsOnly(Op.EQUAL).hasSize(3);
    assertThat(alignment.deleted()).isEmpty();
    assertThat(alignment.added()).isEmpty();
  }

  @Test
  void reorderedSentenceIsMovedNotDeletedAndAdded() {
    Alignment alignment = align(A + B + C + D + E, B + C + D + A + E);

    assertThat(links(alignment))
        .containsExactlyInAnyOrder(
            "MOVED " + A + " → " + A,
            "EQUAL " + B + " → " + B,
            "EQUAL " + C + " → " + C,
            "EQUAL " + D + " → " + D,
            "EQUAL " + E + " → " + E);
    assertThat(alignment.deleted()).isEmpty();
  }

  @Test
  void movedAndModifiedCarriesItsSimilarity() {
    String changed = "深化商事制度改革，进一步推进企业注册便利化。";
    Alignment alignment = align(A + B + C + D, B + C + D + changed);

    Link moved =
        alignment.links().stream().filter(l -> l.op() == Op.MOVED).findFirst().orElseThrow();
    assertThat(moved.identical()).isFalse();
    assertThat(moved.similarity().value()).isBetween(0.8, 0.99);
  }

  @Test
  void sentenceCutInTwoIsASplit() {
    Alignment alignment =
        align(
            A + "建立完善统一的政务服务平台，实现省市县乡四级网上行政审批全覆盖。" + C, A + "建立完善统一的政务服务平台。实现省市县乡四级网上行政审批全覆盖。" + C);

    assertThat(links(alignment))
        .contains(
            "SPLIT 建立完善统一的政务服务平台，实现省市县乡四级网上行政审批全覆盖。" + " → 建立完善统一的政务服务平台。|实现省市县乡四级网上行政审批全覆盖。");
  }

  @Test
  void sentencesJoinedAreAMerge() {
    Alignment alignment = align(A + B + C + D, A + "推进行政审批制度改革，做好国务院取消行政许可事项的衔接落实工作，" + C + D);

    List<Link> merged = alignment.links().stream().filter(l -> l.op() == Op.MERGED).toList();
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).leftUnits()).hasSize(2);
  }

  @Test
  void pastedCopyIsTheAddedOneAndTheOriginalStaysEqual() {
    Alignment alignment = align(A + B + C + D + E, A + B + C + D + B + C + E);

    assertThat(alignment.links()).extracting(Link::op).containsOnly(Op.EQUAL);
    assertThat(alignment.added())
        .extracting(Unit::span)
        .extracting(s -> s.start())
        .containsExactly((A + B + C + D).length(), (A + B + C + D + B).length());
  }

  @Test
  void renumberedItemIsEqualWhenLabelsAreLeftOut() {
    String left = "一、总体要求\n（四）着力提高行政审批服务效能。\n" + A;
    String right = "一、总体要求\n（一）着力提高行政审批服务效能。\n" + A;

    assertThat(align(left, right).links()).extracting(Link::op).containsOnly(Op.EQUAL);
    assertThat(align(left, right, AlignOptions.defaults().withIgnoreLabels(false)).links())
        .extracting(Link::op)
        .contains(Op.MODIFIED);
  }

  @Test
  void unrelatedSentencesAreDeletedAndAdded() {
    Alignment alignment = align(A + B, A + "天气晴朗，适合外出散步。");

    assertThat(alignment.deleted()).hasSize(1);
    assertThat(alignment.added()).hasSize(1);
  }

  @Test
  void alignsItemsWhoseSentencesWereReordered() {
    String left =
        "一、主要任务\n（一）优化服务。\n" + A + B + "\n（二）加强监管。\n" + C + D + "\n二、保障措施\n（三）加强领导。\n" + E;
    String right =
        "一、主要任务\n（一）加强监管。\n" + C + D + "\n（二）优化服务。\n" + A + B + "\n二、保障措施\n（三）加强领导。\n" + E;
    Alignment alignment = align(left, right);
    Document l = alignment.keys().left().document();
    Document r = alignment.keys().right().document();

    List<Link> itemLinks =
        alignment.structuralLinks().stream().filter(link -> link.level() == UnitKind.ITEM).toList();
    List<String> items =
        itemLinks.stream()
            .map(
                link ->
                    l.sectionPath(link.leftUnits().get(0))
                        + " → "
                        + r.sectionPath(link.rightUnits().get(0)))
            .toList();
    assertThat(items)
        .containsExactlyInAnyOrder(
            "一、主要任务 › （一）优化服务 → 一、主要任务 › （二）优化服务",
            "一、主要任务 › （二）加强监管 → 一、主要任务 › （一）加强监管",
            "二、保障措施 › （三）加强领导 → 二、保障措施 › （三）加强领导");
    // The two swapped items weigh the same: either may be the one that moved, but one did.
    assertThat(itemLinks)
        .extracting(Link::op)
        .containsExactlyInAnyOrder(Op.MOVED, Op.EQUAL, Op.EQUAL);
    assertThat(itemLinks).allMatch(Link::identical);
  }

  @Test
  void rejectsStructuralLevel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AlignOptions.defaults().withLevel(UnitKind.ITEM));
    assertThat(e).hasMessage("level must be paragraph, sentence or clause but was item");
  }

  @Test
  void tellsEachStepOnceInOrderAndAlignsAsWithoutBeingWatched() {
    String changed = "深化商事制度改革，进一步推进企业注册便利化。";
    UnitKeys.Pair keys =
        Keyed.sentences(
            "一、改革\n" + A + B + "\n二、服务\n" + C + D, "一、服务\n" + C + D + "\n二、改革\n" + changed + E);
    List<ClauseAligner.Step> steps = new ArrayList<>();
    List<List<ClauseAligner.Step>> stepsWhenIndexWanted = new ArrayList<>();

    Alignment watched =
        ClauseAligner.defaults()
            .align(
                keys,
                () -> {
                  stepsWhenIndexWanted.add(List.copyOf(steps));
                  return StructureIndex.of(keys);
                },
                steps::add);
    Alignment unwatched = ClauseAligner.defaults().align(keys);

    assertThat(steps).containsExactly(ClauseAligner.Step.values());
    assertThat(stepsWhenIndexWanted)
        .containsExactly(
            List.of(
                ClauseAligner.Step.IDENTICAL_LINKS,
                ClauseAligner.Step.FUZZY_LINKS,
                ClauseAligner.Step.ORDER));
    assertThat(watched.links()).isEqualTo(unwatched.links()).isNotEmpty();
    assertThat(watched.structuralLinks()).isEqualTo(unwatched.structuralLinks()).isNotEmpty();
    assertThat(watched.deleted()).isEqualTo(unwatched.deleted());
    assertThat(watched.added()).isEqualTo(unwatched.added()).isNotEmpty();
  }

  @Test
  void tellsEveryStepWithoutStructuralAlignmentToo() {
    UnitKeys.Pair keys = Keyed.sentences(A + B, B + C);
    List<ClauseAligner.Step> steps = new ArrayList<>();

    Alignment alignment =
        ClauseAligner.of(AlignOptions.defaults().withStructural(false))
            .align(
                keys,
                () -> {
                  throw new AssertionError("no structure index without structural alignment");
                },
                steps::add);

    assertThat(steps).containsExactly(ClauseAligner.Step.values());
    assertThat(alignment.structuralLinks()).isEmpty();
  }
}
