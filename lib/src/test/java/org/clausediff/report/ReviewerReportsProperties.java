package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.testing.ReportChecks;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML, Markdown and CSV reports (the comparison tables included) stay well formed and keep
 * input text as text, whatever the input: markup, quotes, control characters, supplementary
 * ideographs and line breaks of every kind.
 */
class ReviewerReportsProperties {
  private static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "\" onmouseover=\"alert(1)",
          "' onfocus='alert(1)",
          "](javascript:alert(1)) ![x](http://example.invalid/x.png) <b>粗</b> | a | b |",
          "&lt;script&gt; &amp; &#60;");
  private static final List<String> OWN_TAGS =
      List.of("<del>", "</del>", "<ins>", "</ins>", "<br>");

  static Stream<Long> seeds() {
    return Stream.iterate(1L, s -> s + 1).limit(60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reportsOfGeneratedTextAreWellFormed(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    StringBuilder left = new StringBuilder("一、总则\n（一）");
    StringBuilder right = new StringBuilder("一、总则\n（一）");
    for (int i = 0; i < 6; i++) {
      String shared = generator.chineseProse(40) + HOSTILE.get(generator.random().nextInt(6));
      left.append(shared).append(generator.text(20)).append("。\n");
      right.append(generator.random().nextBoolean() ? shared : generator.text(30)).append("。\n");
    }
    assertWellFormed(
        "seed " + seed, SourceText.of("l<i>" + seed, left + ""), SourceText.of("r\"", right + ""));
  }

  @Test
  void hostileTextIsEscapedInEveryPlace() {
    String body = String.join("。\n（二）第二条。", HOSTILE) + "。\n";
    SourceText left = SourceText.of("<img src=x onerror=alert(1)>", "一、总则\n（一）第一条。" + body);
    SourceText right = SourceText.of("\" onmouseover=\"alert(1)", "一、总则\n（一）第一条有改动。" + body + body);

    assertWellFormed("hostile", left, right);
    String html = new CompareHtmlWriter().render(ClauseDiff.create().compare(left, right));
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("&quot; onmouseover=&quot;alert(1)")
        .contains("&amp;lt;script&amp;gt;");
    assertThat(html.split("<script>", -1)).as("one script element").hasSize(2);
    String md = new CompareMarkdownWriter().render(ClauseDiff.create().compare(left, right));
    assertThat(md).contains("\\<script\\>alert\\(1\\)\\</script\\>").contains("\\!\\[x\\]");
  }

  private static void assertWellFormed(String name, SourceText left, SourceText right) {
    Comparison comparison = ClauseDiff.create().compare(left, right);
    String html = new CompareHtmlWriter().render(comparison);
    ReportChecks.assertHtml(html);
    assertThat(html).as(name).doesNotContain("onerror=\"", "onmouseover=\"", "onfocus='");
    DuplicateReport dups = ClauseDiff.create().duplicates(right);
    String dupsHtml = new DuplicatesHtmlWriter().render(dups);
    ReportChecks.assertHtml(dupsHtml);
    assertThat(dupsHtml).as(name).doesNotContain("onerror=\"", "onmouseover=\"", "onfocus='");
    assertMarkdown(name, new CompareMarkdownWriter().render(comparison));
    assertMarkdown(name, new TableMarkdownWriter().render(comparison));
    String table = new TableHtmlWriter().render(comparison);
    ReportChecks.assertHtml(table);
    assertThat(table).as(name).doesNotContain("onerror=\"", "onmouseover=\"", "onfocus='");
    String csv = new TableCsvWriter().render(comparison);
    assertThat(csv).as(name).startsWith("\uFEFF");
    ReportChecks.assertCsv(csv.substring(1), 7);
  }

  /**
   * Asserts that the only markup in {@code md} is the report's own: its tables, and the {@code
   * <del>}, {@code <ins>} and {@code <br>} tags it writes; every other markup character of the
   * input is escaped.
   */
  private static void assertMarkdown(String name, String md) {
    for (int i = 0; i < md.length(); i++) {
      char c = md.charAt(i);
      if (c == '<' && ownTagAt(md, i) || c == '>' && ownTagEndsAt(md, i)) {
        continue;
      }
      if (c == '<' || c == '>' || c == '[' || c == '`' || c == '|' && !tableLine(md, i)) {
        assertThat(i > 0 && md.charAt(i - 1) == '\\')
            .as("%s: %s at %s is escaped in\n%s", name, c, i, md)
            .isTrue();
      }
    }
  }

  private static boolean ownTagAt(String md, int i) {
    return OWN_TAGS.stream().anyMatch(tag -> md.startsWith(tag, i));
  }

  private static boolean ownTagEndsAt(String md, int i) {
    return OWN_TAGS.stream().anyMatch(tag -> md.startsWith(tag, i + 1 - tag.length()));
  }

  /** Whether offset {@code i} lies on a line of the summary table (whose bars are markup). */
  private static boolean tableLine(String md, int i) {
    int start = md.lastIndexOf('\n', i) + 1;
    return md.startsWith("| ", start) || md.startsWith("|---", start);
  }
}
