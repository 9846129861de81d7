package org.clausediff.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.clausediff.compare.Edit;
import org.clausediff.compare.InlineDiff;
import org.clausediff.text.Span;
import org.junit.jupiter.api.Test;

class InlineDifferTest {
  private final InlineDiffer differ = InlineDiffer.defaults();

  @Test
  void marksChangedCharactersWithSourceSpansOnBothSides() {
    DiffFixture f = new DiffFixture("着力提高行政审批服务效能。", "提高行政审批服务能力和水平。");

    InlineDiff diff = f.diffAll(differ);

    assertThat(f.changes(diff)).containsExactly("着力→", "效能→能力和水平");
    assertThat(diff.changes().get(0)).isInstanceOf(Edit.Delete.class);
    assertThat(diff.changes().get(0).left()).isEqualTo(Span.of(0, 2));
    assertThat(diff.changes().get(0).right()).isEqualTo(Span.empty(0));
    assertThat(diff.changes().get(1)).isInstanceOf(Edit.Replace.class);
    assertThat(diff.truncated()).isFalse();
  }

  @Test
  void absorbsOneAndTwoCharacterEqualitiesBetweenChanges() {
    // Without clean-up: 甲→丁, 乙 equal, 丙→戊; the lone 乙 would split one change in two.
    DiffFixture f = new DiffFixture("开头甲乙丙结尾。", "开头丁乙戊结尾。");

    assertThat(f.changes(f.diffAll(differ))).containsExactly("甲乙丙→丁乙戊");
  }

  @Test
  void keepsLongEqualitiesBetweenChanges() {
    DiffFixture f = new DiffFixture("甲推进行政审批制度改革乙。", "丙推进行政审批制度改革丁。");

    assertThat(f.changes(f.diffAll(differ))).containsExactly("甲→丙", "乙→丁");
  }

  @Test
  void diffsLatinTextWordByWord() {
    DiffFixture f =
        new DiffFixture("Cloud computing is a great thing.", "Cloud services are a great thing.");

    assertThat(f.changes(f.diffAll(differ))).containsExactly("computing is→services are");
  }

  @Test
  void widthDifferencesAreNoChange() {
    DiffFixture f = new DiffFixture("资金２０１７年到位。", "资金2017年到位。");

    InlineDiff diff = f.diffAll(differ);

    assertThat(diff.changes()).isEmpty();
    assertThat(diff.edits()).isNotEmpty();
  }

  @Test
  void neverSplitsASurrogatePair() {
    DiffFixture f = new DiffFixture("𠮷野家牛丼。", "𠮷田家牛丼。");

    InlineDiff diff = f.diffAll(differ);

    assertThat(f.changes(diff)).containsExactly("野→田");
    assertThat(diff.changes().get(0).left()).isEqualTo(Span.of(1, 2));
  }

  @Test
  void editsCoverWholeSourceCharactersOfAnExpansion() {
    // NFKC turns … into three full stops; the diff of ... against .. must not split the …
    DiffFixture f = new DiffFixture("等等…完毕。", "等等..完毕。");

    InlineDiff diff = f.diffAll(differ);

    assertThat(f.changes(diff)).containsExactly("…→..");
    assertThat(diff.changes().get(0).left()).isEqualTo(Span.of(2, 3));
  }

  @Test
  void cutsEditsAtUnitBoundariesOfASplit() {
    DiffFixture f = new DiffFixture("推进改革，优化服务。", "推进改革。优化服务。");

    InlineDiff diff = f.diffAll(differ);

    assertThat(f.changes(diff)).containsExactly("，→。");
    for (Edit edit : diff.edits()) {
      boolean inOneUnit =
          f.keys.right().units().stream().anyMatch(u -> u.span().encloses(edit.right()));
      assertThat(inOneUnit).as("%s lies in one right unit", edit).isTrue();
    }
  }

  @Test
  void longMiddlesBecomeOneReplacementMarkedTruncated() {
    String a = "开头" + "甲乙丙丁".repeat(10) + "结尾。";
    String b = "开头" + "戊己庚辛".repeat(10) + "结尾。";
    DiffFixture f = new DiffFixture(a, b);

    InlineDiff diff = f.diffAll(InlineDiffer.of(20));

    assertThat(diff.truncated()).isTrue();
    assertThat(f.changes(diff)).containsExactly("甲乙丙丁".repeat(10) + "→" + "戊己庚辛".repeat(10));
  }

  @Test
  void rejectsTooSmallBound() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InlineDiffer.of(1));
    assertThat(e).hasMessage("maxTokens must be >= 2 but was 1");
  }
}
