package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.clausediff.formats.UnreadableDocumentException.Reason;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static Extraction read(String html, ReadOptions options) {
    return DocumentReader.of(options).extract("page.html", html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void dropsThePageFurnitureOfAGovCnArticlePage() throws IOException {
    Extraction page =
        DocumentReader.defaults()
            .extract(TestData.path("formats/henan-2017-new-growth-drivers.html"));
    String text = page.text().text();
    assertThat(page.notes()).containsExactly("main content: #zoom");
    assertThat(text).startsWith("各省辖市、省直管县（市）人民政府，省人民政府各部门：\n\n");
    for (String furniture :
        new String[] {
          "首页", "当前位置", "相关文件", "分享到", "微信", "打印本页", "网站标识码", "豫ICP备", "_hmt", "font-family", "发布时间"
        }) {
      assertThat(text).as(furniture).doesNotContain(furniture);
    }
  }

  @Test
  void takesTheContentFromTheSelectorWhenOneIsGiven() throws IOException {
    Extraction page =
        DocumentReader.of(ReadOptions.defaults().withContentSelector("h1, #zoom > p:nth-child(1)"))
            .extract(TestData.path("formats/henan-2017-new-growth-drivers.html"));
    assertThat(page.text().text())
        .isEqualTo("河南省人民政府关于创新管理优化服务培育壮大经济发展新动能的实施意见\n" + "各省辖市、省直管县（市）人民政府，省人民政府各部门：\n");
  }

  @Test
  void refusesASelectorThatMatchesNothing() {
    UnreadableDocumentException e =
        assertThrows(
            UnreadableDocumentException.class,
            () ->
                read(
                    "<html><body><p>正文</p></body></html>",
                    ReadOptions.defaults().withContentSelector("#content")));
    assertThat(e.reason()).isEqualTo(Reason.NO_CONTENT);
    assertThat(e.getMessage()).isEqualTo("page.html: no element of the page matches #content");
  }

  @Test
  void refusesASelectorThatIsNotCssWhenTheOptionsAreBuilt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReadOptions.defaults().withContentSelector("div[class="));

    assertThat(e).hasMessageStartingWith("'div[class=' is not a CSS selector");
    assertThat(ReadOptions.defaults().withContentSelector("#zoom > p").contentSelector())
        .contains("#zoom > p");
  }

  @Test
  void makesBlocksParagraphsAndLineBreaksLinesAndCollapsesWhiteSpace() {
    SourceText text =
        read(
                "<!DOCTYPE html><html><body><div id=a><p>一、  总则\n  <b>第一条</b></p>"
                    + "<p>甲<br>乙</p><table><tr><td>名称</td><td>期限</td></tr>"
                    + "<tr><td>登记</td><td>十日</td></tr></table></div></body></html>",
                ReadOptions.defaults())
            .text();
    assertThat(text.text()).isEqualTo("一、 总则 第一条\n\n甲\n乙\n\n名称\t期限\n登记\t十日\n");
    assertThat(text.sourceMap().location(text.text().indexOf("第一条")))
        .isEqualTo(new SourceLocation.Element("#a > p:nth-child(1) > b"));
  }

  @Test
  void detectsHtmlByItsMarkupWhateverTheName() {
    Extraction e =
        DocumentReader.defaults()
            .extract(
                "notice.txt",
                "  <!-- saved --><html><body><p>正文</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(e.format()).isEqualTo(InputFormat.HTML);
    assertThat(e.text().text()).isEqualTo("正文\n");
  }
}
