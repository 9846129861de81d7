package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceMap;
import org.clausediff.text.SourceText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Source locations point at the right place in the fixture, checked against an independent reading
 * of it: the PDF's page and line against poppler's pdftotext output (made with the fixtures), a
 * .docx paragraph against POI's XWPF object model, a .doc paragraph against the .docx LibreOffice
 * made from the same source, an HTML element path against jsoup's selection in the original page, a
 * Markdown line and column against the file's lines.
 */
class SourceLocationsTest {

  static Stream<String> seeds() {
    return TestData.SEEDS.stream().map(s -> s.substring(0, s.length() - ".txt".length()));
  }

  /** Each run of the map with its text: up to the next run, without line breaks. */
  private static Map<SourceMap.Run, String> runs(SourceText text) {
    Map<SourceMap.Run, String> runs = new LinkedHashMap<>();
    List<SourceMap.Run> list = text.sourceMap().runs();
    for (int i = 0; i < list.size(); i++) {
      int start = list.get(i).start();
      int end = i + 1 < list.size() ? list.get(i + 1).start() : text.length();
      runs.put(list.get(i), text.substring(start, end));
    }
    return runs;
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  @ParameterizedTest(name = "{0}.pdf")
  @MethodSource("seeds")
  void pdfPageAndLineAreWherePdftotextFindsTheLine(String seed) throws IOException {
    SourceText text = DocumentReader.defaults().read(TestData.path("formats/" + seed + ".pdf"));
    String poppler =
        Files.readString(
            TestData.path("formats/" + seed + ".pdf.pdftotext.txt"), StandardCharsets.UTF_8);
    List<List<String>> pages = new ArrayList<>();
    for (String page : poppler.split("\f", -1)) {
      List<String> lines = new ArrayList<>();
      for (String line : page.split("\n", -1)) {
        if (!line.isBlank()) {
          lines.add(squeeze(line));
        }
      }
      pages.add(lines);
    }
    int checked = 0;
    for (Map.Entry<SourceMap.Run, String> run : runs(text).entrySet()) {
      SourceLocation.Page at = (SourceLocation.Page) run.getKey().location();
      String line = squeeze(run.getValue());
      if (line.isEmpty()) {
        continue;
      }
      String start =
          line.substring(
              0, line.offsetByCodePoints(0, Math.min(6, line.codePointCount(0, line.length()))));
      assertThat(pages.get(at.page() - 1))
          .as("%s line %s of page %s", seed, at.line(), at.page())
          .hasSizeGreaterThanOrEqualTo(at.line());
      assertThat(pages.get(at.page() - 1).get(at.line() - 1))
          .as("%s: %s at %s", seed, start, at)
          .startsWith(start);
      checked++;
    }
    assertThat(checked).isGreaterThan(50);
  }

  /** The paragraphs of a .docx as POI's object model lists them, table cells included. */
  private static List<String> poiParagraphs(Path docx) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph) {
          paragraphs.add(((XWPFParagraph) element).getText());
        } else if (element instanceof XWPFTable) {
          for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              for (XWPFParagraph p : cell.getParagraphs()) {
                paragraphs.add(p.getText());
              }
            }
          }
        }
      }
    }
    return paragraphs;
  }

  /** The extracted text of each paragraph number, runs of one paragraph joined. */
  private static Map<Integer, String> byParagraph(SourceText text) {
    Map<Integer, String> paragraphs = new LinkedHashMap<>();
    for (Map.Entry<SourceMap.Run, String> run : runs(text).entrySet()) {
      SourceLocation location = run.getKey().location();
      if (location instanceof SourceLocation.Paragraph) {
        paragraphs.merge(
            ((SourceLocation.Paragraph) location).paragraph(), run.getValue(), String::concat);
      }
    }
    return paragraphs;
  }

  @ParameterizedTest(name = "{0}.docx")
  @MethodSource("seeds")
  void docxParagraphIsPoisParagraphOfThatNumber(String seed) throws IOException {
    Path docx = TestData.path("formats/" + seed + ".docx");
    List<String> poi = poiParagraphs(docx);
    Map<Integer, String> extracted = byParagraph(DocumentReader.defaults().read(docx));
    assertThat(extracted).isNotEmpty();
    for (Map.Entry<Integer, String> p : extracted.entrySet()) {
      String expected = squeeze(poi.get(p.getKey() - 1));
      // the extraction adds the rendered list label before POI's run text
      assertThat(squeeze(p.getValue())).as("%s ¶ %s", seed, p.getKey()).endsWith(expected);
    }
  }

  @Test
  void docxTableCellsAreWherePoiFindsThem() throws IOException {
    Path docx = TestData.path("formats/law-articles.docx");
    SourceText text = DocumentReader.defaults().read(docx);
    int at = text.text().indexOf("复核");
    SourceLocation.Paragraph location =
        (SourceLocation.Paragraph) text.sourceMap().location(text.codePointOffset(at));
    assertThat(location.cell()).contains(new SourceLocation.Cell(1, 3, 2));
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getTables().get(0).getRow(2).getCell(1).getText()).isEqualTo("复核");
    }
    assertThat(poiParagraphs(docx).get(location.paragraph() - 1)).isEqualTo("复核");
  }

  @ParameterizedTest(name = "{0}.doc")
  @MethodSource("seeds")
  void docParagraphIsTheSameParagraphAsInTheDocx(String seed) throws IOException {
    Map<Integer, String> doc =
        byParagraph(DocumentReader.defaults().read(TestData.path("formats/" + seed + ".doc")));
    Map<Integer, String> docx =
        byParagraph(DocumentReader.defaults().read(TestData.path("formats/" + seed + ".docx")));
    assertThat(doc.keySet()).containsExactlyElementsOf(docx.keySet());
    for (int p : doc.keySet()) {
      assertThat(squeeze(doc.get(p))).as("%s ¶ %s", seed, p).isEqualTo(squeeze(docx.get(p)));
    }
  }

  @Test
  void htmlElementPathSelectsTheElementThatHoldsTheText() throws IOException {
    Path html = TestData.path("formats/henan-2017-new-growth-drivers.html");
    SourceText text = DocumentReader.defaults().read(html);
    Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
    int checked = 0;
    for (Map.Entry<SourceMap.Run, String> run : runs(text).entrySet()) {
      String path = ((SourceLocation.Element) run.getKey().location()).path();
      String chunk = run.getValue().strip();
      if (chunk.isEmpty()) {
        continue;
      }
      Elements selected = page.select(path);
      assertThat(selected).as(path).hasSize(1);
      assertThat(selected.first().text()).as(path).contains(chunk);
      checked++;
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void markdownLineAndColumnAreThoseOfTheMdFile() throws IOException {
    Path md = TestData.path("formats/law-articles.md");
    List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
    SourceText text = DocumentReader.defaults().read(md);
    for (int offset = 0; offset < text.length(); offset++) {
      int cp = text.codePointAt(offset);
      SourceLocation.Line at = (SourceLocation.Line) text.sourceMap().location(offset);
      String line = lines.get(at.line() - 1);
      if (cp == '\n') {
        assertThat(at.column()).isEqualTo(line.codePointCount(0, line.length()) + 1);
      } else {
        int index = line.offsetByCodePoints(0, at.column() - 1);
        assertThat(line.codePointAt(index)).as("offset %s at %s", offset, at).isEqualTo(cp);
      }
    }
  }
}
