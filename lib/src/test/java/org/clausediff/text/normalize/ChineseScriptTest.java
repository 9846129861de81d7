package org.clausediff.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

  /**
   * Every code point counts as the rule of the class comment says, derived here again from ICU's
   * transliterations: ten of a Traditional-only character make a Traditional text, ten of a
   * Simplified-only one a Simplified text, ten of any other character decide nothing.
   */
  @Test
  void everyCodePointCountsForTheScriptThatAloneChangesIt() {
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
    int telling = 0;
    for (int cp = 0x3400; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!Character.isDefined(cp) || Character.getType(cp) == Character.SURROGATE) {
        continue;
      }
      String one = Character.toString(cp);
      boolean traditional = !toSimplified.transliterate(one).equals(one);
      boolean simplified = !toTraditional.transliterate(one).equals(one);
      ChineseScript expected =
          traditional && !simplified
              ? ChineseScript.TRADITIONAL
              : simplified && !traditional ? ChineseScript.SIMPLIFIED : ChineseScript.UNDETERMINED;
      telling += expected == ChineseScript.UNDETERMINED ? 0 : 1;
      assertThat(ChineseScript.detect(one.repeat(ChineseScript.MIN_TELLING)))
          .as("U+%04X", cp)
          .isEqualTo(expected);
    }
    assertThat(telling).isGreaterThan(4000);
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
  void theScriptsAreDetectedAsOnTheCallingThreadOnAPool() {
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try {
      SourceText simplified = SourceText.of("s", SIMPLIFIED);
      SourceText traditional = SourceText.of("t", TRADITIONAL.replaceFirst("。", "，另加一句。"));
      for (SourceText[] pair :
          List.of(
              new SourceText[] {simplified, traditional},
              new SourceText[] {traditional, simplified},
              new SourceText[] {simplified, simplified})) {
        Comparison direct = ClauseDiff.create().compare(pair[0], pair[1]);

        assertThat(ClauseDiff.using(pool).compare(pair[0], pair[1])).isEqualTo(direct);
        assertThat(
                direct
                    .options()
                    .normalization()
                    .applies(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED))
            .isEqualTo(pair[0] != pair[1]);
      }
    } finally {
      pool.shutdownNow();
    }
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
