package org.clausediff.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clausediff.ClauseDiff;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Normalization folds how text looks, never what it says: texts that differ in a bidirectional
 * control, a superscript or subscript, a fraction or a circled number are different — a MODIFIED
 * link whose edit shows the difference — while texts that differ in width, white space or
 * punctuation variants are the same.
 */
class MeaningChangesTest {
  private static final ClauseDiff CLAUSE_DIFF = ClauseDiff.create();

  private static Comparison compare(String left, String right) {
    return CLAUSE_DIFF.compare(
        SourceText.of("old", "一、总则\n" + left + "\n"),
        SourceText.of("new", "一、总则\n" + right + "\n"));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "合同金额为1000元，由甲方支付。 | 合同金额为\u202E1000\u202C元，由甲方支付。 | {+⟨U+202E⟩+}",
        "合同金额为1000元，由甲方支付。 | 合同金额为\u200F1000元，由甲方支付。 | {+⟨U+200F⟩+}",
        "合同金额为\u20661000\u2069元，由甲方支付。 | 合同金额为1000元，由甲方支付。 | [-⟨U+2066⟩-]",
        "每个项目补助10⁶元，由省财政厅拨付。 | 每个项目补助106元，由省财政厅拨付。 | ⁶",
        "实验用水的化学式为H₂O，纯度不低于规定。 | 实验用水的化学式为H2O，纯度不低于规定。 | ₂",
        "补助标准提高1½倍，由省财政厅拨付。 | 补助标准提高11⁄2倍，由省财政厅拨付。 | ½",
        "按照第1⑩项的规定，由省财政厅拨付。 | 按照第110项的规定，由省财政厅拨付。 | ⑩",
      })
  void aChangeInMeaningIsAModifiedLinkThatShowsIt(String left, String right, String shown) {
    Comparison comparison = compare(left, right);

    assertThat(comparison.hasDifferences()).isTrue();
    List<Correspondence> sentences =
        comparison.alignments().stream().filter(c -> !c.level().isStructural()).toList();
    assertThat(sentences).extracting(Correspondence::op).contains(Op.MODIFIED);
    Correspondence modified =
        sentences.stream().filter(c -> c.op() == Op.MODIFIED).findFirst().orElseThrow();
    assertThat(modified.diff().edits()).anyMatch(edit -> !(edit instanceof Edit.Equal));
    String report = ReportType.COMPARISON.writer(ReportFormat.TEXT).render(comparison);
    assertThat(report).contains("MODIFIED").doesNotContain("\u202E").doesNotContain("\u2066");
    if (shown != null) {
      assertThat(report).contains(shown.trim());
    }
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "到２０２０年，互联网＋政务。 | 到2020年,互联网+政务。",
        "“双创”示范——〔2017〕。 | \"双创\"示范--[2017]。",
        "全面　贯彻\u200B落实。 | 全面贯彻落实。",
      })
  void aChangeInHowTextLooksIsNoChange(String left, String right) {
    assertThat(compare(left, right).hasDifferences()).isFalse();
  }
}
