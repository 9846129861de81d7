package org.clausediff.internal.collate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.clausediff.ClauseDiff;
import org.clausediff.collate.CollateOptions;
import org.clausediff.collate.Collation;
import org.clausediff.collate.Progress;
import org.clausediff.segment.Unit;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class CollatorTest {
  private static final Collation.Reconstructed THREE_PROVINCES =
      (Collation.Reconstructed)
          ClauseDiff.create()
              .collate(
                  Optional.empty(),
                  List.of(
                      TestData.text(TestData.QINGHAI_2017),
                      TestData.text(TestData.HENAN_2017),
                      TestData.text(TestData.YUNNAN_2017)));

  /** The core unit whose version {@code v} has a unit titled with {@code title}. */
  private static Optional<Collation.CoreUnit> coreWith(int v, String title) {
    return THREE_PROVINCES.core().stream()
        .filter(c -> c.units().get(v).map(u -> u.title().contains(title)).orElse(false))
        .findFirst();
  }

  private static String title(Collation.CoreUnit unit, int v) {
    return unit.units().get(v).map(Unit::title).orElse("(none)");
  }

  @Test
  void recoversTheSharedItemsOfTheThreeProvincesFromParaphrasedItems() {
    assertThat(THREE_PROVINCES.minVersions()).isEqualTo(2);
    Collation.CoreUnit approval = coreWith(0, "着力提高行政审批服务效能").orElseThrow();
    assertThat(title(approval, 1)).isEqualTo("提高行政审批服务能力和水平");
    assertThat(title(approval, 2)).isEqualTo("提高行政审批服务效能");
    Collation.CoreUnit rules = coreWith(0, "加快法规政策标准动态调整").orElseThrow();
    assertThat(title(rules, 1)).isEqualTo("加快法规政策标准动态调整");
    assertThat(title(rules, 2)).isEqualTo("加快规章政策标准动态调整");
    Collation.CoreUnit credit = coreWith(0, "健全信用约束机制").orElseThrow();
    assertThat(title(credit, 1)).isEqualTo("健全信用约束机制");
    assertThat(title(credit, 2)).isEqualTo("健全信用约束机制");
    Collation.CoreUnit statistics = coreWith(0, "健全统计调查支撑机制").orElseThrow();
    assertThat(title(statistics, 1)).isEqualTo("完善统计调查制度");
    assertThat(title(statistics, 2)).isEqualTo("完善统计调查支撑机制");
  }

  @Test
  void itemsOnlyOneProvinceHasAreItsAdditionsNotCore() {
    for (String title : List.of("推进中国（郑州）跨境电子商务综合试验区建设", "推进国家大数据综合试验区建设")) {
      assertThat(coreWith(1, title)).as(title).isEmpty();
      assertThat(THREE_PROVINCES.additionsOf(1))
          .as(title)
          .anySatisfy(
              a -> {
                assertThat(a.shared()).isEqualTo(1);
                assertThat(a.units().get(1).orElseThrow().title()).isEqualTo(title);
              });
    }
  }

  @Test
  void coreUnitsHoldOneUnitPerVersionAndNoUnitTwice() {
    for (int v = 0; v < 3; v++) {
      int version = v;
      List<Unit> units =
          THREE_PROVINCES.core().stream().flatMap(c -> c.units().get(version).stream()).toList();
      assertThat(units).doesNotHaveDuplicates();
      List<Unit> added =
          THREE_PROVINCES.additions().stream()
              .flatMap(a -> a.units().get(version).stream())
              .filter(u -> u.kind().isStructural())
              .toList();
      assertThat(added).doesNotContainAnyElementsOf(units);
    }
    assertThat(THREE_PROVINCES.core()).allSatisfy(c -> assertThat(c.shared()).isGreaterThan(1));
  }

  @Test
  void aVersionIdenticalToTheOriginalKeepsEverythingAndAddsNothing() {
    SourceText original = TestData.text(TestData.QINGHAI_2018_COUNTY);
    SourceText copy = SourceText.of("copy.txt", original.text());
    Collation collation =
        ClauseDiff.create()
            .collate(Optional.of(original), List.of(copy, TestData.text(TestData.HENAN_2017)));
    assertThat(collation).isInstanceOf(Collation.AgainstOriginal.class);
    Collation.AgainstOriginal against = (Collation.AgainstOriginal) collation;
    assertThat(against.matrix()).isNotEmpty();
    assertThat(against.matrix())
        .allSatisfy(
            row -> assertThat(row.cells().get(0).verdict()).isEqualTo(Collation.Verdict.KEPT));
    assertThat(collation.additionsOf(0)).isEmpty();
    assertThat(collation.additionsOf(1)).isNotEmpty();
  }

  @Test
  void rejectsTooFewVersionsAndTooLargeAK() {
    SourceText one = TestData.text(TestData.QINGHAI_2018_COUNTY);
    assertThrows(
        IllegalArgumentException.class,
        () -> ClauseDiff.create().collate(Optional.empty(), List.of(one)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ClauseDiff.create()
                    .collate(
                        Optional.empty(),
                        List.of(one, one),
                        CollateOptions.defaults().withMinVersions(3),
                        Progress.none()));
    assertThat(e).hasMessageContaining("minVersions is 3 but only 2 versions");
  }

  @Test
  void reportsProgressOncePerPairwiseAlignment() {
    SourceText a = TestData.text(TestData.QINGHAI_2018_COUNTY);
    SourceText b = TestData.text(TestData.QINGHAI_2018_MASS);
    List<String> steps = new java.util.ArrayList<>();
    ClauseDiff.create()
        .collate(
            Optional.of(a),
            List.of(a, b, b),
            CollateOptions.defaults(),
            (done, total, what) -> steps.add(done + "/" + total));
    assertThat(steps).containsExactly("1/6", "2/6", "3/6", "4/6", "5/6", "6/6");
  }
}
