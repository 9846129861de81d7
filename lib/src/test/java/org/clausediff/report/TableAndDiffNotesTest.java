package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.Comparison;
import org.clausediff.testing.ReportChecks;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The 新旧对照表 and the unified diff show the notes a document's reader left ({@link
 * SourceText#notes()}), each in the form its format allows: a notes block between the summary and
 * the table (HTML, Markdown), lines before the first header (unified diff), none in CSV; the rest
 * of the report is what it is without notes, byte for byte.
 */
class TableAndDiffNotesTest {
  private static final String OLD = "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全省。\n第三条 主管部门负责实施。\n";
  private static final String NEW = "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全省各地。\n第三条 主管部门负责实施。\n";

  /** A running header with characters that every markup must escape: the note is input text. */
  private static final String HEADER_NOTE =
      "running header or footer left out: \"<b>省政府</b> & *公报*\" on 2 of 2 pages";

  private static final String DELETION_NOTE = "tracked deletion in ¶ 3 left out: 一年";

  private final ClauseDiff clauseDiff = ClauseDiff.create();

  private Comparison plain() {
    return clauseDiff.compare(SourceText.of("old.pdf", OLD), SourceText.of("new.docx", NEW));
  }

  private Comparison noted() {
    return clauseDiff.compare(
        SourceText.of("old.pdf", OLD).withNotes(List.of(HEADER_NOTE)),
        SourceText.of("new.docx", NEW).withNotes(List.of(DELETION_NOTE)));
  }

  private static String render(ReportFormat format, Comparison comparison) {
    return ReportType.COMPARISON.writer(format).render(comparison);
  }

  @Test
  void theHtmlTableHasTheNotesBetweenTheSummaryAndTheTable() {
    String plain = render(ReportFormat.TABLE_HTML, plain());
    String noted = render(ReportFormat.TABLE_HTML, noted());
    String notes =
        "<div class=\"note\">note: old: running header or footer left out: &quot;&lt;b&gt;省政府"
            + "&lt;/b&gt; &amp; *公报*&quot; on 2 of 2 pages</div>\n"
            + "<div class=\"note\">note: new: tracked deletion in &para; 3 left out: 一年</div>\n";

    assertThat(noted).isEqualTo(plain.replace("</p>\n<table>", "</p>\n" + notes + "<table>"));
    assertThat(noted.indexOf(notes)).isLessThan(noted.indexOf("<table>")).isPositive();
    ReportChecks.assertHtml(noted);
  }

  @Test
  void theMarkdownTableHasTheNotesAsParagraphsBeforeTheTable() {
    String plain = render(ReportFormat.TABLE_MARKDOWN, plain());
    String noted = render(ReportFormat.TABLE_MARKDOWN, noted());
    String notes =
        "note: old: running header or footer left out: \\\"\\<b\\>省政府\\</b\\> \\& \\*公报\\*\\\""
            + " on 2 of 2 pages\n\n"
            + "note: new: "
            + DELETION_NOTE
            + "\n\n";

    assertThat(noted).isEqualTo(plain.replace("\n\n| # | old: ", "\n\n" + notes + "| # | old: "));
  }

  @Test
  void theCsvTableHasNoNotes() {
    assertThat(render(ReportFormat.TABLE_CSV, noted()))
        .isEqualTo(render(ReportFormat.TABLE_CSV, plain()))
        .doesNotContain("note: ");
  }

  @Test
  void theUnifiedDiffHasTheNotesAsLinesBeforeItsHeader() {
    String plain = render(ReportFormat.UNIFIED, plain());
    String noted = render(ReportFormat.UNIFIED, noted());

    assertThat(plain).startsWith("diff --git a/old.pdf.lines b/new.docx.lines\n");
    assertThat(noted)
        .isEqualTo("note: old: " + HEADER_NOTE + "\nnote: new: " + DELETION_NOTE + "\n" + plain);
  }

  @Test
  void theUnifiedDiffOfIdenticalDocumentsStaysEmptyWhateverTheNotes() {
    Comparison same =
        clauseDiff.compare(
            SourceText.of("old.pdf", OLD).withNotes(List.of(HEADER_NOTE)),
            SourceText.of("new.pdf", OLD).withNotes(List.of(HEADER_NOTE)));

    assertThat(render(ReportFormat.UNIFIED, same)).isEmpty();
  }

  @Test
  void aNoteOnSeveralLinesIsOneLineOfTheDiff() {
    Comparison comparison =
        clauseDiff.compare(
            SourceText.of("old.pdf", OLD).withNotes(List.of("main content:\n--- a/x\n+++ b/x")),
            SourceText.of("new.docx", NEW));

    String diff = render(ReportFormat.UNIFIED, comparison);

    assertThat(diff.lines().takeWhile(line -> !line.startsWith("diff --git")).toList())
        .hasSize(1)
        .allMatch(line -> line.startsWith("note: old: main content:"));
  }
}
