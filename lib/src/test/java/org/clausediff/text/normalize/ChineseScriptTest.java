package org.clausediff.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.Comparison;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

/** Issue 16, cause 9: documents in different scripts are folded to Simplified. */
class ChineseScriptTest {
  private static final String SIMPLIFIED = TestData.text(TestData.QINGHAI_2018_COUNTY).text();
  private static final String TRADITIONAL =
      Transliterator.getInstance("Simplified-Traditional").transliterate(SIMPLIFIED);

  @Test
  void tellsTheScriptsApart() {
    assertThat(ChineseScript.detect(SIMPLIFIED)).isEqualTo(ChineseScript.SIMPLIFIED);
    assertThat(ChineseScript.detect(TRADITIONAL)).isEqualTo(ChineseScript.TRADITIONAL);
  }

  @Test
  void aSimplifiedDocumentQuotingTraditionalCharactersStaysSimplified() {
    String quoting = SIMPLIFIED.substring(0, 2000) + "（見《臺灣學術發展報告》）" + "國發門";

    assertThat(ChineseScript.detect(quoting)).isEqualTo(ChineseScript.SIMPLIFIED);
  }

  @Test
  void aShortOrScriptlessTextIsUndetermined() {
    assertThat(ChineseScript.detect("加强组织领导。")).isEqualTo(ChineseScript.UNDETERMINED);
    assertThat(ChineseScript.detect("Article 5. Scope.")).isEqualTo(ChineseScript.UNDETERMINED);
  }

  @Test
  void theSameTextInBothScriptsComparesAsEqualAndTheFoldingIsReported() {
    Comparison comparison =
        ClauseDiff.create()
            .compare(SourceText.of("s", SIMPLIFIED), SourceText.of("t", TRADITIONAL));

    assertThat(comparison.similarity().value()).isEqualTo(1.0);
    assertThat(comparison.right().normalization())
        .contains(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED);
    assertThat(
            comparison
                .options()
                .normalization()
                .applies(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED))
        .isTrue();
  }

  @Test
  void documentsInOneScriptAreNotFolded() {
    String quoting = SIMPLIFIED.replaceFirst("。", "（見《臺灣學術發展報告》）。");

    Comparison comparison =
        ClauseDiff.create().compare(SourceText.of("s", SIMPLIFIED), SourceText.of("q", quoting));

    assertThat(
            comparison
                .options()
                .normalization()
                .applies(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED))
        .isFalse();
    assertThat(comparison.right().normalization())
        .doesNotContain(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED);
  }
}
