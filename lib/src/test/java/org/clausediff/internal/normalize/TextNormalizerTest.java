package org.clausediff.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.clausediff.text.normalize.NormalizationOptions;
import org.clausediff.text.normalize.NormalizationRule;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static NormalizedText normalize(String text) {
    return TextNormalizer.defaults().normalize(SourceText.of("t", text));
  }

  private static NormalizedText normalize(String text, NormalizationOptions options) {
    return TextNormalizer.of(options).normalize(SourceText.of("t", text));
  }

  @Test
  void foldsFullWidthDigitsAndSigns() {
    NormalizedText n = normalize("到２０２０年，互联网＋政务");

    assertThat(n.toString()).isEqualTo("到2020年,互联网+政务");
    assertThat(n.appliedRules()).containsExactly(NormalizationRule.WIDTH);
    assertThat(n.toSource(1, 5)).isEqualTo(Span.of(1, 5));
  }

  @Test
  void removesWhitespaceNextToChineseAndCollapsesItBetweenWords() {
    NormalizedText n = normalize("　　第一段\r\n内容 继续\t\tword  two \u00a0three\n");

    assertThat(n.toString()).isEqualTo("第一段内容继续word two three");
    int two = n.toString().indexOf("two");
    assertThat(n.toSource(two - 1, two)).isEqualTo(Span.of(18, 20));
  }

  @Test
  void removesInvisibleCharactersAndVariationSelectors() {
    NormalizedText n = normalize("创\u200b新\u200d驱\ufeff动\u00ad葛\udb40\udd00");

    assertThat(n.toString()).isEqualTo("创新驱动葛");
    assertThat(n.appliedRules()).containsExactly(NormalizationRule.WHITESPACE);
    assertThat(n.toSource(4, 5)).isEqualTo(Span.of(8, 9));
  }

  @Test
  void keepsBidirectionalControlsWhichChangeWhatAReaderSees() {
    String controls = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";

    NormalizedText n = normalize("金额为\u202e1000\u202c元" + controls);

    assertThat(n.toString()).isEqualTo("金额为\u202e1000\u202c元" + controls);
    assertThat(n.appliedRules()).isEmpty();
  }

  @Test
  void keepsSuperscriptsSubscriptsFractionsAndCircledNumbers() {
    NormalizedText n = normalize("10⁶元，H₂O，1½，1⑩，㊀");

    assertThat(n.toString()).isEqualTo("10⁶元,H₂O,1½,1⑩,㊀");
    assertThat(n.appliedRules()).containsExactly(NormalizationRule.WIDTH);
  }

  @Test
  void stillFoldsWhatOnlyChangesHowTextLooks() {
    NormalizedText n = normalize("２０２０年⑴ＡＢ㍿ｶﾀｶﾅⒶ");

    assertThat(n.toString()).isEqualTo("2020年(1)AB株式会社カタカナA");
  }

  @Test
  void nfkcExpansionMapsEveryCharacterBackToTheSource() {
    NormalizedText n = normalize("甲㍿乙");

    assertThat(n.toString()).isEqualTo("甲株式会社乙");
    for (int i = 1; i <= 4; i++) {
      assertThat(n.offsetMap().sourceOf(i)).isEqualTo(Span.of(1, 2));
    }
    assertThat(n.offsetMap().sourceOf(5)).isEqualTo(Span.of(2, 3));
    assertThat(n.toNormalized(Span.of(1, 2))).isEqualTo(Span.of(1, 5));
  }

  @Test
  void nfkcComposesAcrossRemovedInvisibleCharacters() {
    NormalizedText n = normalize("e\u200b\u0301x");

    assertThat(n.toString()).isEqualTo("éx");
    assertThat(n.offsetMap().sourceOf(0)).isEqualTo(Span.of(0, 3));
  }

  @Test
  void unifiesQuotesDashesBracketsAndDots() {
    NormalizedText n = normalize("“双创”——〔2017〕・「引」…⋯");

    assertThat(n.toString()).isEqualTo("\"双创\"--[2017]·\"引\"......");
    assertThat(n.appliedRules())
        .containsExactly(NormalizationRule.NFKC, NormalizationRule.PUNCTUATION);
  }

  @Test
  void ocrConfusablesAreOffByDefaultAndFixInternetPlus() {
    String yunnan = "加快推进“互联网十政务服务”，第十条";

    assertThat(normalize(yunnan).toString()).contains("互联网十政务");
    NormalizedText fixed =
        normalize(yunnan, NormalizationOptions.defaults().with(NormalizationRule.OCR_CONFUSABLES));
    assertThat(fixed.toString()).contains("互联网+政务").endsWith("第十条");
    assertThat(fixed.appliedRules()).contains(NormalizationRule.OCR_CONFUSABLES);
  }

  @Test
  void traditionalToSimplifiedIsOptional() {
    String traditional = "創新驅動發展";

    assertThat(normalize(traditional).toString()).isEqualTo(traditional);
    NormalizedText simplified =
        normalize(
            traditional,
            NormalizationOptions.defaults().with(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED));
    assertThat(simplified.toString()).isEqualTo("创新驱动发展");
    assertThat(simplified.toSource(2, 4)).isEqualTo(Span.of(2, 4));
  }

  @Test
  void noRulesKeepsTheTextAndMapsIdentically() {
    NormalizedText n = normalize("Ａ　b\u200b", NormalizationOptions.none());

    assertThat(n.toString()).isEqualTo("Ａ　b\u200b");
    assertThat(n.appliedRules()).isEmpty();
    assertThat(n.offsetMap().runCount()).isEqualTo(1);
  }

  @Test
  void supplementaryCharactersCountAsOneCodePoint() {
    NormalizedText n = normalize("𠮷野家　ｘ");

    assertThat(n.toString()).isEqualTo("𠮷野家x");
    assertThat(n.toSource(3, 4)).isEqualTo(Span.of(4, 5));
  }

  @Test
  void emptyRangesMapToInsertionPoints() {
    NormalizedText n = normalize("甲 乙 ");

    assertThat(n.toSource(1, 1)).isEqualTo(Span.empty(2));
    assertThat(n.toSource(2, 2)).isEqualTo(Span.empty(3));
    assertThat(normalize("").toSource(0, 0)).isEqualTo(Span.empty(0));
  }

  @Test
  void toNormalizedLeavesOutStraddlingCharacters() {
    NormalizedText n = normalize("ae\u0301b");

    // é comes from source [1, 3): a span ending inside it does not include it.
    assertThat(n.toNormalized(Span.of(0, 2))).isEqualTo(Span.of(0, 1));
    assertThat(n.toNormalized(Span.of(0, 3))).isEqualTo(Span.of(0, 2));
  }

  @Test
  void optionsParseListsAndRejectUnknownRulesWithTheAcceptedNames() {
    assertThat(NormalizationOptions.parse("width, nfkc").rules())
        .containsExactly(NormalizationRule.WIDTH, NormalizationRule.NFKC);
    assertThat(NormalizationOptions.parse("none").rules()).isEmpty();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NormalizationOptions.parse("widht"));
    assertThat(e).hasMessageContaining("'widht'").hasMessageContaining("whitespace, width, nfkc");
  }

  @Test
  void ruleOrderDoesNotDependOnTheOrderOptionsWereSet() {
    NormalizationOptions a =
        NormalizationOptions.none().with(NormalizationRule.NFKC).with(NormalizationRule.WIDTH);
    NormalizationOptions b =
        NormalizationOptions.none().with(NormalizationRule.WIDTH).with(NormalizationRule.NFKC);

    assertThat(a).isEqualTo(b);
    assertThat(a.rules()).containsExactly(NormalizationRule.WIDTH, NormalizationRule.NFKC);
  }
}
