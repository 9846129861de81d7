package org.clausediff.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.Comparison;
import org.clausediff.formats.DocumentReader;
import org.clausediff.report.ComparisonTable;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.testing.ExternalTools;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison table as .docx: read back with POI (every row, every mark, red and struck or
 * underlined), opened by LibreOffice (headless, converted to text: every paragraph of every cell is
 * there), and the same bytes on every run. The LibreOffice test is skipped, with a notice on
 * stderr, when {@code soffice} is not installed ({@code .ci/run} installs it).
 */
class ComparisonTableDocxTest {
  private static final Comparison QINGHAI_HENAN =
      ClauseDiff.create()
          .compare(TestData.text(TestData.QINGHAI_2017), TestData.text(TestData.HENAN_2017));

  @TempDir Path dir;

  @Test
  void everyRowAndEveryMarkIsInTheDocument() throws IOException {
    ComparisonTable expected = ComparisonTable.of(QINGHAI_HENAN);

    try (XWPFDocument document = read(encode(QINGHAI_HENAN))) {
      XWPFTable table = document.getTables().get(0);

      assertThat(table.getRows()).hasSize(expected.rows().size() + 1);
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("old: " + expected.leftName());
      for (int r = 0; r < expected.rows().size(); r++) {
        ComparisonTable.Row row = expected.rows().get(r);
        String where = "row " + (r + 1);
        assertThat(cellPieces(table.getRow(r + 1).getCell(1))).as(where).isEqualTo(row.left());
        assertThat(cellPieces(table.getRow(r + 1).getCell(2))).as(where).isEqualTo(row.right());
        assertThat(table.getRow(r + 1).getCell(3).getText()).as(where).startsWith(row.note());
      }
    }
  }

  @Test
  void deletionsAreRedAndStruckInsertionsRedAndUnderlined() throws IOException {
    int deleted = 0;
    int inserted = 0;
    try (XWPFDocument document = read(encode(QINGHAI_HENAN))) {
      XWPFTable table = document.getTables().get(0);
      for (int r = 1; r < table.getRows().size(); r++) {
        for (XWPFParagraph paragraph : table.getRow(r).getCell(1).getParagraphs()) {
          assertThat(paragraph.getRuns())
              .noneMatch(run -> run.getUnderline() != UnderlinePatterns.NONE);
        }
        for (XWPFParagraph paragraph : table.getRow(r).getCell(2).getParagraphs()) {
          assertThat(paragraph.getRuns()).noneMatch(XWPFRun::isStrikeThrough);
        }
      }
      for (XWPFParagraph paragraph : allParagraphs(table)) {
        for (XWPFRun run : paragraph.getRuns()) {
          if (run.isStrikeThrough()) {
            deleted++;
            assertThat(run.getColor()).isEqualTo("C00000");
            assertThat(run.getUnderline()).isEqualTo(UnderlinePatterns.NONE);
          } else if (run.getUnderline() == UnderlinePatterns.SINGLE) {
            inserted++;
            assertThat(run.getColor()).isEqualTo("C00000");
          } else {
            assertThat(run.getColor()).as("unchanged text: %s", run.text()).isNull();
          }
        }
      }
    }
    assertThat(deleted).isPositive();
    assertThat(inserted).isPositive();
  }

  @Test
  void theSameComparisonGivesTheSameBytesWithFixedTimes() throws IOException {
    byte[] first = encode(QINGHAI_HENAN);
    byte[] second =
        encode(
            ClauseDiff.create()
                .compare(TestData.text(TestData.QINGHAI_2017), TestData.text(TestData.HENAN_2017)));

    assertThat(second).isEqualTo(first);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
      int entries = 0;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries++;
        assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo("2026-01-01T00:00:00");
      }
      assertThat(entries).isGreaterThan(3);
    }
  }

  @Test
  void codePointsThatXmlForbidsAreWrittenAsEscapes() throws IOException {
    Comparison comparison =
        ClauseDiff.create()
            .compare(
                SourceText.of("a", "一、总则\n（一）第一条\uFFFF保留。\n"),
                SourceText.of("b", "一、总则\n（一）第一条\uFFFE改动。\n"));

    try (XWPFDocument document = read(encode(comparison))) {
      String text = document.getTables().get(0).getText();
      assertThat(text).contains("\\u{FFFF}").contains("\\u{FFFE}").doesNotContain("\uFFFF");
    }
  }

  @Test
  void theRegistryOfTheCommandLineWritesTheSameFile() throws IOException {
    ReportType<Comparison> reports =
        ReportType.COMPARISON.withEncoder(
            ReportFormat.TABLE_DOCX, options -> new ComparisonTableDocx());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    reports.encoder(ReportFormat.TABLE_DOCX).encode(QINGHAI_HENAN, out);

    assertThat(out.toByteArray()).isEqualTo(encode(QINGHAI_HENAN));
    assertThat(ReportType.COMPARISON.formats()).doesNotContain(ReportFormat.TABLE_DOCX);
    assertThat(reports.formats()).contains(ReportFormat.TABLE_DOCX, ReportFormat.TABLE_HTML);
  }

  @Test
  void theNotesOfTheReadersStandAsParagraphsBeforeTheTable() throws IOException {
    Comparison fromFiles =
        ClauseDiff.create()
            .compare(
                DocumentReader.defaults()
                    .read(TestData.path("formats/qinghai-2017-new-growth-drivers.pdf")),
                DocumentReader.defaults().read(TestData.path("formats/law-articles.docx")));

    try (XWPFDocument document = read(encode(fromFiles))) {
      List<String> beforeTable = new ArrayList<>();
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFTable) {
          break;
        }
        beforeTable.add(((XWPFParagraph) element).getText());
      }

      assertThat(beforeTable.subList(2, beforeTable.size()))
          .containsExactly(
              "note: old: page number left out: \"— 1 —\" on 10 of 10 pages",
              "note: old: running header or footer left out:"
                  + " \"青海省人民政府关于创新管理优化服务培育壮大经济发展新动能的实施意见\" on 10 of 10 pages",
              "note: new: tracked deletion in ¶ 9 left out: 一年");
    }
    try (XWPFDocument document = read(encode(QINGHAI_HENAN))) {
      assertThat(document.getBodyElements().get(2))
          .as("plain text: no notes")
          .isInstanceOf(XWPFTable.class);
    }
  }

  @Test
  void libreOfficeOpensItAndReadsEveryParagraphOfEveryCell() throws Exception {
    Path soffice = ExternalTools.require("soffice", "the .docx was not opened");
    Path docx = dir.resolve("qinghai-henan.docx");
    Files.write(docx, encode(QINGHAI_HENAN));

    run(
        soffice.toString(),
        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--headless",
        "--convert-to",
        "txt:Text (encoded):UTF8",
        "--outdir",
        dir.toString(),
        docx.toString());

    String text = Files.readString(dir.resolve("qinghai-henan.txt"), StandardCharsets.UTF_8);
    List<String> lines = text.lines().map(String::strip).toList();
    ComparisonTable table = ComparisonTable.of(QINGHAI_HENAN);
    assertThat(lines).contains("old: " + table.leftName(), "new: " + table.rightName());
    int paragraphs = 0;
    for (ComparisonTable.Row row : table.rows()) {
      for (List<ComparisonTable.Piece> cell : List.of(row.left(), row.right())) {
        for (String paragraph : join(cell).split("\n", -1)) {
          if (!paragraph.isBlank()) {
            assertThat(lines).as("LibreOffice's text").contains(paragraph.strip());
            paragraphs++;
          }
        }
      }
    }
    assertThat(paragraphs).isGreaterThan(table.rows().size());
  }

  private static byte[] encode(Comparison comparison) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ComparisonTableDocx().encode(comparison, out);
    return out.toByteArray();
  }

  private static XWPFDocument read(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static List<XWPFParagraph> allParagraphs(XWPFTable table) {
    List<XWPFParagraph> paragraphs = new ArrayList<>();
    table
        .getRows()
        .forEach(r -> r.getTableCells().forEach(c -> paragraphs.addAll(c.getParagraphs())));
    return paragraphs;
  }

  /** The pieces a cell's runs make, as ComparisonTable has them: paragraphs joined by \n. */
  private static List<ComparisonTable.Piece> cellPieces(XWPFTableCell cell) {
    List<ComparisonTable.Piece> pieces = new ArrayList<>();
    List<XWPFParagraph> paragraphs = cell.getParagraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      if (p > 0) {
        add(pieces, false, "\n");
      }
      for (XWPFRun run : paragraphs.get(p).getRuns()) {
        add(
            pieces,
            run.isStrikeThrough() || run.getUnderline() == UnderlinePatterns.SINGLE,
            run.text());
      }
    }
    return pieces;
  }

  /** Appends text, joined to the last piece when it is changed alike. */
  private static void add(List<ComparisonTable.Piece> pieces, boolean changed, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = pieces.size() - 1;
    if (last >= 0 && pieces.get(last).changed() == changed) {
      pieces.set(last, new ComparisonTable.Piece(pieces.get(last).text() + text, changed));
    } else {
      pieces.add(new ComparisonTable.Piece(text, changed));
    }
  }

  private static String join(List<ComparisonTable.Piece> pieces) {
    StringBuilder text = new StringBuilder();
    pieces.forEach(p -> text.append(p.text()));
    return text.toString();
  }

  private void run(String... command) throws IOException, InterruptedException {
    Path log = dir.resolve("command.log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
    assertThat(process.exitValue())
        .as("%s exit status; output: %s", List.of(command), Files.readString(log))
        .isZero();
  }
}
