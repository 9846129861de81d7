package org.clausediff.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clausediff.segment.Document;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.SpanAssertions;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static Document segment(String text) {
    Document document = Segmenter.defaults().segment(SourceText.of("t", text));
    SpanAssertions.assertTiles(document);
    return document;
  }

  private static List<String> texts(Document document, UnitKind kind) {
    return document.units(kind).stream().map(document::text).collect(Collectors.toList());
  }

  private static List<String> headings(Document document) {
    return document.structuralUnits().stream()
        .map(u -> u.kind().id() + " " + u.label() + "|" + u.title())
        .collect(Collectors.toList());
  }

  @Test
  void chineseNumberingNestsSectionItemSubitem() {
    Document d =
        segment(
            "前言。\n\n　　一、总体要求\n\n　　（一）指导思想。\n\n　　正文。\n\n"
                + "　　二、主要任务\n\n　　（二）重点工作。\n\n　　1.优化服务。积极推进。\n\n　　2.深化改革。\n");

    assertThat(headings(d))
        .containsExactly(
            "section 一、|总体要求",
            "item （一）|指导思想",
            "section 二、|主要任务",
            "item （二）|重点工作",
            "subitem 1.|优化服务",
            "subitem 2.|深化改革");
    assertThat(d.roots().get(0).kind()).isEqualTo(UnitKind.PARAGRAPH);
    Unit subitem = d.units(UnitKind.SUBITEM).get(0);
    assertThat(d.sectionPath(subitem)).isEqualTo("二、主要任务 › （二）重点工作 › 1.优化服务");
    assertThat(d.parent(subitem).orElseThrow().label()).isEqualTo("（二）");
    assertThat(d.text(d.units(UnitKind.SECTION).get(0))).endsWith("正文。");
  }

  @Test
  void runInHeadingSharesItsParagraphWithTheBody() {
    Document d = segment("（一）指导思想。深入贯彻新发展理念，推动高质量发展。\n");

    Unit item = d.structuralUnits().get(0);
    assertThat(item.title()).isEqualTo("指导思想");
    assertThat(d.units(UnitKind.PARAGRAPH)).hasSize(1);
    assertThat(texts(d, UnitKind.SENTENCE)).containsExactly("（一）指导思想。", "深入贯彻新发展理念，推动高质量发展。");
    assertThat(item.heading().orElseThrow().number()).isEqualTo(1);
  }

  @Test
  void titleMayContainCommasAndBookTitles() {
    Document d = segment("（三）加强创新载体建设，集聚创新资源。全省推进。\n1.大力实施《中国制造2025青海行动方案》。以制造业为主。\n");

    assertThat(headings(d))
        .containsExactly("section （三）|加强创新载体建设，集聚创新资源", "item 1.|大力实施《中国制造2025青海行动方案》");
  }

  @Test
  void numbersInsideSentencesAreNotHeadings() {
    Document d = segment("依照第一条的规定，2017年起实施。增长3.5%，投资1.5亿元。其中一、二季度增长。\n");

    assertThat(d.structuralUnits()).isEmpty();
    assertThat(d.units(UnitKind.SENTENCE)).hasSize(3);
  }

  @Test
  void fullWidthDigitsNumberItems() {
    Document d = segment("１．第一项内容。\n２．第二项内容。\n（３）细项。\n");

    assertThat(headings(d)).containsExactly("section １．|第一项内容", "section ２．|第二项内容", "item （３）|细项");
    assertThat(d.structuralUnits().get(1).heading().orElseThrow().number()).isEqualTo(2);
  }

  @Test
  void regulationNumberingWithChaptersAndArticles() {
    Document d = segment("第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于全省。\n第二章　附则\n第三条　本办法自发布之日起施行。\n");

    assertThat(headings(d))
        .containsExactly(
            "section 第一章|总则",
            "item 第一条|为了规范管理，制定本办法",
            "item 第二条|本办法适用于全省",
            "section 第二章|附则",
            "item 第三条|本办法自发布之日起施行");
  }

  @Test
  void headingsAreFoundInTextWithoutLineBreaks() {
    Document d =
        segment(
            "请认真贯彻执行。一、提高政府服务能力和水平（一）提高行政审批服务效能优化对新兴经济领域市场主体的审批服务。"
                + "及时纳入统计调查。（省统计局负责）（二）加快规章政策标准动态调整推进规章制度保护创新的适应性变革。"
                + "按照职责分工负责三、激发新生产要素流动活力（十）完善人才团队集聚流动机制激发人才流动活力。");

    assertThat(headings(d))
        .containsExactly(
            "section 一、|提高政府服务能力和水平",
            "item （一）|提高行政审批服务效能",
            "item （二）|加快规章政策标准动态调整",
            "section 三、|激发新生产要素流动活力",
            "item （十）|完善人才团队集聚流动机制");
    assertThat(texts(d, UnitKind.SENTENCE))
        .contains("（一）提高行政审批服务效能", "优化对新兴经济领域市场主体的审批服务。", "及时纳入统计调查。", "（省统计局负责）");
  }

  @Test
  void inlineHeadingsCanBeSwitchedOff() {
    Document d =
        Segmenter.of(SegmentOptions.defaults().withInlineHeadings(false))
            .segment(SourceText.of("t", "执行。一、提高水平（一）提高效能。"));

    assertThat(d.structuralUnits()).isEmpty();
  }

  @Test
  void sentencesEndAtChineseTerminatorsAndKeepClosingQuotes() {
    Document d = segment("他说：“要改革。”然后呢？好！再看；完\n");

    assertThat(texts(d, UnitKind.SENTENCE)).containsExactly("他说：“要改革。”然后呢？", "好！", "再看；", "完");
  }

  @Test
  void noBoundaryInsideBookTitlesQuotesOrShortBrackets() {
    Document d = segment("贯彻《关于创新管理。优化服务的意见》精神，落实“多证合一、一照一码”改革（含“先照后证”。试点）。\n");

    assertThat(d.units(UnitKind.SENTENCE)).hasSize(1);
    assertThat(texts(d, UnitKind.CLAUSE))
        .containsExactly("贯彻《关于创新管理。优化服务的意见》精神，", "落实“多证合一、一照一码”改革（含“先照后证”。试点）。");
  }

  @Test
  void responsibilityNoteIsASentenceOfItsOwn() {
    Document d =
        segment(
            "推进在线阅读。（省质监局牵头负责）放宽限制。（省发展改革委、工业和信息化委、科技厅等部门按照职责分工负责）"
                + "加强监管。（责任单位：省科技厅）落实政策。（牵头单位：省财政厅；配合单位：省统计局）\n");

    assertThat(texts(d, UnitKind.SENTENCE))
        .containsExactly(
            "推进在线阅读。",
            "（省质监局牵头负责）",
            "放宽限制。",
            "（省发展改革委、工业和信息化委、科技厅等部门按照职责分工负责）",
            "加强监管。",
            "（责任单位：省科技厅）",
            "落实政策。",
            "（牵头单位：省财政厅；配合单位：省统计局）");
    assertThat(d.units(UnitKind.SENTENCE).stream().map(d::isResponsibilityNote))
        .containsExactly(false, true, false, true, false, true, false, true);
  }

  @Test
  void framingLinesOfAnOfficialDocumentAreSentencesWhenLineBreaksAreLost() {
    // Issue 16, cause 8: the metadata of a web copy, the issuer, title, document number,
    // addressee, and the signature with its date, flattened into one run of text.
    Document d =
        segment(
            "索 引 号 :015000185/2018-00021发文字号 :青政办〔2018〕6号发布机构 :青海省人民政府办公厅"
                + "成文日期 :2018-01-12青海省人民政府办公厅关于推动县域创新驱动发展的实施意见青政办〔2018〕6号"
                + "各市、自治州人民政府，省政府各委、办、厅、局：为贯彻落实国务院办公厅《关于县域创新驱动发展的若干意见》"
                + "（国办发〔2017〕43号）精神，现提出以下意见。本意见自2018年2月11日起施行。"
                + "青海省人民政府办公厅\u2002\u20022018年1月12日\u2002（发至县人民政府）\n");

    assertThat(texts(d, UnitKind.SENTENCE))
        .containsExactly(
            "索 引 号 :015000185/2018-00021",
            "发文字号 :青政办〔2018〕6号",
            "发布机构 :青海省人民政府办公厅",
            "成文日期 :2018-01-12",
            "青海省人民政府办公厅",
            "关于推动县域创新驱动发展的实施意见",
            "青政办〔2018〕6号",
            "各市、自治州人民政府，省政府各委、办、厅、局：",
            "为贯彻落实国务院办公厅《关于县域创新驱动发展的若干意见》（国办发〔2017〕43号）精神，现提出以下意见。",
            "本意见自2018年2月11日起施行。",
            "青海省人民政府办公厅",
            "2018年1月12日",
            "（发至县人民政府）");
  }

  @Test
  void documentNumbersAndDatesInsideSentencesCutNothing() {
    Document d = segment("根据青政办〔2018〕6号文件精神，省人民政府办公厅2018年1月12日印发的通知各部门：要认真落实。\n");

    assertThat(texts(d, UnitKind.SENTENCE))
        .containsExactly("根据青政办〔2018〕6号文件精神，省人民政府办公厅2018年1月12日印发的通知各部门：要认真落实。");
  }

  @Test
  void headingsStartAfterALostLineBreakLeftItsIndentation() {
    // Issue 16, cause 2: a flattened copy keeps the paragraphs' two ideographic spaces.
    Document d =
        segment(
            "制度进一步完善。二、提升政府服务效能　　深入推进“放管服”改革，加快转变政府职能。（三）强化支撑保障　　加强组织领导。"
                + "各市、自治州人民政府：　　为贯彻落实《意见》，现提出如下意见。\n");

    assertThat(headings(d)).containsExactly("section 二、|提升政府服务效能", "item （三）|强化支撑保障");
    assertThat(texts(d, UnitKind.SENTENCE))
        .containsExactly(
            "制度进一步完善。",
            "二、提升政府服务效能",
            "深入推进“放管服”改革，加快转变政府职能。",
            "（三）强化支撑保障",
            "加强组织领导。",
            "各市、自治州人民政府：",
            "为贯彻落实《意见》，现提出如下意见。");
  }

  @Test
  void partAndChapterLabelsStartHeadingsAtASentenceStartWithoutSpace() {
    // Issue 16, cause 2: 第1部分 in the middle of a flattened line.
    Document d = segment("各项制度进一步完善。第1部分总体要求。坚持改革引领。第二章规定的事项，由省政府负责。依照第三条规定执行。\n");

    assertThat(headings(d)).containsExactly("section 第1部分|总体要求");
  }

  @Test
  void numberedListsAndReferencesInsideSentencesAreNoHeadings() {
    Document d = segment("前言。措施包括（1）放宽准入；（2）优化服务。依照第三条规定执行。第三条规定的事项，由省政府负责。\n");

    assertThat(headings(d)).isEmpty();
  }

  @Test
  void tableOfContentsLinesAreNoHeadings() {
    // Issue 16, cause 3.
    Document d =
        segment(
            "某市城市绿化条例\n\n目　　录\n\n第一章　总　　则\n第二章　规划和建设\n　　第一节　规　　划\n第三章　附　　则\n\n"
                + "第一章　总　　则\n\n第一条　为了促进城市绿化，制定本条例。\n\n第二章　规划和建设\n\n第一节　规　　划\n\n"
                + "第二条　编制规划。\n\n第三章　附　　则\n\n第三条　本条例自公布之日起施行。\n");

    assertThat(headings(d))
        .containsExactly(
            "section 第一章|总　　则",
            "subitem 第一条|为了促进城市绿化，制定本条例",
            "section 第二章|规划和建设",
            "item 第一节|规　　划",
            "subitem 第二条|编制规划",
            "section 第三章|附　　则",
            "subitem 第三条|本条例自公布之日起施行");
    assertThat(
            d.units(UnitKind.SENTENCE).stream()
                .filter(d::isInTableOfContents)
                .map(d::text)
                .toList())
        .containsExactly("目　　录", "第一章　总　　则", "第二章　规划和建设", "第一节　规　　划", "第三章　附　　则");
  }

  @Test
  void headingsAfterATitleReadingContentsAreNoTableWithoutEntries() {
    Document d = segment("目录\n\n第一章　总则\n\n第一条　为了促进城市绿化，制定本条例。\n");

    assertThat(headings(d)).contains("section 第一章|总则");
    assertThat(d.units(UnitKind.SENTENCE).stream().noneMatch(d::isInTableOfContents)).isTrue();
  }

  @Test
  void responsibilityNotesInTraditionalCharactersAreSentencesOfTheirOwn() {
    Document d = segment("推進在線閱讀。（省質監局牽頭負責）放寬限制。（責任單位：省科技廳）\n");

    assertThat(texts(d, UnitKind.SENTENCE))
        .containsExactly("推進在線閱讀。", "（省質監局牽頭負責）", "放寬限制。", "（責任單位：省科技廳）");
  }

  @Test
  void otherShortParentheticalsStayWithTheirSentence() {
    Document d = segment("云南省人民政府办公厅2017年7月18日。（此件公开发布）推进在线阅读。（2017年修订）\n");

    // The signature and its date are lines of their own (DocumentFrame); the parenthetical stays.
    assertThat(texts(d, UnitKind.SENTENCE))
        .containsExactly("云南省人民政府办公厅", "2017年7月18日。（此件公开发布）", "推进在线阅读。（2017年修订）");
    assertThat(d.units(UnitKind.SENTENCE).stream().map(d::isResponsibilityNote))
        .containsExactly(false, false, false);
  }

  @Test
  void unbalancedBracketDoesNotSwallowTheDocument() {
    Document d = segment("（省委网信办，省发展改革委等部门按照职责分工负责。第二句。第三句。\n");

    assertThat(d.units(UnitKind.SENTENCE)).hasSize(3);
  }

  @Test
  void clausesSplitAtChineseCommasAndColons() {
    Document d = segment("坚持改革引领、创新驱动，着力破解障碍：一是放宽准入。\n");

    assertThat(texts(d, UnitKind.CLAUSE)).containsExactly("坚持改革引领、", "创新驱动，", "着力破解障碍：", "一是放宽准入。");
  }

  @Test
  void englishSentencesHandleAbbreviationsDecimalsAndInitials() {
    Document d =
        segment(
            "The rate rose 3.5 percent in the U.S. last year. Mr. J. Smith agreed, e.g. on costs. "
                + "Prices fell! Did they? Yes; they did.\n");

    assertThat(texts(d, UnitKind.SENTENCE))
        .containsExactly(
            "The rate rose 3.5 percent in the U.S. last year.",
            "Mr. J. Smith agreed, e.g. on costs.",
            "Prices fell!",
            "Did they?",
            "Yes;",
            "they did.");
    assertThat(texts(d, UnitKind.CLAUSE)).contains("Mr. J. Smith agreed,", "e.g. on costs.");
  }

  @Test
  void englishNumberingNests() {
    Document d =
        segment(
            "Article 5. Scope\nThis applies to all.\n1. General rules apply.\n1.1 Definitions here.\n"
                + "(a) first case;\n(b) second case.\nSection 2 of the Act is repealed.\n");

    assertThat(headings(d))
        .containsExactly(
            "section Article 5.|Scope",
            "item 1.|General rules apply",
            "subitem 1.1|Definitions here",
            "subitem (a)|first case",
            "subitem (b)|second case");
  }

  @Test
  void softWrappedLinesJoinIntoOneParagraph() {
    Document d =
        segment(
            "This paragraph was wrapped by an editor at a fixed\nwidth, so its lines continue.\n\nNext one.\n");

    assertThat(texts(d, UnitKind.PARAGRAPH))
        .containsExactly(
            "This paragraph was wrapped by an editor at a fixed\nwidth, so its lines continue.",
            "Next one.");
  }

  @Test
  void shortUnterminatedLinesStayParagraphs() {
    Document d = segment("青海省人民政府办公厅\n关于推动县域创新驱动发展的实施意见\n青政办〔2018〕6号\n");

    assertThat(d.units(UnitKind.PARAGRAPH)).hasSize(3);
  }

  @Test
  void emptyAndBlankTextsHaveNoUnits() {
    assertThat(segment("").units()).isEmpty();
    assertThat(segment(" \n\u3000\r\n\t").units()).isEmpty();
  }

  @Test
  void supplementaryCharactersAreWholeCodePoints() {
    Document d = segment("𠮷野家，𩸽。𠀀");

    assertThat(texts(d, UnitKind.CLAUSE)).containsExactly("𠮷野家，", "𩸽。", "𠀀");
    assertThat(d.leaves().get(1).span().start()).isEqualTo(4);
  }

  @Test
  void rejectsADocumentWhoseSentencesAreCutOnlyInPart() {
    SourceText text = SourceText.of("mixed", "甲乙，丙。丁戊。");
    Unit clause = new Unit(2, UnitKind.CLAUSE, Span.of(0, 3), Optional.empty(), List.of());
    Unit cut = new Unit(1, UnitKind.SENTENCE, Span.of(0, 5), Optional.empty(), List.of(clause));
    Unit whole = new Unit(3, UnitKind.SENTENCE, Span.of(5, 8), Optional.empty(), List.of());
    Unit paragraph =
        new Unit(0, UnitKind.PARAGRAPH, Span.of(0, 8), Optional.empty(), List.of(cut, whole));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Document.of(text, List.of(paragraph)));
    assertThat(e).hasMessageContaining("1 sentences without clauses in a document with clauses");
  }

  @Test
  void aParagraphWithoutChildrenIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Unit(0, UnitKind.PARAGRAPH, Span.of(0, 2), Optional.empty(), List.of()));
    assertThat(e).hasMessageContaining("a paragraph with 0 children");
  }
}
