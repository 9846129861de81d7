package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.collate.Collation;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.segment.Segmentation;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that tries to act on the terminal or the page it is shown on — a title-setting {@code ESC
 * ]0;…BEL}, a screen-clearing {@code ESC [2J}, a right-to-left override that turns {@code 1000}
 * into {@code 0001} — in document text, headings and file names: every report of every kind shows
 * it ({@code ⟨U+001B⟩}, {@code ⟨U+202E⟩}) and obeys none of it. JSON carries it as data.
 */
class UntrustedTextTest {
  private static final String TITLE = "\u001b]0;pwned\u0007";
  private static final String CLEAR = "\u001b[2J";
  private static final String RLO = "\u202E";
  private static final String PDF = "\u202C";

  private static final ClauseDiff CLAUSE_DIFF = ClauseDiff.create();

  private static SourceText hostile(String name, String variant) {
    return SourceText.of(
        name + TITLE + RLO + ".txt",
        "一、总体"
            + TITLE
            + "要求\n（一）指导"
            + RLO
            + "思想\n全面贯彻党的精神，金额为"
            + RLO
            + "1000"
            + PDF
            + "元。"
            + CLEAR
            + variant
            + "\n重复出现的一段话在这里，不应改变终端。\n另一段文字。\n重复出现的一段话在这里，不应改变终端。\n");
  }

  private static Comparison comparison() {
    return CLAUSE_DIFF.compare(hostile("old", "甲乙丙。"), hostile("new", "甲乙丁。"));
  }

  private static DuplicateReport duplicates() {
    return CLAUSE_DIFF.duplicates(hostile("dups", "甲。"));
  }

  private static Collation collation(boolean original) {
    return CLAUSE_DIFF.collate(
        original ? Optional.of(hostile("original", "原。")) : Optional.empty(),
        List.of(hostile("a", "甲。"), hostile("b", "乙。"), hostile("c", "丙。")));
  }

  private static Segmentation segmentation() {
    return CLAUSE_DIFF.segment(hostile("segment", "甲。"));
  }

  static Stream<Arguments> reports() {
    List<Arguments> reports = new ArrayList<>();
    Comparison comparison = comparison();
    for (ReportFormat format : ReportType.COMPARISON.formats()) {
      reports.add(render("compare", format, ReportType.COMPARISON, comparison));
    }
    DuplicateReport duplicates = duplicates();
    for (ReportFormat format : ReportType.DUPLICATES.formats()) {
      reports.add(render("dups", format, ReportType.DUPLICATES, duplicates));
    }
    for (boolean original : new boolean[] {true, false}) {
      Collation collation = collation(original);
      for (ReportFormat format : ReportType.COLLATION.formats()) {
        reports.add(
            render(
                original ? "collate with original" : "collate core",
                format,
                ReportType.COLLATION,
                collation));
      }
    }
    Segmentation segmentation = segmentation();
    for (ReportFormat format : ReportType.SEGMENTATION.formats()) {
      reports.add(render("segment", format, ReportType.SEGMENTATION, segmentation));
    }
    return reports.stream();
  }

  private static <T> Arguments render(
      String what, ReportFormat format, ReportType<T> type, T result) {
    return Arguments.of(what + " " + format.id(), format, type.writer(format).render(result));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void showsControlAndBidiCharactersAndObeysNone(String name, ReportFormat format, String report) {
    if (format == ReportFormat.JSON) {
      assertThat(report).as(name).doesNotContain("\u001b").contains("\\u001B");
      return;
    }
    List<String> hidden = new ArrayList<>();
    // The CSVs start with a byte-order mark on purpose (Excel reads them as UTF-8 then).
    boolean csv = format == ReportFormat.TABLE_CSV || format == ReportFormat.CSV;
    String shown = csv ? report.substring(1) : report;
    if (csv) {
      assertThat(report).startsWith("\uFEFF");
    }
    shown
        .codePoints()
        .filter(cp -> cp != '\n' && cp != '\r' && cp != '\t' && PrintableText.isHidden(cp))
        .forEach(cp -> hidden.add(String.format("U+%04X", cp)));
    assertThat(hidden).as("%s: hidden characters in the report", name).isEmpty();
    // Markdown escapes the plus sign, which renders as itself.
    String plus =
        format == ReportFormat.MARKDOWN || format == ReportFormat.TABLE_MARKDOWN ? "\\+" : "+";
    assertThat(report).as(name).contains("⟨U" + plus + "001B⟩");
    if (format != ReportFormat.CSV) {
      assertThat(report).as(name).contains("⟨U" + plus + "202E⟩");
    }
    if (format == ReportFormat.HTML) {
      assertThat(report).as(name).contains("<bdi>");
    }
  }

  @Test
  void theOneLineRendererShowsWhatItHides() {
    assertThat(PrintableText.line("a\r\nb\nc\td" + TITLE + RLO + "\u200B\u00AD"))
        .isEqualTo("a⏎b⏎c\td⟨U+001B⟩]0;pwned⟨U+0007⟩⟨U+202E⟩⟨U+200B⟩⟨U+00AD⟩");
    assertThat(PrintableText.name("a\nb\tc\u0085𠮷")).isEqualTo("a⟨U+000A⟩b⟨U+0009⟩c⟨U+0085⟩𠮷");
    assertThat(PrintableText.line("（一）指导思想　全面贯彻 ①")).isEqualTo("（一）指导思想　全面贯彻 ①");
  }
}
