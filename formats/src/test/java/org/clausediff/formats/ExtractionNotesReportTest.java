package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.clausediff.ClauseDiff;
import org.clausediff.collate.Collation;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.segment.Segmentation;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The notes a reader leaves (a PDF's running header and page numbers left out) reach every report
 * of the text, in text, Markdown, HTML and JSON, for every command, and the 新旧对照表 and unified diff
 * of {@code compare} (not its CSV table, which has no place for them); a plain text has none, and
 * its reports say nothing of them.
 */
class ExtractionNotesReportTest {
  private static final String HEADER = "青海省人民政府关于创新管理优化服务培育壮大经济发展新动能的实施意见";
  private static final String NOTE =
      "running header or footer left out: \"" + HEADER + "\" on 10 of 10 pages";
  private static final List<ReportFormat> FORMATS =
      List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML, ReportFormat.JSON);

  private final ClauseDiff clauseDiff = ClauseDiff.create();

  private static SourceText pdf() throws IOException {
    return DocumentReader.defaults()
        .read(TestData.path("formats/qinghai-2017-new-growth-drivers.pdf"));
  }

  private static SourceText txt() throws IOException {
    return DocumentReader.defaults().read(TestData.path("qinghai-2017-new-growth-drivers.txt"));
  }

  @Test
  void theReadTextCarriesTheNotesOfItsExtraction() throws IOException {
    Extraction extraction =
        DocumentReader.defaults()
            .extract(TestData.path("formats/qinghai-2017-new-growth-drivers.pdf"));
    assertThat(extraction.notes()).contains(NOTE);
    assertThat(extraction.text().notes()).isEqualTo(extraction.notes());
    assertThat(extraction.text().withName("label").notes()).isEqualTo(extraction.notes());
    assertThat(txt().notes()).isEmpty();
  }

  @Test
  void everyReportOfAPdfShowsItsNotes() throws IOException {
    SourceText pdf = pdf();
    SourceText txt = txt();
    Segmentation segmentation = clauseDiff.segment(pdf);
    DuplicateReport duplicates = clauseDiff.duplicates(pdf);
    Comparison comparison = clauseDiff.compare(txt, pdf);
    Collation collation = clauseDiff.collate(Optional.of(txt), List.of(pdf, txt));
    int checked = 0;
    for (ReportFormat format : FORMATS) {
      checked += showsNote(ReportType.SEGMENTATION, format, segmentation, "");
      checked += showsNote(ReportType.DUPLICATES, format, duplicates, "");
      checked += showsNote(ReportType.COMPARISON, format, comparison, "right: ");
      checked += showsNote(ReportType.COLLATION, format, collation, "A: ");
    }
    // segment: text and JSON; dups: text, HTML, JSON; compare and collate: all four
    assertThat(checked).isEqualTo(13);
  }

  @Test
  void theTablesAndTheUnifiedDiffOfAPdfShowItsNotesButTheCsvTable() throws IOException {
    SourceText pdf = pdf();
    Comparison comparison = clauseDiff.compare(TestData.text(TestData.HENAN_2017), pdf);
    String html = NOTE.replace("\"", "&quot;");

    assertThat(render(ReportType.COMPARISON, ReportFormat.TABLE_HTML, comparison))
        .contains("</p>\n<div class=\"note\">note: new: page number left out: ")
        .contains("<div class=\"note\">note: new: " + html + "</div>\n<table>");
    assertThat(render(ReportType.COMPARISON, ReportFormat.TABLE_MARKDOWN, comparison))
        .contains("\n\nnote: new: " + NOTE.replace("\"", "\\\"") + "\n\n| # | old: ");
    assertThat(render(ReportType.COMPARISON, ReportFormat.UNIFIED, comparison))
        .startsWith("note: new: page number left out: ")
        .contains("\nnote: new: " + NOTE + "\ndiff --git ");
    assertThat(render(ReportType.COMPARISON, ReportFormat.TABLE_CSV, comparison))
        .doesNotContain("note: ");
    // The PDF's lines are those of the text it was made from: an empty diff, notes or not.
    assertThat(render(ReportType.COMPARISON, ReportFormat.UNIFIED, clauseDiff.compare(txt(), pdf)))
        .isEmpty();
  }

  /**
   * Checks that {@code type}'s report in {@code format}, if it has one, shows the note; 1 if so.
   */
  private static <T> int showsNote(
      ReportType<T> type, ReportFormat format, T result, String whose) {
    if (!type.formats().contains(format)) {
      return 0;
    }
    assertThat(type.writer(format).render(result))
        .as("%s %s", type, format)
        .contains(shown(format, whose));
    return 1;
  }

  /** How {@code format} shows the running-header note of the document {@code whose}. */
  private static String shown(ReportFormat format, String whose) {
    switch (format) {
      case TEXT:
        return "\nnote: " + whose + NOTE + "\n";
      case MARKDOWN:
        return "note: " + whose + NOTE.replace("\"", "\\\"") + "\n\n";
      case HTML:
        return "<div class=\"note\">note: " + whose + NOTE.replace("\"", "&quot;") + "</div>\n";
      case JSON:
        return "\"" + NOTE.replace("\"", "\\\"") + "\"";
      default:
        throw new AssertionError(format);
    }
  }

  @Test
  void noReportOfAPlainTextSpeaksOfNotes() throws IOException {
    SourceText txt = txt();
    Segmentation segmentation = clauseDiff.segment(txt);
    DuplicateReport duplicates = clauseDiff.duplicates(txt);
    Comparison comparison = clauseDiff.compare(txt, txt);
    Collation collation = clauseDiff.collate(Optional.of(txt), List.of(txt, txt));
    for (ReportFormat format : FORMATS) {
      for (String report :
          List.of(
              render(ReportType.SEGMENTATION, format, segmentation),
              render(ReportType.DUPLICATES, format, duplicates),
              render(ReportType.COMPARISON, format, comparison),
              render(ReportType.COLLATION, format, collation))) {
        assertThat(report).doesNotContain("note: ").doesNotContain("\"notes\"");
      }
    }
  }

  private static <T> String render(ReportType<T> type, ReportFormat format, T result) {
    return type.formats().contains(format) ? type.writer(format).render(result) : "";
  }
}
