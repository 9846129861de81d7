package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausediff.ClauseDiffException;
import org.clausediff.LimitExceededException;
import org.clausediff.formats.UnreadableDocumentException.Reason;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus of testdata/formats/bad/ (made by scripts/make-format-bad-inputs.sh from
 * real files): each file gives a typed exception with one plain sentence, or is read as the README
 * says. A file without a test here, or a test without its file, fails.
 */
class BadFormatsTest {
  private static final Set<String> CASES =
      Set.of(
          "encrypted.pdf",
          "encrypted.docx",
          "scanned-12-pages.pdf",
          "truncated.pdf",
          "truncated.docx",
          "corrupt-entry.docx",
          "zip-bomb.docx",
          "macros.docm",
          "html-renamed.docx",
          "huge-image.docx",
          "opendocument-renamed.docx");

  private static Path bad(String name) {
    return TestData.path("formats/bad/" + name);
  }

  private static <T extends ClauseDiffException> T refused(
      Class<T> type, String file, ReadOptions options) {
    Path path = bad(file);
    T e = assertThrows(type, () -> DocumentReader.of(options).read(path));
    assertThat(e.documentName()).isEqualTo(path.toString());
    assertThat(e.getMessage()).startsWith(path + ": ").doesNotContain("\n");
    // the same from bytes, as for standard input
    T fromBytes =
        assertThrows(type, () -> DocumentReader.of(options).read(file, Files.readAllBytes(path)));
    assertThat(fromBytes.getMessage())
        .isEqualTo(file + e.getMessage().substring(path.toString().length()));
    if (e instanceof UnreadableDocumentException) {
      assertThat(((UnreadableDocumentException) fromBytes).reason())
          .isEqualTo(((UnreadableDocumentException) e).reason());
    }
    return e;
  }

  private static UnreadableDocumentException unreadable(String file) {
    return refused(UnreadableDocumentException.class, file, ReadOptions.defaults());
  }

  @Test
  void everyFileHasACaseAndEveryCaseAFile() throws IOException {
    try (Stream<Path> files = Files.list(TestData.path("formats/bad"))) {
      Set<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("README.md"))
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(names).containsExactlyInAnyOrderElementsOf(CASES);
    }
    String readme =
        Files.readString(TestData.path("formats/bad/README.md"), StandardCharsets.UTF_8);
    for (String name : CASES) {
      assertThat(readme).as("README row for %s", name).contains("`" + name + "`");
    }
  }

  @Test
  void refusesAPasswordProtectedPdf() {
    UnreadableDocumentException e = unreadable("encrypted.pdf");
    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e.getMessage())
        .endsWith(
            "encrypted.pdf: is encrypted with a password: save it without the password and read"
                + " it again");
  }

  @Test
  void refusesAPasswordProtectedDocx() {
    UnreadableDocumentException e = unreadable("encrypted.docx");
    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e.getMessage()).contains("is encrypted with a password");
    // also when it is said to be a .docx
    UnreadableDocumentException forced =
        refused(
            UnreadableDocumentException.class,
            "encrypted.docx",
            ReadOptions.defaults().withFormat(InputFormat.DOCX));
    assertThat(forced.reason()).isEqualTo(Reason.ENCRYPTED);
  }

  @Test
  void refusesAScannedPdfWithoutTextLayer() {
    UnreadableDocumentException e = unreadable("scanned-12-pages.pdf");
    assertThat(e.reason()).isEqualTo(Reason.NO_TEXT_LAYER);
    assertThat(e.getMessage())
        .endsWith("scanned-12-pages.pdf: no text layer on any of its 12 pages: run OCR first");
  }

  @Test
  void refusesATruncatedPdf() {
    UnreadableDocumentException e = unreadable("truncated.pdf");
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage()).endsWith("is a truncated PDF (it does not end with %%EOF)");
  }

  @Test
  void refusesATruncatedDocx() {
    UnreadableDocumentException e = unreadable("truncated.docx");
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage()).contains("is a damaged or truncated ZIP archive");
  }

  @Test
  void refusesADocxWithADamagedEntry() {
    UnreadableDocumentException e = unreadable("corrupt-entry.docx");
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage()).contains("is a damaged Word document");
  }

  @Test
  void refusesAZipBombByEntrySize() {
    LimitExceededException e =
        refused(LimitExceededException.class, "zip-bomb.docx", ReadOptions.defaults());
    assertThat(e.limitName()).isEqualTo("maxInputBytes");
    assertThat(e.actual()).isEqualTo(1L << 30);
    assertThat(e.getMessage())
        .endsWith(
            "its ZIP entry word/media/bomb.bin expands to 1073741824 bytes, over the input limit"
                + " of 268435456 bytes");
  }

  @Test
  void refusesAZipBombByExpansionRatio() {
    LimitExceededException e =
        refused(
            LimitExceededException.class,
            "zip-bomb.docx",
            ReadOptions.defaults().withMaxInputBytes(4L << 30));
    assertThat(e.limitName()).isEqualTo("maxExpansionRatio");
    assertThat(e.limit()).isEqualTo(100);
    assertThat(e.actual()).isGreaterThan(100);
    assertThat(e.getMessage()).contains("word/media/bomb.bin expands").contains("ZIP bomb");
  }

  @Test
  void ignoresMacros() throws IOException {
    Extraction macros = DocumentReader.defaults().extract(bad("macros.docm"));
    SourceText plain =
        DocumentReader.defaults()
            .read(TestData.path("formats/qinghai-2018-county-innovation.docx"));
    assertThat(macros.format()).isEqualTo(InputFormat.DOCX);
    assertThat(macros.text().text()).isEqualTo(plain.text());
    assertThat(macros.text().sourceMap()).isEqualTo(plain.sourceMap());
  }

  @Test
  void readsAnHtmlPageNamedDocxAsHtml() throws IOException {
    Extraction e = DocumentReader.defaults().extract(bad("html-renamed.docx"));
    assertThat(e.format()).isEqualTo(InputFormat.HTML);
    assertThat(e.text().format()).isEqualTo(SourceFormat.HTML);
    assertThat(e.notes())
        .first()
        .isEqualTo("read as HTML: the file is named .docx but its content is an HTML page");
    assertThat(e.text().text())
        .isEqualTo(
            DocumentReader.defaults()
                .read(TestData.path("formats/henan-2017-new-growth-drivers.html"))
                .text());
  }

  @Test
  void refusesAnHtmlPageWhenToldItIsADocx() {
    UnreadableDocumentException e =
        refused(
            UnreadableDocumentException.class,
            "html-renamed.docx",
            ReadOptions.defaults().withFormat(InputFormat.DOCX));
    assertThat(e.reason()).isEqualTo(Reason.WRONG_FORMAT);
    assertThat(e.getMessage())
        .endsWith("is not a Word .docx file (its content looks like an HTML page)");
  }

  @Test
  void skipsAHugeImageWithoutDecodingIt() throws IOException {
    Extraction e = DocumentReader.defaults().extract(bad("huge-image.docx"));
    // The paragraph that holds only the image is empty: it adds no line, but keeps its number.
    assertThat(e.text().text()).isEqualTo("第一条 图片之前的条文。\n\n第二条 图片之后的条文。\n");
    assertThat(e.text().sourceMap().location(e.text().text().indexOf("第二条")))
        .isEqualTo(org.clausediff.text.SourceLocation.Paragraph.of(3));
    assertThat(e.notes()).containsExactly("1 text boxes or drawings left out");
  }

  @Test
  void refusesAnOpenDocumentFileNamedDocx() {
    UnreadableDocumentException e = unreadable("opendocument-renamed.docx");
    assertThat(e.reason()).isEqualTo(Reason.WRONG_FORMAT);
    assertThat(e.getMessage())
        .endsWith("is a ZIP archive without word/document.xml, not a Word document");
  }

  @Test
  void refusesTextWhenToldItIsAPdf() {
    UnreadableDocumentException e =
        assertThrows(
            UnreadableDocumentException.class,
            () ->
                DocumentReader.of(ReadOptions.defaults().withFormat(InputFormat.PDF))
                    .read("notes.txt", "一、总则".getBytes(StandardCharsets.UTF_8)));
    assertThat(e.reason()).isEqualTo(Reason.WRONG_FORMAT);
    assertThat(e.getMessage())
        .isEqualTo("notes.txt: is not a PDF file (its content looks like plain text)");
  }

  @Test
  void refusesAnEmptyFileWhenToldItIsADocx() {
    UnreadableDocumentException e =
        assertThrows(
            UnreadableDocumentException.class,
            () ->
                DocumentReader.of(ReadOptions.defaults().withFormat(InputFormat.DOCX))
                    .read("empty.docx", new byte[0]));
    assertThat(e.getMessage())
        .isEqualTo("empty.docx: is not a Word .docx file (its content looks like an empty file)");
  }

  @Test
  void refusesAFileLargerThanTheLimit() {
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () ->
                DocumentReader.of(ReadOptions.defaults().withMaxInputBytes(100))
                    .read(TestData.path("formats/law-articles.docx")));
    assertThat(e.limitName()).isEqualTo("maxInputBytes");
    assertThat(e.getMessage()).endsWith("longer than the input limit of 100 bytes");
  }

  @Test
  void refusesADocxEntryLargerThanTheLimit() {
    // document.xml is larger than the text it holds, so for a .docx the entry check comes first
    Path docx = TestData.path("formats/henan-2017-new-growth-drivers.docx");
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () -> DocumentReader.of(ReadOptions.defaults().withMaxInputBytes(30_000)).read(docx));
    assertThat(e.getMessage())
        .endsWith(
            "its ZIP entry word/document.xml expands to 50055 bytes, over the input limit of"
                + " 30000 bytes");
  }
}
