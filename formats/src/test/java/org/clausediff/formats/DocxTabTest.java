package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/**
 * A tab inside a paragraph of a .docx ({@code <w:tab/>}, an element of its own) is read as a tab,
 * and the runs after it stay in the paragraph: the reader once lost them (it took the tab's end tag
 * for the end of the run around it).
 */
class DocxTabTest {
  @Test
  void theRunsAfterATabStayInTheParagraph() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFParagraph first = document.createParagraph();
      XWPFRun run = first.createRun();
      run.setText("第一条");
      run.addTab();
      first.createRun().setText("为了规范管理，制定本办法。");
      XWPFParagraph second = document.createParagraph();
      second.createRun().addTab();
      second.createRun().setText("第二条");
      document.write(bytes);
    }

    assertThat(DocumentReader.defaults().read("tab.docx", bytes.toByteArray()).text())
        .isEqualTo("第一条\t为了规范管理，制定本办法。\n\n\t第二条\n");
  }
}
