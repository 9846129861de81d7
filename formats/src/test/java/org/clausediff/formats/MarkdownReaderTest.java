package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clausediff.ClauseDiff;
import org.clausediff.segment.Document;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  private static SourceText read(String name, String markdown) {
    return DocumentReader.defaults().read(name, markdown.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void turnsLawRefBookHeadingsIntoChaptersAndArticlesTheSegmenterFinds() throws IOException {
    SourceText text = DocumentReader.defaults().read(TestData.path("formats/law-articles.md"));
    assertThat(text.format()).isEqualTo(SourceFormat.MARKDOWN);
    assertThat(text.text())
        .startsWith("示范条例\n")
        .contains("\n第一章 总则\n")
        .contains("\n第一节 申请与受理\n")
        .doesNotContain("#")
        .doesNotContain("INFO END")
        .contains("根据《中华人民共和国行政许可法》，制定本条例。")
        .contains("应当遵循公开、公平、公正和便民的原则，按照标准文本办理。");
    Document doc = ClauseDiff.create().segment(text).document();
    assertThat(doc.units(UnitKind.SECTION).stream().map(u -> u.label()))
        .containsExactly("第一章", "第二章");
  }

  @Test
  void readsTheSameTextAsTheDocxOfTheSameLaw() throws IOException {
    // The .docx adds what Markdown has no way to say: notes, their marks and the table.
    SourceText md = DocumentReader.defaults().read(TestData.path("formats/law-articles.md"));
    SourceText docx = DocumentReader.defaults().read(TestData.path("formats/law-articles.docx"));
    String body = docx.text().substring(0, docx.text().indexOf("\n\n附表")).replace("[1][i]", "");
    assertThat(md.text().replaceAll("\n+", "\n").strip())
        .isEqualTo(body.replaceAll("\n+", "\n").strip());
  }

  @Test
  void stripsInlineSyntaxAndKeepsEachCharactersLineAndColumn() {
    SourceText text =
        read(
            "t.md",
            "## 第一条 *重点* 与 **要点**\n"
                + "见[附件](a.html)、![图](b.png)和 `代码*不变*` 及 \\*星号\\*。\n"
                + "- 列表项\n"
                + "1. 编号保留\n"
                + "> 引用\n");
    assertThat(text.text()).isEqualTo("第一条 重点 与 要点\n见附件、图和 代码*不变* 及 *星号*。\n列表项\n1. 编号保留\n引用\n");
    assertThat(text.sourceMap().location(0)).isEqualTo(new SourceLocation.Line(1, 4));
    int heavy = text.text().indexOf("要点");
    assertThat(text.sourceMap().location(heavy)).isEqualTo(new SourceLocation.Line(1, 17));
    int attachment = text.text().indexOf("附件");
    assertThat(text.sourceMap().location(attachment)).isEqualTo(new SourceLocation.Line(2, 3));
    assertThat(text.sourceMap().location(text.text().indexOf("列表项")))
        .isEqualTo(new SourceLocation.Line(3, 3));
  }

  @Test
  void dropsFencesRulesCommentsAndReferenceDefinitionsButKeepsCode() {
    SourceText text =
        read(
            "t.md",
            "标题\n===\n\n```\n# 不是标题\n```\n---\n<!-- 注释 -->\n[ref]: https://example.org\n正文\n");
    assertThat(text.text()).isEqualTo("标题\n\n# 不是标题\n正文\n");
    assertThat(List.of(text.sourceMap().location(text.text().indexOf("正文"))))
        .containsExactly(new SourceLocation.Line(10, 1));
  }
}
