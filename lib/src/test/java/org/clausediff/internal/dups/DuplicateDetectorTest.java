package org.clausediff.internal.dups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.clausediff.ClauseDiff;
import org.clausediff.dups.DuplicateLabel;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.dups.LabelReason;
import org.clausediff.dups.RepeatKind;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.testing.Stages;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
  private static final String A = "加快推进互联网政务服务，依托省政府门户网站，整合政务服务资源与数据。";
  private static final String B = "完善注销流程，开展个体工商户、未开业企业和无债权债务企业简易注销试点工作。";
  private static final String C = "建立地方标准的制定、修订、废止或暂停实施的快速反应机制。";
  private static final String D = "推进企业标准管理方式改革，培育和发展团体标准，增加标准有效供给和活力。";
  private static final String NOTE = "（省发展改革委、工业和信息化委、科技厅、财政厅等部门按照职责分工负责）";

  private static DuplicateReport detect(String text) {
    return ClauseDiff.create().duplicates(SourceText.of("test", text));
  }

  /**
   * The code point span of the {@code nth} (0-based) occurrence of {@code part} in {@code text}.
   */
  private static Span spanOf(String text, String part, int nth) {
    int index = -1;
    for (int i = 0; i <= nth; i++) {
      index = text.indexOf(part, index + 1);
    }
    assertThat(index).as("occurrence %s of %s", nth, part).isGreaterThanOrEqualTo(0);
    int start = text.codePointCount(0, index);
    return Span.of(start, start + part.codePointCount(0, part.length()));
  }

  @Test
  void findsRepeatedSentenceWithSourceSpans() {
    String text = A + B + C + B + D;

    DuplicateReport report = detect(text);

    assertThat(report.passages()).hasSize(1);
    DuplicatePassage passage = report.passages().get(0);
    assertThat(passage.kind()).isEqualTo(RepeatKind.EXACT);
    assertThat(passage.label()).isEqualTo(DuplicateLabel.DUPLICATION);
    assertThat(passage.reason()).isEqualTo(LabelReason.BODY_TEXT);
    assertThat(passage.similarity()).isEqualTo(1.0);
    assertThat(passage.occurrences()).containsExactly(spanOf(text, B, 0), spanOf(text, B, 1));
    assertThat(report.removed()).containsExactly(spanOf(text, B, 1));
    assertThat(report.duplicatedLength()).isEqualTo(B.length());
    assertThat(report.cleanedText()).isEqualTo(A + B + C + D);
  }

  @Test
  void passageOfSeveralSentencesIsOneGroupSnappedToSentences() {
    // The copy is preceded and followed by different sentences that end alike ("。"), and the
    // characters before it ("据。") match; the passage still starts and ends with whole sentences.
    String text = A + B + C + D + "另外一句完全不同的话据。" + B + C + "最后一句话。";

    DuplicateReport report = detect(text);

    assertThat(report.passages()).hasSize(1);
    assertThat(report.passages().get(0).occurrences())
        .containsExactly(spanOf(text, B + C, 0), spanOf(text, B + C, 1));
  }

  @Test
  void copyWithLineBreakAndOtherWidthStillMatches() {
    String original = "到2020年，全省培育100家以上创新型企业，建成一批众创空间。";
    String copy = "到２０２０年,全省培育１００家以上创新型\n企业，建成一批众创空间。";
    String text = A + original + B + C + copy + D;

    DuplicateReport report = detect(text);

    assertThat(report.passages()).hasSize(1);
    DuplicatePassage passage = report.passages().get(0);
    assertThat(passage.isDuplication()).isTrue();
    assertThat(passage.occurrences())
        .containsExactly(spanOf(text, original, 0), spanOf(text, copy, 0));
    assertThat(report.cleanedText()).isEqualTo(A + original + B + C + D);
  }

  @Test
  void spansCountCodePointsWithSupplementaryCharacters() {
    String sentence = "𠮷野家𠮷野家的牛肉饭在𡈽地上很有名，大家都𠮷欢。";
    String text = "𠀀𠀁。" + sentence + A + sentence;

    DuplicateReport report = detect(text);

    assertThat(report.passages()).hasSize(1);
    assertThat(report.passages().get(0).occurrences())
        .containsExactly(spanOf(text, sentence, 0), spanOf(text, sentence, 1));
    assertThat(report.cleanedText()).isEqualTo("𠀀𠀁。" + sentence + A);
  }

  @Test
  void responsibilityLinesAreBoilerplateAndStay() {
    String text = A + NOTE + B + NOTE + C + NOTE;

    DuplicateReport report = detect(text);

    assertThat(report.passages()).hasSize(1);
    DuplicatePassage passage = report.passages().get(0);
    assertThat(passage.label()).isEqualTo(DuplicateLabel.BOILERPLATE);
    assertThat(passage.reason()).isEqualTo(LabelReason.NOTE);
    assertThat(passage.occurrences())
        .containsExactly(spanOf(text, NOTE, 0), spanOf(text, NOTE, 1), spanOf(text, NOTE, 2));
    assertThat(report.hasDuplication()).isFalse();
    assertThat(report.removed()).isEmpty();
    assertThat(report.cleanedText()).isEqualTo(text);
  }

  @Test
  void noteInsideDuplicatedPassageIsPartOfIt() {
    // Issue 16, cause 10: the note was pasted with the sentences around it.
    String text = A + B + NOTE + C + D + B + NOTE + C + "最后一句话。";

    DuplicateReport report = detect(text);

    assertThat(report.passages())
        .filteredOn(DuplicatePassage::isDuplication)
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.occurrences())
                    .containsExactly(spanOf(text, B + NOTE + C, 0), spanOf(text, B + NOTE + C, 1)));
    assertThat(report.cleanedText()).isEqualTo(A + B + NOTE + C + D + "最后一句话。");
  }

  @Test
  void shortHeadingAtTheEdgeOfADuplicatedRunBelongsToIt() {
    // Issue 16, cause 10: a heading shorter than --min-length opens (or closes) the pasted run.
    String opening = "（三）强化支撑保障";
    String closing = "（四）加快发展";
    String text =
        opening + "\n" + A + B + C + "\n" + closing + "\n" + D + "其他内容一句。" + opening + A + B + C
            + closing + "最后一句话。";

    DuplicateReport report = detect(text);

    assertThat(report.passages())
        .filteredOn(DuplicatePassage::isDuplication)
        .singleElement()
        .satisfies(
            p ->
                assertThat(report.source().substring(p.later().get(0)))
                    .isEqualTo(opening + A + B + C + closing));
  }

  @Test
  void noteOpeningASentenceIsLeftOutToo() {
    // Each copy of C follows a line that starts with the note, so the note opens C's sentence.
    String text = A + "\n" + NOTE + C + D + "\n" + NOTE + C + B;

    DuplicateReport report = detect(text);

    assertThat(report.removed()).containsExactly(spanOf(text, C, 1));
    assertThat(report.passages())
        .filteredOn(p -> p.reason() == LabelReason.NOTE)
        .singleElement()
        .satisfies(p -> assertThat(p.occurrences()).hasSize(2));
  }

  @Test
  void notesAroundARemovedSentenceStay() {
    String sentence = "（省科技厅负责落实相关工作）" + C + "（省发展改革委按照职责分工负责）";
    String text = sentence + "\n" + sentence;

    DuplicateReport report = detect(text);

    assertThat(report.removed()).containsExactly(spanOf(text, C, 1));
  }

  @Test
  void indexBuiltSeparatelyGivesTheSameReport() {
    String text = A + B + NOTE + C + B + NOTE + D + A;
    SourceText source = SourceText.of("test", text);
    SegmentedText segmentation = Stages.prepare(source);
    DuplicateDetector detector = DuplicateDetector.defaults();

    DuplicateReport direct = detector.detect(segmentation.document(), segmentation.normalized());
    DuplicateReport indexed =
        detector.detect(segmentation.document(), RepeatIndex.of(segmentation.normalized()));

    assertThat(indexed.passages()).isEqualTo(direct.passages());
    IllegalArgumentException other =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                detector.detect(
                    ClauseDiff.create().segment(SourceText.of("other", text)).document(),
                    RepeatIndex.of(segmentation.normalized())));
    assertThat(other).hasMessage("document and normalized text must share one source");
  }

  @Test
  void repeatedTitleInsideSentencesIsBoilerplatePhrase() {
    String title = "云南省创新管理优化服务培育壮大经济发展新动能加快新旧动能接续转换实施方案";
    String text = "关于印发" + title + "的通知。" + A + "《" + title + "》已经省人民政府同意。" + B;

    DuplicateReport report = detect(text);

    assertThat(report.passages()).hasSize(1);
    DuplicatePassage passage = report.passages().get(0);
    assertThat(passage.reason()).isEqualTo(LabelReason.PHRASE);
    assertThat(passage.label()).isEqualTo(DuplicateLabel.BOILERPLATE);
    assertThat(passage.occurrences())
        .containsExactly(spanOf(text, title, 0), spanOf(text, title, 1));
  }

  @Test
  void repeatedHeadingLineIsBoilerplate() {
    String heading = "青海省人民政府办公厅关于印发促进创新发展若干措施的通知";
    String text = heading + "\n" + A + B + "\n" + heading + "\n" + C + D;

    DuplicateReport report = detect(text);

    assertThat(report.passages()).hasSize(1);
    assertThat(report.passages().get(0).reason()).isEqualTo(LabelReason.HEADING);
    assertThat(report.hasDuplication()).isFalse();
  }

  @Test
  void nearRepeatIsFoundAsNearDuplication() {
    String first = "加快推进互联网政务服务，依托省政府门户网站，整合政务服务资源与数据，建成全省一体化网上政务服务平台。";
    String second = "加快推进互联网十政务服务，依托省政府门户网站，整合政务服务资源和数据，建成全省一体化网上政务服务平台。";
    String text = first + B + C + second + D;

    DuplicateReport report = detect(text);

    assertThat(report.passages()).hasSize(1);
    DuplicatePassage passage = report.passages().get(0);
    assertThat(passage.kind()).isEqualTo(RepeatKind.NEAR);
    assertThat(passage.label()).isEqualTo(DuplicateLabel.DUPLICATION);
    assertThat(passage.similarity()).isBetween(0.7, 0.99);
    assertThat(passage.occurrences())
        .containsExactly(spanOf(text, first, 0), spanOf(text, second, 0));
    assertThat(
            ClauseDiff.create()
                .duplicates(SourceText.of("test", text), DuplicateOptions.defaults().withoutNear())
                .passages())
        .isEmpty();
  }

  @Test
  void shortRepeatsAreNotReported() {
    String text = "加强组织领导。" + A + "加强组织领导。" + B;

    assertThat(detect(text).passages()).isEmpty();
    assertThat(
            ClauseDiff.create()
                .duplicates(
                    SourceText.of("test", text), DuplicateOptions.defaults().withMinLength(6))
                .passages())
        .singleElement()
        .satisfies(p -> assertThat(p.isDuplication()).isTrue());
  }

  @Test
  void shortSentencePastedSeveralTimesInARowIsOneGroup() {
    String shortSentence = "加强组织领导。"; // 7 code points, under the minimum of 20
    String text = A + shortSentence.repeat(5) + B;

    DuplicateReport report = detect(text);

    DuplicatePassage passage = report.passages().get(0);
    assertThat(report.passages()).hasSize(1);
    assertThat(passage.isDuplication()).isTrue();
    assertThat(passage.kind()).isEqualTo(RepeatKind.EXACT);
    assertThat(passage.occurrences())
        .containsExactly(
            spanOf(text, shortSentence, 0),
            spanOf(text, shortSentence, 1),
            spanOf(text, shortSentence, 2),
            spanOf(text, shortSentence, 3),
            spanOf(text, shortSentence, 4));
    assertThat(report.cleanedText()).isEqualTo(A + shortSentence + B);
    assertThat(detect(report.cleanedText()).passages()).isEmpty();
  }

  @Test
  void twoShortSentencesRepeatedTogetherFormTheirUnit() {
    String pair = "加强组织领导。强化督促检查。";
    String text = A + pair.repeat(3) + B;

    DuplicateReport report = detect(text);

    assertThat(report.passages()).singleElement();
    assertThat(report.passages().get(0).occurrences()).hasSize(3);
    assertThat(report.cleanedText()).isEqualTo(A + pair + B);
  }

  @Test
  void backToBackCopiesCountOnlyWhenTheyReachTheMinimumTogether() {
    // Two copies of 7 code points: 7 later code points, under 20; nor are rows of dashes (no
    // letters) or a note repeated (notes recur on purpose) reported as duplication.
    assertThat(detect(A + "加强组织领导。".repeat(2) + B).passages()).isEmpty();
    assertThat(detect(A + "————。".repeat(10) + B).passages()).isEmpty();
    assertThat(detect(A + "（财政厅负责）".repeat(4) + B).passages())
        .allSatisfy(p -> assertThat(p.isDuplication()).isFalse());
  }

  @Test
  void uniqueTextHasNoPassages() {
    assertThat(detect(A + B + C + D).passages()).isEmpty();
    assertThat(detect("").passages()).isEmpty();
  }

  @Test
  void englishSentencesRepeat() {
    String sentence = "The committee shall publish its findings within thirty days. ";
    String text = sentence + "Members may appeal. " + sentence.trim();

    DuplicateReport report = detect(text);

    assertThat(report.passages()).singleElement().satisfies(p -> assertThat(p.isDuplication()));
    assertThat(report.cleanedText()).isEqualTo(sentence + "Members may appeal. ");
  }

  @Test
  void threeCopiesFormOneGroupAndCleaningKeepsTheFirst() {
    String text = B + A + B + C + B + D;

    DuplicateReport report = detect(text);

    assertThat(report.passages()).singleElement();
    assertThat(report.passages().get(0).occurrences()).hasSize(3);
    assertThat(report.cleanedText()).isEqualTo(B + A + C + D);
  }

  @Test
  void resultsAreDeterministic() {
    String text = A + B + NOTE + C + B + NOTE + D + A;

    DuplicateReport first = detect(text);
    DuplicateReport second = detect(text);

    assertThat(second.passages()).isEqualTo(first.passages());
    assertThat(second.removed()).isEqualTo(first.removed());
  }

  @Test
  void rejectsBadOptions() {
    IllegalArgumentException tooShort =
        assertThrows(
            IllegalArgumentException.class, () -> DuplicateOptions.defaults().withMinLength(3));
    assertThat(tooShort).hasMessage("minLength must be >= 4 but was 3");
    IllegalArgumentException threshold =
        assertThrows(
            IllegalArgumentException.class,
            () -> DuplicateOptions.defaults().withNearThreshold(1.5));
    assertThat(threshold).hasMessage("nearThreshold must be in (0, 1] but was 1.5");
  }

  @Test
  void passageNeedsTwoSortedOccurrences() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DuplicatePassage(
                RepeatKind.EXACT, LabelReason.BODY_TEXT, 1, List.of(Span.of(0, 5))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DuplicatePassage(
                RepeatKind.EXACT,
                LabelReason.BODY_TEXT,
                1,
                List.of(Span.of(10, 15), Span.of(0, 5))));
  }

  @Test
  void refusesSketchesOfAnotherDetectorOrText() {
    SegmentedText a = Stages.prepare(SourceText.of("a", A + B + C + B + D));
    SegmentedText b = Stages.prepare(SourceText.of("b", "另一篇文字，没有重复。"));
    DuplicateDetector detector = DuplicateDetector.defaults();
    SentenceSketches sketches = detector.sketch(a.document(), a.normalized());

    IllegalArgumentException otherOptions =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DuplicateDetector.of(DuplicateOptions.defaults().withMinLength(4))
                    .detect(sketches, RepeatIndex.of(a.normalized())));
    assertThat(otherOptions).hasMessageContaining("other options");
    IllegalArgumentException otherText =
        assertThrows(
            IllegalArgumentException.class,
            () -> detector.detect(sketches, RepeatIndex.of(b.normalized())));
    assertThat(otherText).hasMessageContaining("one comparison text");
    assertThat(detector.detect(sketches, RepeatIndex.of(a.normalized())).hasDuplication()).isTrue();
  }

  @Test
  void tellsEachStepOnceInOrderAndDetectsAsWithoutBeingWatched() {
    String near = "加快推进互联网政务服务，依托省政府门户网站，整合政务服务资源和数据。";
    SegmentedText text = Stages.prepareSentences(SourceText.of("t", A + B + C + B + D + near));
    DuplicateDetector detector = DuplicateDetector.defaults();
    List<DuplicateDetector.Step> steps = new ArrayList<>();

    DuplicateReport watched =
        detector.detect(
            detector.sketch(text.document(), text.normalized()),
            RepeatIndex.of(text.normalized()),
            steps::add);

    assertThat(steps).containsExactly(DuplicateDetector.Step.values());
    assertThat(watched.passages())
        .isEqualTo(detector.detect(text.document(), text.normalized()).passages())
        .extracting(DuplicatePassage::kind)
        // The shared opening of A and its variant, the variant as a whole, B.
        .containsExactly(RepeatKind.EXACT, RepeatKind.NEAR, RepeatKind.EXACT);
  }

  @Test
  void tellsEveryStepWithoutNearRepeatsToo() {
    SegmentedText text = Stages.prepareSentences(SourceText.of("t", A + B + C + B + D));
    DuplicateDetector detector = DuplicateDetector.of(DuplicateOptions.defaults().withoutNear());
    List<DuplicateDetector.Step> steps = new ArrayList<>();

    detector.detect(
        detector.sketch(text.document(), text.normalized()),
        RepeatIndex.of(text.normalized()),
        steps::add);

    assertThat(steps).containsExactly(DuplicateDetector.Step.values());
  }

  @Test
  void sketchesInPartsAndExactRepeatsFirstDetectAsInOnePass() {
    String near = "加快推进互联网政务服务，依托省政府门户网站，整合政务服务资源和数据。";
    SegmentedText text =
        Stages.prepareSentences(SourceText.of("t", A + B + NOTE + C + B + D + near + C + NOTE));
    DuplicateDetector detector = DuplicateDetector.defaults();
    List<DuplicatePassage> expected =
        detector.detect(text.document(), text.normalized()).passages();
    assertThat(expected).extracting(DuplicatePassage::kind).contains(RepeatKind.NEAR);
    RepeatIndex index = RepeatIndex.of(text.normalized());
    // More parts than sentences too: some parts are empty.
    for (int parts = 1; parts <= 12; parts++) {
      LocatedSentences sentences = detector.locate(text.document(), text.normalized());
      ExactRepeats exact = detector.findExact(sentences, index);
      List<LocatedSentences.Part> sketched = new ArrayList<>();
      for (int p = parts - 1; p >= 0; p--) {
        sketched.add(0, sentences.sketch(p, parts));
      }
      assertThat(detector.detect(sentences.join(sketched), exact, index).passages())
          .as("%s parts", parts)
          .isEqualTo(expected);
    }
  }

  @Test
  void refusesPartsOfAnotherSplitAndExactRepeatsOfAnotherIndex() {
    SegmentedText text = Stages.prepareSentences(SourceText.of("t", A + B + C + B + D));
    DuplicateDetector detector = DuplicateDetector.defaults();
    LocatedSentences sentences = detector.locate(text.document(), text.normalized());
    LocatedSentences.Part first = sentences.sketch(0, 2);
    LocatedSentences.Part second = sentences.sketch(1, 2);

    assertThat(
            assertThrows(
                IllegalArgumentException.class, () -> sentences.join(List.of(second, first))))
        .hasMessageContaining("every part of one split");
    assertThat(assertThrows(IllegalArgumentException.class, () -> sentences.join(List.of(first))))
        .hasMessageContaining("every part of one split");
    assertThat(assertThrows(IllegalArgumentException.class, () -> sentences.sketch(2, 2)))
        .hasMessageContaining("part 2 must lie within [0, 2)");
    ExactRepeats exact = detector.findExact(sentences, RepeatIndex.of(text.normalized()));
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    detector.detect(
                        sentences.join(List.of(first, second)),
                        exact,
                        RepeatIndex.of(text.normalized()))))
        .hasMessageContaining("one comparison text");
  }
}
