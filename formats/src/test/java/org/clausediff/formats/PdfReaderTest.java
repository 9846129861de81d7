package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

/** How the PDF reader joins lines and leaves out running lines, on fixtures LibreOffice made. */
class PdfReaderTest {

  @Test
  void joinsWrappedLatinLinesWithASpaceAndEndsParagraphsAtShortLines() throws IOException {
    Extraction e = DocumentReader.defaults().extract(TestData.path("formats/english-wrapping.pdf"));
    String text = e.text().text();
    assertThat(text)
        .contains(
            "so that applications are received, examined and decided within the time limits set"
                + " out below, and so that every applicant is told the reasons for a refusal in"
                + " writing.\n\nArticle 2. A well-known exception applies")
        .contains("these rules took effect");
    // one page: the header cannot be told from text by repetition, but the page number can
    assertThat(text).startsWith("Sample rules\n\nArticle 1.").doesNotContain("— 1 —");
    assertThat(e.notes()).containsExactly("page number left out: \"— 1 —\" on its only page");
  }

  @Test
  void joinsWrappedChineseLinesWithoutSpacesAndMapsEachToItsPageLine() throws IOException {
    SourceText text =
        DocumentReader.defaults().read(TestData.path("formats/henan-2017-new-growth-drivers.pdf"));
    // "…进一步激发全社会创新创业活力，加" ends line 6 of page 1 and "快我省…" starts line 7
    String joined = "创新创业活力，加快我省经济结构转型";
    int at = text.text().indexOf(joined);
    assertThat(at).isPositive();
    int offset = text.codePointOffset(at);
    assertThat(text.sourceMap().location(offset)).isEqualTo(new SourceLocation.Page(1, 6));
    assertThat(text.sourceMap().location(offset + "创新创业活力，加".length()))
        .isEqualTo(new SourceLocation.Page(1, 7));
  }

  @Test
  void listsRunningHeadersAndPageNumbersInTheNotes() throws IOException {
    Extraction e =
        DocumentReader.defaults()
            .extract(TestData.path("formats/qinghai-2017-new-growth-drivers.pdf"));
    assertThat(e.notes())
        .containsExactlyInAnyOrder(
            "running header or footer left out: \"青海省人民政府关于创新管理优化服务培育壮大经济发展新动能的实施意见\" on 10"
                + " of 10 pages",
            "page number left out: \"— 1 —\" on 10 of 10 pages");
    assertThat(e.text().text()).doesNotContain("— 3 —");
  }
}
