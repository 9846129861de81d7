package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class DocReaderTest {

  @Test
  void rendersTheListNumbersHwpfExposes() throws IOException {
    // Henan 2017's 一、/（一） are Word list numbering in the .doc too (LibreOffice's export)
    SourceText doc =
        DocumentReader.defaults().read(TestData.path("formats/henan-2017-new-growth-drivers.doc"));
    SourceText docx =
        DocumentReader.defaults().read(TestData.path("formats/henan-2017-new-growth-drivers.docx"));
    assertThat(doc.format()).isEqualTo(SourceFormat.DOC);
    assertThat(doc.text()).contains("\n一、总体要求\n", "\n（一）指导思想。\n", "\n八、");
    assertThat(doc.text()).isEqualTo(docx.text());
  }

  @Test
  void leavesOutHeadersAndFooters() throws IOException {
    SourceText doc =
        DocumentReader.defaults().read(TestData.path("formats/qinghai-2018-mass-innovation.doc"));
    assertThat(doc.text()).doesNotContain("青海省人民政府关于推动创新创业高质量发展的实施意见").doesNotContain("—");
  }

  @Test
  void readsTrackedChangesAsTheCurrentTextAndListsTheDeletions() throws IOException {
    // LibreOffice's .doc of the law text: 一年 deleted and 两年 inserted, tracked
    Extraction doc = DocumentReader.defaults().extract(TestData.path("formats/law-articles.doc"));
    assertThat(doc.text().text()).contains("申请人应当在事项发生之日起两年内提出申请").doesNotContain("一年");
    assertThat(doc.notes()).containsExactly("tracked deletion in ¶ 9 left out: 一年");
  }

  @Test
  void readsTheLawTextAsTheDocxDoes() throws IOException {
    SourceText doc = DocumentReader.defaults().read(TestData.path("formats/law-articles.doc"));
    SourceText docx = DocumentReader.defaults().read(TestData.path("formats/law-articles.docx"));
    assertThat(doc.text()).isEqualTo(docx.text());
  }
}
