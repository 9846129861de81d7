package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clausediff.formats.DocumentReader;
import org.clausediff.robustness.BadInputs;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Word, PDF, HTML and Markdown inputs on the command line: read by the formats module, detected by
 * content or named by {@code --input-format}, with their source locations in the reports; {@code
 * segment --extract}; {@code --select}; {@code --encoding} only where it applies. The locations are
 * checked against the fixtures as other tools read them: poppler's {@code pdftotext} pages for the
 * PDF, the paragraphs of the .docx's {@code word/document.xml} for Word.
 */
class InputFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private static Path fixture(String name) {
    return TestData.path("formats/" + name);
  }

  private static String path(String name) {
    return fixture(name).toString();
  }

  @Test
  void comparesAWordDocumentWithAPdfAndSaysWhereEachSideComesFrom() throws IOException {
    String docx = path("qinghai-2017-new-growth-drivers.docx");
    String pdf = path("henan-2017-new-growth-drivers.pdf");

    CliRun run = CliRun.of("compare", docx, pdf, "--format", "json");

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isEqualTo(1);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("left").get("format").asText()).isEqualTo("docx");
    assertThat(json.get("right").get("format").asText()).isEqualTo("pdf");
    SourceText left =
        DocumentReader.defaults().read(fixture("qinghai-2017-new-growth-drivers.docx"));
    SourceText right = DocumentReader.defaults().read(fixture("henan-2017-new-growth-drivers.pdf"));
    assertThat(json.get("left").get("length").asInt()).isEqualTo(left.length());
    int sides = 0;
    for (JsonNode alignment : json.get("alignments")) {
      for (JsonNode side : alignment.get("left")) {
        assertSourceOf(side, left);
        assertThat(side.get("source").has("paragraph")).isTrue();
        sides++;
      }
      for (JsonNode side : alignment.get("right")) {
        assertSourceOf(side, right);
        assertThat(side.get("source").has("page")).isTrue();
        sides++;
      }
    }
    for (JsonNode unit : json.get("deleted")) {
      assertSourceOf(unit, left);
    }
    for (JsonNode unit : json.get("added")) {
      assertSourceOf(unit, right);
    }
    assertThat(sides).isGreaterThan(100);
  }

  @Test
  void comparesPlainTextExactlyAsBeforeWithoutSourceFields() throws IOException {
    String qinghai = TestData.path(TestData.QINGHAI_2017).toString();
    String henan = TestData.path(TestData.HENAN_2017).toString();

    CliRun run = CliRun.of("compare", qinghai, henan, "--format", "json");

    assertThat(run.out()).doesNotContain("\"source\"").doesNotContain("\"format\"");
    assertThat(CliRun.of("compare", qinghai, henan).out())
        .containsPattern(" at \\d+:\\d+, left \\d+:\\d+")
        .doesNotContain("p. ")
        .doesNotContain("¶");
  }

  /** Each section heading of the Henan PDF lies on the page pdftotext shows it on. */
  @Test
  void pdfSectionsPointAtThePagePdftotextShowsThemOn() throws IOException {
    String pdf = path("henan-2017-new-growth-drivers.pdf");
    String[] pages =
        Files.readString(
                fixture("henan-2017-new-growth-drivers.pdf.pdftotext.txt"), StandardCharsets.UTF_8)
            .split("\f", -1);

    CliRun run = CliRun.of("segment", pdf, "--format", "json", "--level", "item");

    assertThat(run.err()).isEmpty();
    List<JsonNode> sections = units(JSON.readTree(run.out()), "section");
    assertThat(sections).hasSize(8);
    for (JsonNode section : sections) {
      String heading = squeeze(section.get("label").asText() + section.get("title").asText());
      int page = section.get("source").get("page").asInt();
      assertThat(squeeze(pages[page - 1])).as("page %s holds %s", page, heading).contains(heading);
    }
    assertThat(sections.get(sections.size() - 1).get("source").get("page").asInt())
        .as("the last section is not on the first page")
        .isGreaterThan(1);
  }

  /** Each section of a .docx points at the paragraph of word/document.xml that holds its title. */
  @Test
  void wordSectionsPointAtTheParagraphThatHoldsTheirTitle() throws Exception {
    Path docx = fixture("qinghai-2017-new-growth-drivers.docx");
    List<String> paragraphs = wordParagraphs(docx);

    CliRun run = CliRun.of("segment", docx.toString(), "--format", "json", "--level", "item");

    assertThat(run.err()).isEmpty();
    List<JsonNode> sections = units(JSON.readTree(run.out()), "section");
    assertThat(sections).hasSizeGreaterThan(3);
    for (JsonNode section : sections) {
      int paragraph = section.get("source").get("paragraph").asInt();
      assertThat(squeeze(paragraphs.get(paragraph - 1)))
          .as("paragraph %s", paragraph)
          .contains(squeeze(section.get("title").asText()));
    }
  }

  @Test
  void textReportsShowPagesAndParagraphsWhereTheyShowLinesForText() {
    String docx = path("qinghai-2017-new-growth-drivers.docx");
    String pdf = path("henan-2017-new-growth-drivers.pdf");

    CliRun segment = CliRun.of("segment", pdf, "--level", "section");
    CliRun compare = CliRun.of("compare", docx, pdf);

    assertThat(segment.out())
        .startsWith(pdf + ": 11341 code points, extracted from pdf;")
        .contains("\nsection p. 1 一、总体要求\n")
        .containsPattern("\nsection p. [2-9] 八、组织实施\n");
    assertThat(compare.out())
        .containsPattern("MODIFIED 0\\.\\d\\d at p\\. \\d+, left ¶ \\d+")
        .containsPattern("DELETED at ¶ \\d+ of left")
        .doesNotContainPattern(" at \\d+:\\d+");
  }

  @Test
  void htmlReportsShowTheElementAndJsonNamesIt() throws IOException {
    String html = path("henan-2017-new-growth-drivers.html");

    CliRun page = CliRun.of("dups", html, "--format", "html", "--near", "off", "--min-length", "8");
    CliRun json = CliRun.of("segment", html, "--format", "json", "--level", "section");

    assertThat(page.err()).isEmpty();
    assertThat(page.out()).contains("#zoom &gt; p:nth-child(");
    JsonNode first = JSON.readTree(json.out()).get("units").get(0);
    assertThat(first.get("title").asText()).isEqualTo("总体要求");
    assertThat(first.get("source").get("element").asText()).isEqualTo("#zoom > p:nth-child(3)");
  }

  @Test
  void markdownUnitsPointAtTheirLineAndColumnInTheFile() throws IOException {
    Path md = fixture("law-articles.md");
    List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);

    CliRun run = CliRun.of("segment", md.toString(), "--format", "json", "--level", "item");

    assertThat(run.err()).isEmpty();
    List<JsonNode> units = units(JSON.readTree(run.out()), "section");
    units.addAll(units(JSON.readTree(run.out()), "item"));
    assertThat(units).isNotEmpty();
    for (JsonNode unit : units) {
      JsonNode source = unit.get("source");
      String line = lines.get(source.get("line").asInt() - 1);
      int column = source.get("column").asInt();
      String label = unit.get("label").asText();
      assertThat(line.substring(line.offsetByCodePoints(0, column - 1)))
          .as("line %s column %s", source.get("line"), column)
          .startsWith(label);
    }
  }

  @Test
  void extractPrintsTheTextThatWasReadWithoutRunningHeaders() throws IOException {
    Path pdf = fixture("qinghai-2017-new-growth-drivers.pdf");
    String header = "青海省人民政府关于创新管理优化服务培育壮大经济发展新动能的实施意见";
    String pdftotext =
        Files.readString(
            fixture("qinghai-2017-new-growth-drivers.pdf.pdftotext.txt"), StandardCharsets.UTF_8);

    CliRun run = CliRun.of("segment", pdf.toString(), "--extract");

    assertThat(run.status()).isZero();
    // what was left out, on standard error: standard output is the text alone
    assertThat(run.err())
        .isEqualTo(
            "note: page number left out: \"— 1 —\" on 10 of 10 pages\n"
                + "note: running header or footer left out: \""
                + header
                + "\" on 10 of 10 pages\n");
    assertThat(run.out()).isEqualTo(DocumentReader.defaults().read(pdf).text());
    assertThat(pdftotext.split(header, -1)).as("the header on every page").hasSizeGreaterThan(10);
    assertThat(run.out().split(header, -1)).as("the header left out").hasSizeLessThan(3);
    assertThat(run.out()).doesNotContain("— 1 —").contains("（一）");
  }

  @Test
  void extractOfPlainTextIsTheDecodedText() throws IOException {
    Path gb = BadInputs.committed("gb18030.txt");

    CliRun run = CliRun.of("segment", gb.toString(), "--extract");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo(new String(Files.readAllBytes(gb), java.nio.charset.Charset.forName("GB18030")));
  }

  @Test
  void extractNeedsTheTextFormat() {
    CliRun run = CliRun.of("segment", path("law-articles.docx"), "--extract", "--format", "json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()[0])
        .isEqualTo(
            "clausediff: --extract prints the text that was read and needs --format text, not"
                + " --format json");
  }

  @Test
  void readsStandardInputByItsContent() throws IOException {
    byte[] docx = Files.readAllBytes(fixture("law-articles.docx"));

    CliRun run = CliRun.withInput(docx, "segment", "-", "--level", "section");

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("-: 458 code points, extracted from docx;")
        .contains("section ¶ 3 第一章 总则");
  }

  @Test
  void encodingOnAWordOrPdfInputIsAUsageError() throws IOException {
    String docx = path("law-articles.docx");

    CliRun file = CliRun.of("segment", docx, "--encoding", "GBK");
    CliRun stdin =
        CliRun.withInput(
            Files.readAllBytes(fixture("english-wrapping.pdf")),
            "segment",
            "-",
            "--encoding",
            "GBK");

    assertThat(file.status()).isEqualTo(2);
    assertThat(file.out()).isEmpty();
    assertThat(file.errLines()[0])
        .isEqualTo(
            "clausediff: --encoding applies to text, Markdown and HTML inputs only; "
                + docx
                + " is a Word .docx file");
    assertThat(stdin.status()).isEqualTo(2);
    assertThat(stdin.errLines()[0])
        .isEqualTo(
            "clausediff: --encoding applies to text, Markdown and HTML inputs only; standard input"
                + " is a PDF file");
  }

  @Test
  void encodingStillDecodesHtmlAndMarkdown() {
    CliRun run =
        CliRun.of("segment", path("law-articles.md"), "--encoding", "UTF-8", "--level", "section");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("section 7:4 第一章 总则");
  }

  @Test
  void inputFormatOverridesDetection() {
    String md = path("law-articles.md");
    String renamed = path("bad/html-renamed.docx");

    CliRun asText = CliRun.of("segment", md, "--input-format", "text", "--extract");
    CliRun asMarkdown = CliRun.of("segment", md, "--extract");
    CliRun forcedDocx = CliRun.of("segment", renamed, "--input-format", "docx");
    CliRun unknown = CliRun.of("segment", md, "--input-format", "xls");

    assertThat(asText.out()).contains("# 第一章 总则");
    assertThat(asMarkdown.out()).doesNotContain("# 第一章").contains("第一章 总则");
    assertThat(forcedDocx.status()).isEqualTo(2);
    assertThat(forcedDocx.err())
        .isEqualTo(renamed + ": is not a Word .docx file (its content looks like an HTML page)\n");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.errLines()[0])
        .isEqualTo(
            "clausediff: --input-format: unknown input format 'xls'; expected one of text,"
                + " markdown, html, docx, doc, pdf");
  }

  @Test
  void selectNamesTheContentOfAWebPage() {
    String html = path("henan-2017-new-growth-drivers.html");

    CliRun heuristic = CliRun.of("segment", html, "--extract");
    CliRun zoom = CliRun.of("segment", html, "--extract", "--select", "#zoom");
    CliRun paragraph =
        CliRun.of("segment", html, "--extract", "--select", "#zoom > p:nth-child(3)");
    CliRun none = CliRun.of("segment", html, "--select", "#nothing");
    CliRun broken = CliRun.of("segment", html, "--select", "div[class=");

    assertThat(zoom.out()).isEqualTo(heuristic.out()).startsWith("各省辖市");
    assertThat(paragraph.out()).isEqualTo("一、总体要求\n");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).isEqualTo(html + ": no element of the page matches #nothing\n");
    assertThat(broken.status()).isEqualTo(2);
    assertThat(broken.errLines()[0]).startsWith("clausediff: --select: 'div[class=' is not a CSS");
  }

  @Test
  void dupsOnAPdfFindsTheTextsDuplicationAndNoRunningHeader() throws IOException {
    String pdf = path("yunnan-2017-new-growth-drivers-garbled.pdf");
    String txt = TestData.path(TestData.YUNNAN_2017).toString();

    CliRun fromPdf = CliRun.of("dups", pdf, "--format", "json");
    CliRun fromText = CliRun.of("dups", txt, "--format", "json");

    assertThat(fromPdf.status()).isEqualTo(1);
    assertThat(fromPdf.err()).isEmpty();
    JsonNode json = JSON.readTree(fromPdf.out());
    assertThat(json.get("document").get("format").asText()).isEqualTo("pdf");
    int duplication = 0;
    for (JsonNode group : json.get("groups")) {
      for (JsonNode occurrence : group.get("occurrences")) {
        assertThat(occurrence.get("source").get("page").asInt()).isBetween(1, 6);
      }
      if (group.get("label").asText().equals("DUPLICATION")) {
        duplication++;
      }
    }
    int textDuplication = 0;
    for (JsonNode group : JSON.readTree(fromText.out()).get("groups")) {
      if (group.get("label").asText().equals("DUPLICATION")) {
        textDuplication++;
      }
    }
    assertThat(duplication).isEqualTo(textDuplication);
  }

  @Test
  void cleanOfAPdfWritesTheCleanedExtractedTextNeverThePdf(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("yunnan.pdf");
    Files.copy(fixture("yunnan-2017-new-growth-drivers-garbled.pdf"), pdf);
    byte[] before = Files.readAllBytes(pdf);
    Path cleaned = dir.resolve("cleaned.txt");

    CliRun run =
        CliRun.of("dups", pdf.toString(), "--clean", cleaned.toString(), "--format", "json");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
    String text = Files.readString(cleaned, StandardCharsets.UTF_8);
    String extracted = DocumentReader.defaults().read(pdf).text();
    JsonNode report = JSON.readTree(run.out());
    int removed = 0;
    for (JsonNode span : report.get("removed")) {
      removed += span.get("end").asInt() - span.get("start").asInt();
    }
    assertThat(removed).isEqualTo(report.get("duplicatedLength").asInt()).isPositive();
    assertThat(text.codePointCount(0, text.length()))
        .isEqualTo(extracted.codePointCount(0, extracted.length()) - removed);
    assertThat(text).doesNotStartWith("%PDF");
    assertThat(CliRun.of("dups", cleaned.toString(), "--format", "json").status())
        .as("nothing duplicated is left")
        .isZero();
  }

  @Test
  void collatesVersionsInDifferentFormats() throws IOException {
    CliRun run =
        CliRun.of(
            "collate",
            "--original",
            path("qinghai-2017-new-growth-drivers.docx"),
            path("henan-2017-new-growth-drivers.pdf"),
            path("henan-2017-new-growth-drivers.html"),
            "--format",
            "json");

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("original").get("format").asText()).isEqualTo("docx");
    JsonNode row = json.get("matrix").get(0);
    assertThat(row.get("source").has("paragraph")).isTrue();
    boolean sawPage = false;
    boolean sawElement = false;
    for (JsonNode matrixRow : json.get("matrix")) {
      JsonNode cells = matrixRow.get("cells");
      for (JsonNode unit : cells.get(0).get("units")) {
        sawPage |= unit.get("source").has("page");
      }
      for (JsonNode unit : cells.get(1).get("units")) {
        sawElement |= unit.get("source").has("element");
      }
    }
    assertThat(sawPage).isTrue();
    assertThat(sawElement).isTrue();
  }

  @Test
  void corpusFindsTheWordVersionOfAPdfQuery(@TempDir Path dir) throws IOException {
    String index = dir.resolve("index").toString();
    Path docx = fixture("qinghai-2017-new-growth-drivers.docx");
    CliRun indexed =
        CliRun.of(
            "corpus",
            "index",
            index,
            docx.toString(),
            path("henan-2017-new-growth-drivers.doc"),
            path("qinghai-2018-county-innovation.docx"));

    CliRun similar =
        CliRun.of(
            "corpus",
            "similar",
            index,
            path("qinghai-2017-new-growth-drivers.pdf"),
            "--format",
            "json");

    assertThat(indexed.err()).isEmpty();
    assertThat(similar.err()).isEmpty();
    assertThat(similar.status()).isZero();
    JsonNode hits = JSON.readTree(similar.out()).get("hits");
    assertThat(hits.get(0).get("path").asText())
        .isEqualTo(docx.toAbsolutePath().normalize().toString());
    assertThat(hits.get(0).get("similarity").asDouble()).isGreaterThan(0.99);
    assertThat(hits.get(1).get("similarity").asDouble()).isLessThan(0.5);
  }

  /** The side's {@code source} is the location of its start in the text's source map. */
  private static void assertSourceOf(JsonNode side, SourceText text) {
    Map<String, Object> fields = text.sourceMap().location(side.get("start").asInt()).fields();
    assertThat(JSON.convertValue(side.get("source"), Map.class)).isEqualTo(fields);
  }

  private static List<JsonNode> units(JsonNode report, String kind) {
    List<JsonNode> found = new ArrayList<>();
    collect(report.get("units"), kind, found);
    return found;
  }

  private static void collect(JsonNode units, String kind, List<JsonNode> found) {
    for (JsonNode unit : units) {
      if (unit.get("kind").asText().equals(kind)) {
        found.add(unit);
      }
      collect(unit.get("children"), kind, found);
    }
  }

  private static String squeeze(String text) {
    return SPACE.matcher(text).replaceAll("");
  }

  /** The text of each {@code w:p} of the body of {@code docx}, in document order. */
  private static List<String> wordParagraphs(Path docx) throws Exception {
    try (ZipFile zip = new ZipFile(docx.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(in);
      String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
      NodeList paragraphs = xml.getElementsByTagNameNS(w, "p");
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < paragraphs.getLength(); i++) {
        NodeList runs = ((Element) paragraphs.item(i)).getElementsByTagNameNS(w, "t");
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < runs.getLength(); j++) {
          text.append(runs.item(j).getTextContent());
        }
        texts.add(text.toString());
      }
      return texts;
    }
  }
}
