package org.clausediff.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.clausediff.ClauseDiff;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.segment.Document;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.Stages;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class CompareTest {

  @Test
  void recurringResponsibilityNotesAfterUnrelatedMeasuresAreNotLinked() {
    // Issue 16, cause 1: a common note is linked along with the measure it follows, not on its own
    // text (a note that occurs once on each side may stand alone).
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of("old", "推进地方标准文本免费在线阅读。（省发展改革委负责）\n放宽新兴经济领域政策限制。（省发展改革委负责）\n"),
                SourceText.of("new", "建立健全人才评价激励机制。（省发展改革委负责）\n完善数据资源开放共享制度。（省发展改革委负责）\n"));

    assertThat(Stages.levelLinks(comparison)).isEmpty();
    assertThat(comparison.deleted()).hasSize(4);
    assertThat(comparison.added()).hasSize(4);
  }

  @Test
  void tableOfContentsLinesAreNotPairedWithChapterHeadings() {
    // Issue 16, cause 3: the new version adds a table of contents and renames its chapters.
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of(
                    "old", "第一章　总则\n\n第一条　为了促进城市绿化事业的发展，制定本条例。\n\n第二章　附则\n\n第二条　本条例自公布之日起施行。\n"),
                SourceText.of(
                    "new",
                    "目　　录\n\n第一章　总则\n第二章　附则\n\n第一章　一般规定\n\n第一条　为了促进城市绿化事业的发展，制定本条例。\n\n"
                        + "第二章　其他规定\n\n第二条　本条例自公布之日起施行。\n"));
    Document right = comparison.right().document();

    for (Link link : Stages.levelLinks(comparison)) {
      assertThat(link.rightUnits().stream().noneMatch(right::isInTableOfContents))
          .as("%s", link)
          .isTrue();
    }
    for (Link link : Stages.structuralLinks(comparison)) {
      assertThat(link.rightUnits().stream().map(u -> right.text(u).substring(0, 3)))
          .doesNotContain("目　　");
    }
    assertThat(right.structuralUnits()).hasSize(4);
  }

  @Test
  void letterSpacedHeadingsEqualTheirPlainForm() {
    // Issue 16, cause 4: 总　则, 总　　则 and 总 则 are 总则.
    for (String spaced : List.of("总　则", "总　　则", "总 则", "总\u00a0\u00a0则")) {
      String law = "第一章　%s\n\n第一条　为了规范数据处理活动，保障数据安全，制定本法。\n\n第二章　附　　则\n\n第二条　本法自公布之日起施行。\n";
      Comparison comparison =
          ClauseDiff.create()
              .compare(
                  SourceText.of("old", String.format(law, spaced)),
                  SourceText.of("new", String.format(law, "总则").replace("附　　则", "附则")));

      assertThat(comparison.similarity().value()).as(spaced).isEqualTo(1.0);
      assertThat(Stages.structuralLinks(comparison))
          .as(spaced)
          .hasSize(4)
          .allSatisfy(
              link -> {
                assertThat(link.op()).isEqualTo(Op.EQUAL);
                assertThat(link.similarity().value()).isEqualTo(1.0);
              });
    }
  }

  private static final String FIRST_OLD =
      "第一条　为了规范公共数据管理，推进公共数据共享开放，提升政府治理能力和公共服务水平，根据有关法律、法规，制定本办法。\n";
  private static final String FIRST_NEW =
      "第一条　为了规范公共数据管理，推进公共数据共享开放和开发利用，提升政府治理能力和公共服务水平，根据《中华人民共和国数据安全法》等法律、行政法规，"
          + "结合本省实际，制定本条例。\n";
  private static final String SECOND_OLD =
      "本办法所称公共数据，是指本省各级行政机关以及具有公共管理和服务职能的事业单位在依法履行职责过程中获得的各类数据资源。\n";
  private static final String SECOND_NEW =
      "本条例所称公共数据，是指本省国家机关、法律法规授权的具有管理公共事务职能的组织以及供水、供电、供气、公共交通等公共服务运营单位，"
          + "在依法履行职责或者提供公共服务过程中收集、产生的数据。\n";
  private static final String THIRD =
      "第三条　省人民政府数据管理机构负责全省公共数据的统筹管理。设区的市人民政府数据管理机构负责本行政区域内公共数据的管理工作。\n";

  @Test
  void heavilyAmendedArticleIsLinkedBetweenItsLinkedNeighbours() {
    // Issue 16, cause 5: the two 第二条 score below 0.5, but they lie in the same chapter as the
    // linked 第一条 and 第三条, in order.
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of("old", "第一章　总　则\n" + FIRST_OLD + "第二条　" + SECOND_OLD + THIRD),
                SourceText.of("new", "第一章　总　则\n" + FIRST_NEW + "第二条　" + SECOND_NEW + THIRD));

    assertThat(levelLinks(comparison))
        .anyMatch(
            link -> link.startsWith("MODIFIED 第二条　本办法所称公共数据") && link.contains("→ 第二条　本条例所称"));
  }

  private static final String CHAPTER = "第二章　数据收集与治理\n";
  private static final String FIFTH = "第五条　公共管理和服务机构收集公共数据，应当限定在履行职责所必需的范围内，并明确收集的目的、方式和范围。\n";
  private static final String SHARING = "第三章　数据共享\n第八条　公共数据以共享为原则，不共享为例外。\n";

  @Test
  void articleSplitIntoTwoArticlesWithARewordedSecondPartIsSplitToBoth() {
    // Issue 16, 第六条 → 第六条 + 第七条: the reworded second part scores 0.52 against the old
    // article on its own, but joined with the first part it scores below the first part alone, so
    // no split was proposed and the new 第七条 was added.
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of(
                    "old",
                    CHAPTER
                        + FIFTH
                        + "第六条　公共管理和服务机构应当对其采集的公共数据的准确性、完整性负责，发现数据错误的，应当及时校核更正。\n"
                        + SHARING),
                SourceText.of(
                    "new",
                    CHAPTER
                        + FIFTH
                        + "第六条　公共管理和服务机构应当对其收集的公共数据的准确性、完整性、时效性负责。\n"
                        + "第七条　公共管理和服务机构发现数据错误或者收到数据异议的，应当在五个工作日内校核更正。\n"
                        + SHARING));

    assertThat(levelLinks(comparison))
        .contains(
            "SPLIT 第六条　公共管理和服务机构应当对其采集的公共数据的准确性、完整性负责，"
                + "发现数据错误的，应当及时校核更正。 → 第六条　公共管理和服务机构应当对其收集的公共数据的准确性、完整性、时效性负责。");
    assertThat(Stages.structuralLinks(comparison))
        .anySatisfy(
            link -> {
              assertThat(link.op()).isEqualTo(Op.SPLIT);
              assertThat(link.rightUnits()).hasSize(2);
            });
    assertThat(comparison.added()).isEmpty();
  }

  @Test
  void sentenceKeptVerbatimIsNotSplitToASimilarNewSentenceAfterIt() {
    // The extension of a link to a leftover neighbour leaves identical links alone: the old
    // sentence is wholly in the first, so the second is new text.
    String kept = "第六条　公共管理和服务机构应当对其收集的公共数据的准确性、完整性负责。\n";
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of("old", CHAPTER + FIFTH + kept + SHARING),
                SourceText.of(
                    "new", CHAPTER + FIFTH + kept + "第七条　公共管理和服务机构应当对其收集的公共数据的时效性负责。\n" + SHARING));

    assertThat(levelLinks(comparison)).noneMatch(link -> link.startsWith("SPLIT"));
    assertThat(Stages.addedUnits(comparison)).hasSize(1);
  }

  @Test
  void headingIsNotSplitToASentenceOfTheBodyThatRestatesIt() {
    // A new lead sentence scores 0.5 against the old item's heading, but a heading line and a body
    // sentence play different parts: the heading link is not extended to it.
    String before = "三、探索包容审慎监管制度\n（九）健全信用约束机制。\n加快推进社会信用体系建设。\n";
    String after = "（十一）完善风险管控体系。\n加强技术成熟度和技术风险评估。\n";
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of(
                    "old", before + "（十）探索动态包容审慎监管制度。\n全面推行“双随机、一公开”模式，不断创新管理方式。\n" + after),
                SourceText.of(
                    "new",
                    before + "（十）建立动态包容审慎监管制度。\n推行动态审慎监管。\n全面推行“双随机、一公开”模式，不断创新管理方式。\n" + after));

    assertThat(levelLinks(comparison))
        .contains("MODIFIED （十）探索动态包容审慎监管制度。 → （十）建立动态包容审慎监管制度。")
        .noneMatch(link -> link.startsWith("SPLIT"));
  }

  @Test
  void paraphraseOutsideAnyNumberedPartKeepsTheStrictThreshold() {
    String before = "加强事中事后监管。\n";
    String after = "推进地方标准文本免费在线阅读。\n";
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of("old", before + SECOND_OLD + after),
                SourceText.of("new", before + SECOND_NEW + after));

    assertThat(levelLinks(comparison))
        .containsExactly("EQUAL 加强事中事后监管。 → 加强事中事后监管。", "EQUAL 推进地方标准文本免费在线阅读。 → 推进地方标准文本免费在线阅读。");
  }

  @Test
  void openingAndClosingLinesAreLinkedByTheirPlace() {
    // Issue 16, cause 8: paraphrased addressees (similarity 0.42) and closing formulas.
    String body = "加强事中事后监管。\n推进地方标准文本免费在线阅读。\n";
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of("old", "各市、自治州人民政府，省政府各委、办、厅、局：\n" + body + "本实施意见自2017年10月5日起施行。\n"),
                SourceText.of(
                    "new", "各省辖市、省直管县（市）人民政府，省人民政府各部门：\n" + body + "本意见自2018年印发之日起施行。\n"));

    assertThat(levelLinks(comparison))
        .containsExactly(
            "MODIFIED 各市、自治州人民政府，省政府各委、办、厅、局： → 各省辖市、省直管县（市）人民政府，省人民政府各部门：",
            "EQUAL 加强事中事后监管。 → 加强事中事后监管。",
            "EQUAL 推进地方标准文本免费在线阅读。 → 推进地方标准文本免费在线阅读。",
            "MODIFIED 本实施意见自2017年10月5日起施行。 → 本意见自2018年印发之日起施行。");
  }

  @Test
  void unrelatedOpeningLinesAreNotLinkedByTheirPlace() {
    String body = "加强事中事后监管。\n推进地方标准文本免费在线阅读。\n";
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of("old", "关于印发实施方案的通知\n" + body),
                SourceText.of("new", "各省辖市人民政府：\n" + body));

    assertThat(levelLinks(comparison))
        .containsExactly("EQUAL 加强事中事后监管。 → 加强事中事后监管。", "EQUAL 推进地方标准文本免费在线阅读。 → 推进地方标准文本免费在线阅读。");
  }

  private static List<String> levelLinks(Comparison comparison) {
    List<String> links = new ArrayList<>();
    for (Link link : Stages.levelLinks(comparison)) {
      links.add(
          link.op()
              + " "
              + comparison.left().document().text(link.firstLeft())
              + " → "
              + comparison.right().document().text(link.firstRight()));
    }
    return links;
  }

  @Test
  void responsibilityNoteChangedOnItsOwnIsLinkedOnItsOwn() {
    // Issue 16, cause 1: the departments change, the measure does not.
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of("old", "加强事中事后监管。（省发展改革委负责）\n推进地方标准文本免费在线阅读。（省质监局牵头负责）\n"),
                SourceText.of("new", "加强事中事后监管。（省发展改革委、省商务厅负责）\n推进地方标准文本免费在线阅读。（省质监局牵头负责）\n"));
    Document right = comparison.right().document();

    List<String> links = new ArrayList<>();
    for (Link link : Stages.levelLinks(comparison)) {
      links.add(
          link.op()
              + " "
              + comparison.left().document().text(link.firstLeft())
              + " → "
              + right.text(link.firstRight())
              + (right.isResponsibilityNote(link.firstRight()) ? " (note)" : ""));
    }

    assertThat(links)
        .containsExactly(
            "EQUAL 加强事中事后监管。 → 加强事中事后监管。",
            "MODIFIED （省发展改革委负责） → （省发展改革委、省商务厅负责） (note)",
            "EQUAL 推进地方标准文本免费在线阅读。 → 推进地方标准文本免费在线阅读。",
            "EQUAL （省质监局牵头负责） → （省质监局牵头负责） (note)");
  }

  /** Walking a comparison of two seeds: its similarity, its changed links and their edits. */
  @Test
  void aComparisonOfTwoSeedsCanBeWalked() throws IOException {
    List<String> lines = new ArrayList<>();

    SourceText left = ClauseDiff.create().read(TestData.path(TestData.QINGHAI_2017));
    SourceText right = ClauseDiff.create().read(TestData.path(TestData.HENAN_2017));
    Comparison comparison = ClauseDiff.create().compare(left, right, CompareOptions.defaults());

    lines.add(String.valueOf(comparison.similarity().value()));
    for (Correspondence entry : comparison.alignments()) {
      Link link = entry.link();
      if (link.op() == Op.EQUAL) {
        continue;
      }
      Document l = comparison.left().document();
      lines.add(
          link.op()
              + " "
              + link.level().id()
              + " "
              + l.sectionPath(link.firstLeft())
              + " "
              + link.similarity().value());
      for (Edit edit : entry.diff().changes()) {
        lines.add("  " + left.substring(edit.left()) + " → " + right.substring(edit.right()));
      }
    }

    assertThat(lines.get(0)).startsWith("0.1484");
    assertThat(lines).contains("  效能 → 能力和水平", "  深入 → 全面");
    assertThat(comparison.deleted()).isNotEmpty();
    assertThat(comparison.added()).isNotEmpty();
  }

  @Test
  void optionsAreBuiltInAnyOrderAndChecked() {
    CompareOptions a = CompareOptions.builder().level(UnitKind.CLAUSE).minSimilarity(0.7).build();
    CompareOptions b = CompareOptions.defaults().withMinSimilarity(0.7).withLevel(UnitKind.CLAUSE);

    assertThat(a).isEqualTo(b);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CompareOptions.defaults().withMinSimilarity(0));
    assertThat(e).hasMessage("minSimilarity must be in (0, 1] but was 0.0");
  }

  @Test
  void emptyDocumentsCompareWithoutDifferences() {
    Comparison comparison =
        ClauseDiff.create().compare(SourceText.of("a", ""), SourceText.of("b", "  \n"));

    assertThat(comparison.hasDifferences()).isFalse();
    assertThat(comparison.similarity().value()).isEqualTo(1.0);
  }

  @Test
  void comparisonIsSafeToReadFromManyThreads() throws Exception {
    Comparison comparison =
        ClauseDiff.create()
            .compare(TestData.text(TestData.QINGHAI_2017), TestData.text(TestData.HENAN_2017));
    String expected = ReportType.COMPARISON.writer(ReportFormat.JSON).render(comparison);
    List<Thread> threads = new ArrayList<>();
    List<String> rendered = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 4; i++) {
      Thread thread =
          new Thread(
              () ->
                  rendered.add(ReportType.COMPARISON.writer(ReportFormat.JSON).render(comparison)));
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(rendered).hasSize(4).containsOnly(expected);
  }

  @Test
  void clausesAreCutOnlyWhenClausesAreCompared() {
    CompareOptions sentences =
        CompareOptions.builder().segmentation(SegmentOptions.defaults()).build();
    CompareOptions clauses = sentences.withLevel(UnitKind.CLAUSE);

    assertThat(sentences.segmentation()).isEqualTo(SegmentOptions.defaults().withClauses(false));
    assertThat(clauses.segmentation()).isEqualTo(SegmentOptions.defaults());
    SourceText left = SourceText.of("left", "一、总则\n甲乙丙丁，戊己庚辛。壬癸子丑。");
    SourceText right = SourceText.of("right", "一、总则\n甲乙丙丁，戊己庚午。壬癸子丑。");
    assertThat(ClauseDiff.create().compare(left, right).left().document().units(UnitKind.CLAUSE))
        .isEmpty();
    Comparison byClause = ClauseDiff.create().compare(left, right, clauses);
    assertThat(byClause.left().document().units(UnitKind.CLAUSE)).isNotEmpty();
    assertThat(byClause.alignments().stream().filter(c -> c.link().level() == UnitKind.CLAUSE))
        .isNotEmpty();
  }
}
