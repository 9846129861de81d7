package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausediff.ClauseDiff;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceLocation.NoteKind;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

/** What the .docx reader renders and leaves out, on fixtures LibreOffice made. */
class DocxReaderTest {

  private static Extraction extract(String fixture) throws IOException {
    return DocumentReader.defaults().extract(TestData.path("formats/" + fixture));
  }

  private static List<String> lines(SourceText text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.text().split("\n", -1)) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static List<String> labels(SourceText text, Pattern label) {
    List<String> found = new ArrayList<>();
    for (String line : lines(text)) {
      Matcher m = label.matcher(line);
      if (m.lookingAt()) {
        found.add(m.group());
      }
    }
    return found;
  }

  @Test
  void rendersTwoLevelChineseNumberingThatRestartsUnderEachSection() throws IOException {
    // Henan 2017: 一、 and （一） are one Word list (numbering.xml, taiwaneseCountingThousand,
    // lvlText "%1、" and "（%2）"), none of it in the run text.
    SourceText text = extract("henan-2017-new-growth-drivers.docx").text();
    assertThat(labels(text, Pattern.compile("[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）")))
        .containsExactly(
            "一、", "（一）", "（二）", "二、", "（一）", "（二）", "（三）", "三、", "（一）", "（二）", "（三）", "（四）", "（五）",
            "四、", "（一）", "（二）", "（三）", "五、", "（一）", "（二）", "（三）", "六、", "（一）", "（二）", "（三）", "（四）",
            "（五）", "七、", "（一）", "（二）", "（三）", "八、", "（一）", "（二）", "（三）");
    // and the segmenter sees the structure
    Document doc = ClauseDiff.create().segment(text).document();
    assertThat(doc.units(UnitKind.SECTION)).hasSize(8);
    assertThat(doc.units(UnitKind.ITEM)).hasSize(27);
    assertThat(lines(text)).contains("一、总体要求", "（一）指导思想。");
  }

  @Test
  void rendersItemsThatCountOnAcrossSections() throws IOException {
    // Qinghai 2018 county: sections and items are two lists; items never restart.
    SourceText text = extract("qinghai-2018-county-innovation.docx").text();
    assertThat(labels(text, Pattern.compile("（[一二三四五六七八九十]+）")))
        .containsExactly(
            "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）", "（十一）", "（十二）");
    assertThat(labels(text, Pattern.compile("[一二三]、"))).containsExactly("一、", "二、", "三、");
  }

  @Test
  void rendersArticleNumberingWithItsLabelText() throws IOException {
    // law-articles: lvlText "第%1条" and "第%1章", followed by a space (w:suff="space")
    SourceText text = extract("law-articles.docx").text();
    assertThat(labels(text, Pattern.compile("第[一二三四五六七八九十]+条 ")))
        .containsExactly("第一条 ", "第二条 ", "第三条 ", "第四条 ", "第五条 ", "第六条 ", "第七条 ");
    assertThat(lines(text)).contains("第一章 总则", "第二章 办理程序");
    Document doc = ClauseDiff.create().segment(text).document();
    List<String> articles = new ArrayList<>();
    for (Unit unit : doc.structuralUnits()) {
      unit.heading().ifPresent(h -> articles.add(unit.label()));
    }
    assertThat(articles).contains("第一章", "第一条", "第七条");
  }

  @Test
  void readsTrackedChangesAsTheCurrentTextAndListsTheDeletions() throws IOException {
    Extraction law = extract("law-articles.docx");
    assertThat(law.text().text()).contains("第四条 申请人应当在事项发生之日起两年内提出申请").doesNotContain("一年");
    assertThat(law.notes()).containsExactly("tracked deletion in ¶ 9 left out: 一年");
  }

  @Test
  void putsNotesAfterTheBodyMarkedAndMapsThemToTheirNumber() throws IOException {
    SourceText text = extract("law-articles.docx").text();
    String s = text.text();
    assertThat(s).contains("按照标准文本办理。[1][i]");
    int footnote = s.indexOf("[1] 本条所称标准文本，是指经批准发布的文本。");
    int endnote = s.indexOf("[i] 参见本办法附表。");
    assertThat(footnote).isGreaterThan(s.indexOf("第七条"));
    assertThat(endnote).isGreaterThan(footnote);
    assertThat(text.sourceMap().location(text.codePointOffset(footnote)))
        .isEqualTo(new SourceLocation.Note(NoteKind.FOOTNOTE, 1));
    assertThat(text.sourceMap().location(text.codePointOffset(endnote)))
        .isEqualTo(new SourceLocation.Note(NoteKind.ENDNOTE, 1));
  }

  @Test
  void readsTablesRowByRow() throws IOException {
    SourceText text = extract("law-articles.docx").text();
    assertThat(text.text()).contains("序号\t事项\t期限\n1\t登记\t十个工作日\n2\t复核\t五个工作日\n");
  }

  @Test
  void leavesOutHeadersAndFooters() throws IOException {
    // every seed .docx has the document title as its header and "— N —" as its footer
    SourceText text = extract("henan-2017-new-growth-drivers.docx").text();
    assertThat(text.text()).doesNotContain("河南省人民政府关于创新管理优化服务培育壮大经济发展新动能的实施意见").doesNotContain("—");
  }

  @Test
  void readsTheSameFromBytesAsFromAFile() throws IOException {
    SourceText fromFile = extract("law-articles.docx").text();
    SourceText fromBytes =
        DocumentReader.defaults()
            .read(
                "law-articles.docx",
                java.nio.file.Files.readAllBytes(TestData.path("formats/law-articles.docx")));
    assertThat(fromBytes.text()).isEqualTo(fromFile.text());
    assertThat(fromBytes.sourceMap()).isEqualTo(fromFile.sourceMap());
    assertThat(fromBytes.name()).isEqualTo("law-articles.docx");
  }
}
