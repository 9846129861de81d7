package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "formats/henan-2017-new-growth-drivers.docx, DOCX",
    "formats/henan-2017-new-growth-drivers.doc, DOC",
    "formats/henan-2017-new-growth-drivers.pdf, PDF",
    "formats/henan-2017-new-growth-drivers.html, HTML",
    "formats/law-articles.md, MARKDOWN",
    "henan-2017-new-growth-drivers.txt, TEXT",
    "formats/bad/html-renamed.docx, HTML",
    "formats/bad/encrypted.docx, DOC",
    "bad/html-and-script.html, HTML"
  })
  void detectsTheFormatFromTheContent(String file, InputFormat expected) throws IOException {
    byte[] bytes = Files.readAllBytes(TestData.path(file));
    // the name says nothing: only Markdown needs it
    String name = expected == InputFormat.MARKDOWN ? "x.md" : "x.bin";
    assertThat(DocumentReader.detect(bytes, name)).isEqualTo(expected);
  }

  @Test
  void findsAPdfHeaderAfterJunkAndHtmlAfterCommentsAndABom() {
    assertThat(DocumentReader.detect("\r\n\r\n%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "a"))
        .isEqualTo(InputFormat.PDF);
    assertThat(
            DocumentReader.detect(
                "\uFEFF<!-- x -->\n<!DOCTYPE html>".getBytes(StandardCharsets.UTF_8), "a.txt"))
        .isEqualTo(InputFormat.HTML);
    assertThat(DocumentReader.detect("一、总则 <p>".getBytes(StandardCharsets.UTF_8), "a.txt"))
        .isEqualTo(InputFormat.TEXT);
  }

  @Test
  void parsesFormatNamesAndListsTheAcceptedOnes() {
    assertThat(InputFormat.parse("DOCX")).isEqualTo(InputFormat.DOCX);
    assertThat(InputFormat.parse("md")).isEqualTo(InputFormat.MARKDOWN);
    assertThat(InputFormat.parse("htm")).isEqualTo(InputFormat.HTML);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("rtf"));
    assertThat(e.getMessage())
        .isEqualTo(
            "unknown input format 'rtf'; expected one of text, markdown, html, docx, doc, pdf");
  }
}
