package org.clausediff.internal.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clausediff.ClauseDiff;
import org.clausediff.collate.CollateOptions;
import org.clausediff.collate.Collation;
import org.clausediff.collate.Progress;
import org.clausediff.segment.Unit;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

/** The common core of versions collated without an original, on small made-up versions. */
class CoreReconstructorTest {
  private static final String A = "深化商事制度改革，进一步推进工商注册便利化。";
  private static final String B = "推进行政审批制度改革，做好国务院取消行政许可事项的衔接落实工作。";
  private static final String C = "加快推进互联网政务服务，建成一体化的网上政务服务平台。";
  private static final String D = "完善新兴经济就业社保政策，研究新业态的就业和用工特点。";
  private static final String E = "强化信用信息采集归集公示，建立健全公民法人诚信档案。";
  private static final String F = "健全统计调查制度，完善新兴产业统计指标体系和统计方法。";
  private static final String G = "各地要加强组织领导，明确责任分工，抓好任务落实。";

  /** Items 商事, 审批, 政务, 就业, 信用, 统计 holding sentences A to F. */
  private static final List<String> ITEMS =
      List.of(
          "商事改革。\n" + A, "行政审批。\n" + B, "网上政务。\n" + C, "就业社保。\n" + D, "信用档案。\n" + E, "统计调查。\n" + F);

  private static final String[] LABELS = {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）"};

  /** A version named {@code name} with the items numbered {@code items} (0 = 商事) in that order. */
  private static SourceText version(String name, int... items) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.length; i++) {
      text.append(LABELS[i]).append(ITEMS.get(items[i])).append('\n');
    }
    return SourceText.of(name, text.toString());
  }

  private static Collation.Reconstructed collate(int minVersions, SourceText... versions) {
    CollateOptions options =
        minVersions == 0
            ? CollateOptions.defaults()
            : CollateOptions.defaults().withMinVersions(minVersions);
    return (Collation.Reconstructed)
        ClauseDiff.create().collate(Optional.empty(), List.of(versions), options, Progress.none());
  }

  /** Each core unit by the title of its reference unit. */
  private static List<String> core(Collation.Reconstructed collation) {
    return collation.core().stream().map(c -> c.referenceUnit().title()).toList();
  }

  /** Each addition as "versions: title". */
  private static List<String> additions(Collation.Reconstructed collation) {
    return collation.additions().stream()
        .map(
            a ->
                a.units().stream()
                        .map(u -> u.map(x -> "x").orElse("-"))
                        .collect(Collectors.joining())
                    + ": "
                    + a.firstUnit().title())
        .toList();
  }

  @Test
  void whatAMajorityOfVersionsShareIsCoreAndTheRestAreAdditions() {
    Collation.Reconstructed collation =
        collate(0, version("x", 0, 1, 2), version("y", 0, 1, 3), version("z", 0, 4, 5));

    assertThat(collation.minVersions()).isEqualTo(2);
    assertThat(core(collation)).containsExactly("商事改革", "行政审批");
    assertThat(collation.core()).extracting(Collation.CoreUnit::shared).containsExactly(3, 2);
    assertThat(additions(collation))
        .containsExactly("x--: 网上政务", "-x-: 就业社保", "--x: 信用档案", "--x: 统计调查");
  }

  @Test
  void minVersionsRaisesTheBarAndWhatFallsShortIsASharedAddition() {
    Collation.Reconstructed collation =
        collate(3, version("x", 0, 1, 2), version("y", 0, 1, 3), version("z", 0, 4, 5));

    assertThat(core(collation)).containsExactly("商事改革");
    assertThat(additions(collation))
        .containsExactly("xx-: 行政审批", "x--: 网上政务", "-x-: 就业社保", "--x: 信用档案", "--x: 统计调查");
  }

  @Test
  void theCoreFollowsTheOrderOfTheVersionThatHasMostOfIt() {
    // x lacks 行政审批; y and z have all three, y first: y's order wins, not the first version's.
    Collation.Reconstructed collation =
        collate(0, version("x", 0, 2), version("y", 1, 0, 2), version("z", 0, 1, 2));

    assertThat(core(collation)).containsExactly("行政审批", "商事改革", "网上政务");
    assertThat(collation.additions()).isEmpty();
  }

  @Test
  void theOrderIsTheSameWhicheverVersionComesFirst() {
    SourceText x = version("x", 0, 2);
    SourceText y = version("y", 1, 0, 2);
    SourceText z = version("z", 1, 0, 2);

    assertThat(core(collate(0, x, y, z))).containsExactly("行政审批", "商事改革", "网上政务");
    assertThat(core(collate(0, y, z, x))).containsExactly("行政审批", "商事改革", "网上政务");
  }

  @Test
  void aSentenceOnlyOneVersionHasInACoreItemIsItsOwnNotAnAddition() {
    String shared = "（一）商事改革。\n" + A + "\n（二）行政审批。\n" + B + "\n";
    String extended = "（一）商事改革。\n" + A + D + "\n（二）行政审批。\n" + B + "\n";
    Collation.Reconstructed collation =
        collate(
            0,
            SourceText.of("x", G + "\n" + shared),
            SourceText.of("y", G + "\n" + extended),
            SourceText.of("z", shared));

    Collation.CoreUnit first = collation.core().get(0);
    assertThat(first.referenceUnit().title()).isEqualTo("商事改革");
    // The heading's sentence and A, in all three.
    assertThat(first.sentences())
        .extracting(sentence -> text(collation, 2, sentence.units().get(2).orElseThrow()))
        .containsExactly("（一）商事改革。", A);
    assertThat(first.sentences())
        .allSatisfy(sentence -> assertThat(sentence.shared()).isEqualTo(3));
    assertThat(first.own().get(0)).isEmpty();
    assertThat(first.own().get(1)).extracting(u -> text(collation, 1, u)).containsExactly(D);
    assertThat(first.own().get(2)).isEmpty();
    // G, before every item in x and y, is shared by two of three: loose core, not an addition.
    assertThat(collation.looseCore()).hasSize(1);
    assertThat(collation.looseCore().get(0).shared()).isEqualTo(2);
    assertThat(collation.additions()).isEmpty();
  }

  @Test
  void aSentenceOutsideEveryItemThatTooFewVersionsHaveIsAnAddition() {
    String items = "（一）商事改革。\n" + A + "\n";
    Collation.Reconstructed collation =
        collate(
            0,
            SourceText.of("x", G + "\n" + items),
            SourceText.of("y", items),
            SourceText.of("z", items));

    assertThat(collation.looseCore()).isEmpty();
    assertThat(collation.additions()).hasSize(1);
    assertThat(collation.additions().get(0).units())
        .extracting(Optional::isPresent)
        .containsExactly(true, false, false);
  }

  @Test
  void subItemsOfASharedItemThatNoOtherVersionDividesAreNotAdditions() {
    String undivided = "（一）商事改革。\n" + A + B + "\n（二）网上政务。\n" + C + "\n";
    String divided = "（一）商事改革。\n1.注册便利。\n" + A + "\n2.审批改革。\n" + B + "\n（二）网上政务。\n" + C + "\n";
    Collation.Reconstructed collation =
        collate(0, SourceText.of("x", divided), SourceText.of("y", undivided));

    assertThat(core(collation)).containsExactly("商事改革", "网上政务");
    assertThat(collation.additions())
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.kind()).isEqualTo(Collation.AdditionKind.CORE_CONTENT));
  }

  @Test
  void anItemAmongSharedItemsIsNewContent() {
    String two = "一、任务\n（一）商事改革。\n" + A + "\n（二）网上政务。\n" + C + "\n";
    String three = "一、任务\n（一）商事改革。\n" + A + "\n（二）统计调查。\n" + F + "\n（三）网上政务。\n" + C + "\n";
    Collation.Reconstructed collation =
        collate(0, SourceText.of("x", three), SourceText.of("y", two));

    assertThat(additions(collation)).containsExactly("x-: 统计调查");
    assertThat(collation.additions().get(0).kind()).isEqualTo(Collation.AdditionKind.NEW);
  }

  @Test
  void aSecondCopyOfAnItemInOneVersionIsAnExtraCopy() {
    String once = "（一）商事改革。\n" + A + B + "\n（二）网上政务。\n" + C + "\n";
    String twice = once + "（三）商事改革。\n" + A + B + "\n";
    Collation.Reconstructed collation =
        collate(0, SourceText.of("x", twice), SourceText.of("y", once));

    assertThat(collation.additions()).hasSize(1);
    assertThat(collation.additions().get(0).kind()).isEqualTo(Collation.AdditionKind.EXTRA_COPY);
    assertThat(collation.additions().get(0).firstUnit().label()).isEqualTo("（三）");
  }

  @Test
  void eachCellHasAVerdictAgainstTheSharedWording() {
    Collation.Reconstructed collation =
        collate(0, version("x", 0, 1, 2), version("y", 0, 1, 3), version("z", 0, 4, 5));

    Collation.CoreUnit first = collation.core().get(0);
    assertThat(first.consensus()).isEqualTo("商事改革");
    assertThat(first.verdict(0)).isEqualTo(Collation.Verdict.KEPT);
    Collation.CoreUnit second = collation.core().get(1);
    assertThat(second.verdict(2)).isEqualTo(Collation.Verdict.DROPPED);
    assertThat(collation.coverage(0)).isEqualTo(1.0);
    assertThat(collation.coverage(2)).isLessThan(1.0);
    assertThat(collation.versionSimilarity().get(0).get(0)).isEqualTo(1.0);
    assertThat(collation.versionSimilarity().get(0).get(1))
        .isEqualTo(collation.versionSimilarity().get(1).get(0))
        .isGreaterThan(collation.versionSimilarity().get(0).get(2));
  }

  @Test
  void noUnitOfAVersionIsInTwoCoreRows() {
    Collation.Reconstructed collation =
        collate(0, version("x", 0, 1, 2), version("y", 0, 1, 3), version("z", 0, 4, 5));
    for (int v = 0; v < 3; v++) {
      int version = v;
      List<Unit> units = new java.util.ArrayList<>();
      for (Collation.CoreUnit unit : collation.core()) {
        unit.units().get(version).ifPresent(units::add);
        unit.sentences().forEach(s -> s.units().get(version).ifPresent(units::add));
      }
      collation.looseCore().forEach(s -> s.units().get(version).ifPresent(units::add));
      assertThat(units).doesNotHaveDuplicates();
    }
  }

  private static String text(Collation collation, int v, Unit unit) {
    return collation.versions().get(v).text(unit);
  }
}
