package org.clausediff.formats.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clausediff.compare.Comparison;
import org.clausediff.report.ComparisonTable;
import org.clausediff.report.ReportEncoder;
import org.clausediff.text.SourceText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The old/new comparison table (新旧对照表) of a comparison as a Word document (.docx), written with
 * Apache POI: {@code clausediff compare --format table-docx}, which the command line adds to the
 * library's registry ({@code ReportType.COMPARISON.withEncoder(ReportFormat.TABLE_DOCX, options ->
 * new ComparisonTableDocx())}).
 *
 * <p>An A4 landscape page with a title (the two documents' names), the summary of the rows, a
 * paragraph for each note the documents' readers left ({@code note: old: …}, {@code note: new: …}:
 * a PDF's running headers, a Word file's tracked deletions), and a table of four columns — number,
 * old text, new text, note — whose header row repeats on every page. Deleted text is red and struck
 * through, inserted text red and underlined, as in the comparison tables of legislative review;
 * each paragraph of a cell is a paragraph of the document. The rows are those of {@link
 * ComparisonTable#of}. The text is set in SimSun (宋体) for Chinese, which Word and LibreOffice
 * replace by a font they have.
 *
 * <p>The file is the same, byte for byte, for the same comparison: every part of the package has
 * the same fixed time, and the document the same creation date. Code points that XML 1.0 does not
 * allow (U+FFFE, U+FFFF) are written as {@code \\u{FFFE}}. Instances are immutable and thread-safe.
 */
public final class ComparisonTableDocx implements ReportEncoder<Comparison> {
  /** Deleted and inserted text: red, as legislative comparison tables mark changes. */
  private static final String RED = "C00000";

  private static final String EAST_ASIAN_FONT = "SimSun";
  private static final double FONT_SIZE = 10.5;

  /** Column widths in twentieths of a point: an A4 landscape page less 1.27 cm margins. */
  private static final int[] WIDTHS = {560, 6300, 6300, 2220};

  /** When the document was written, for identical files: a fixed time. */
  private static final Instant FIXED_TIME = Instant.parse("2026-01-01T00:00:00Z");

  /** The encoder of the comparison table as .docx. */
  public ComparisonTableDocx() {}

  @Override
  public void encode(Comparison comparison, OutputStream out) throws IOException {
    ComparisonTable table = ComparisonTable.of(comparison);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      page(document);
      properties(document, table);
      XWPFRun title = document.createParagraph().createRun();
      title.setBold(true);
      title.setFontSize(14);
      font(title);
      title.setText(xml("新旧对照表: " + table.leftName() + " → " + table.rightName()));
      XWPFRun summary = document.createParagraph().createRun();
      summary.setFontSize(FONT_SIZE);
      font(summary);
      summary.setText(xml(table.summary()));
      notes(document, "old: ", comparison.left().document().source());
      notes(document, "new: ", comparison.right().document().source());
      XWPFTable grid = document.createTable(table.rows().size() + 1, WIDTHS.length);
      grid.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
      grid.setWidth("100%");
      header(grid.getRow(0), table);
      for (int r = 0; r < table.rows().size(); r++) {
        row(grid.getRow(r + 1), r + 1, table.rows().get(r));
      }
      document.write(written);
    }
    fixTimes(written.toByteArray(), out);
  }

  /** A paragraph {@code note: WHOSE…} for each note the document's reader left. */
  private static void notes(XWPFDocument document, String whose, SourceText source) {
    for (String note : source.notes()) {
      XWPFRun run = document.createParagraph().createRun();
      run.setFontSize(FONT_SIZE);
      font(run);
      run.setText(xml("note: " + whose + note));
    }
  }

  /** A4 landscape with narrow margins. */
  private static void page(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(16838));
    size.setH(BigInteger.valueOf(11906));
    size.setOrient(STPageOrientation.LANDSCAPE);
    CTPageMar margins = section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(720);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
    margins.setHeader(BigInteger.valueOf(360));
    margins.setFooter(BigInteger.valueOf(360));
  }

  private static void properties(XWPFDocument document, ComparisonTable table) {
    POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
    core.setTitle(xml("新旧对照表: " + table.leftName() + " → " + table.rightName()));
    core.setCreator("clausediff");
    core.setCreated(Optional.of(Date.from(FIXED_TIME)));
    core.setModified(Optional.of(Date.from(FIXED_TIME)));
  }

  private static void header(XWPFTableRow row, ComparisonTable table) {
    row.setRepeatHeader(true);
    row.setCantSplitRow(true);
    List<String> names =
        List.of("#", "old: " + table.leftName(), "new: " + table.rightName(), "note");
    for (int c = 0; c < names.size(); c++) {
      XWPFTableCell cell = cell(row, c);
      cell.setColor("F2F2F2");
      XWPFRun run = cell.getParagraphs().get(0).createRun();
      run.setBold(true);
      run.setFontSize(FONT_SIZE);
      font(run);
      run.setText(xml(names.get(c)));
    }
  }

  private static void row(XWPFTableRow row, int number, ComparisonTable.Row content) {
    XWPFRun n = cell(row, 0).getParagraphs().get(0).createRun();
    n.setFontSize(FONT_SIZE);
    n.setText(String.valueOf(number));
    text(cell(row, 1), content.left(), true);
    text(cell(row, 2), content.right(), false);
    XWPFRun note = cell(row, 3).getParagraphs().get(0).createRun();
    note.setFontSize(FONT_SIZE);
    font(note);
    String similarity =
        content.similarity().isPresent()
            ? String.format(Locale.ROOT, " %.2f", content.similarity().getAsDouble())
            : "";
    note.setText(xml(content.note() + similarity));
  }

  private static XWPFTableCell cell(XWPFTableRow row, int column) {
    XWPFTableCell cell = row.getCell(column);
    cell.setWidth(String.valueOf(WIDTHS[column]));
    return cell;
  }

  /**
   * The pieces of a cell as runs, the changed ones deleted (struck) or inserted (underlined); a
   * line break starts the next paragraph of the cell.
   */
  private static void text(
      XWPFTableCell cell, List<ComparisonTable.Piece> pieces, boolean deletions) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    for (ComparisonTable.Piece piece : pieces) {
      String[] parts = piece.text().split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          paragraph = cell.addParagraph();
        }
        if (parts[i].isEmpty()) {
          continue;
        }
        XWPFRun run = paragraph.createRun();
        run.setFontSize(FONT_SIZE);
        font(run);
        if (piece.changed()) {
          run.setColor(RED);
          if (deletions) {
            run.setStrikeThrough(true);
          } else {
            run.setUnderline(UnderlinePatterns.SINGLE);
          }
        }
        run.setText(xml(parts[i]));
      }
    }
  }

  private static void font(XWPFRun run) {
    run.setFontFamily(EAST_ASIAN_FONT, XWPFRun.FontCharRange.eastAsia);
  }

  /** {@code text} without the code points XML 1.0 forbids, written as {@code \\u{…}}. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              boolean allowed =
                  cp == '\t'
                      || cp == '\n'
                      || cp == '\r'
                      || (cp >= 0x20 && cp <= 0xD7FF)
                      || (cp >= 0xE000 && cp <= 0xFFFD)
                      || cp >= 0x10000;
              if (allowed) {
                out.appendCodePoint(cp);
              } else {
                out.append(String.format(Locale.ROOT, "\\u{%X}", cp));
              }
            });
    return out.toString();
  }

  /**
   * Copies the package {@code zip} to {@code out} with every entry stamped with the same fixed time
   * (as a local date and time, so the same in every time zone): POI stamps them with the time of
   * writing.
   */
  private static void fixTimes(byte[] zip, OutputStream out) throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(FIXED_TIME, ZoneOffset.UTC);
    ZipOutputStream copy = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        fixed.setTimeLocal(time);
        copy.putNextEntry(fixed);
        in.transferTo(copy);
        copy.closeEntry();
      }
    }
    copy.finish();
  }
}
