package org.clausediff.internal.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.clausediff.segment.UnitKind;
import org.clausediff.testing.Keyed;
import org.clausediff.text.Span;
import org.clausediff.text.normalize.NormalizationOptions;
import org.junit.jupiter.api.Test;

class UnitKeysTest {

  private static UnitKeys.Pair keys(String left, String right, boolean ignoreLabels) {
    return Keyed.sentences(left, right, NormalizationOptions.defaults(), ignoreLabels);
  }

  private static String key(UnitKeys keys, int p) {
    StringBuilder text = new StringBuilder();
    for (int t = keys.keyStart(p); t < keys.keyEnd(p); t++) {
      Span span = keys.sourceSpan(p, t, t + 1);
      text.append(keys.document().source().substring(span));
    }
    return text.toString();
  }

  @Test
  void headingLabelIsLeftOutSoRenumberingIsNoChange() {
    UnitKeys.Pair pair = keys("一、总体要求\n（四）着力提高行政审批服务效能。", "一、总体要求\n（一）着力提高行政审批服务效能。", true);

    assertThat(key(pair.left(), 1)).isEqualTo("着力提高行政审批服务效能。");
    assertThat(pair.left().sameKey(1, pair.right(), 1)).isTrue();
    assertThat(pair.left().hash(1)).isEqualTo(pair.right().hash(1));
  }

  @Test
  void labelsStayWhenAskedFor() {
    UnitKeys.Pair pair = keys("一、总体要求\n（四）着力提高行政审批服务效能。", "一、总体要求\n（一）着力提高行政审批服务效能。", false);

    assertThat(pair.left().sameKey(1, pair.right(), 1)).isFalse();
  }

  @Test
  void aUnitThatIsOnlyALabelKeepsIt() {
    UnitKeys.Pair pair = keys("一、\n正文一句。", "一、\n正文一句。", true);

    assertThat(pair.left().keyLength(0)).isPositive();
  }

  @Test
  void latinWordIsOneTokenAndEqualWordsShareTheirTokenAcrossDocuments() {
    UnitKeys.Pair pair = keys("Cloud computing grows.", "Edge computing grows.", true);
    UnitKeys l = pair.left();
    UnitKeys r = pair.right();

    // Cloud, space, computing, space, grows, full stop.
    assertThat(l.keyLength(0)).isEqualTo(6);
    assertThat(l.token(l.keyStart(0) + 2)).isEqualTo(r.token(r.keyStart(0) + 2));
    assertThat(l.token(l.keyStart(0))).isNotEqualTo(r.token(r.keyStart(0)));
    assertThat(l.sourceSpan(0, 2, 3)).isEqualTo(Span.of(6, 15));
  }

  @Test
  void widthVariantsGiveTheSameKeyWithSourceSpansOfTheirOwn() {
    UnitKeys.Pair pair = keys("资金２０１７年到位。", "资金2017年到位。", true);

    assertThat(pair.left().sameKey(0, pair.right(), 0)).isTrue();
    // The insertion point before the first token is the key's source start.
    assertThat(pair.left().sourceSpan(0, 0, 0)).isEqualTo(Span.empty(0));
  }

  @Test
  void structuralUnitsKnowTheirSentences() {
    UnitKeys.Pair pair = keys("一、总体要求\n第一句。第二句。\n二、保障措施\n第三句。", "甲。", true);
    UnitKeys l = pair.left();
    var sections = l.document().units(UnitKind.SECTION);

    assertThat(l.positionsWithin(sections.get(0))).containsExactly(0, 3);
    assertThat(l.positionsWithin(sections.get(1))).containsExactly(3, 5);
    assertThat(l.positionOf(l.units().get(4))).isEqualTo(4);
  }
}
