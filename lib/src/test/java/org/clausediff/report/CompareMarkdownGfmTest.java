package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.Comparison;
import org.clausediff.testing.ExternalTools;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown reports ({@code md} and {@code table-md}) of every ordered pair of seeds rendered by
 * {@code cmark-gfm}, GitHub's own CommonMark implementation, with the extensions GitHub turns on
 * (tables, strikethrough) and its raw HTML passed (GitHub keeps {@code <del>} and {@code <ins>}):
 * no emphasis delimiter is left unpaired as text, every {@code <del>} and {@code <ins>} of the
 * Markdown is an element of the page, nothing else is struck or underlined, and bold is only ever a
 * short ASCII label — never source text. Skipped, with a notice on stderr, when {@code cmark-gfm}
 * is not installed ({@code .ci/run} installs it).
 */
class CompareMarkdownGfmTest {
  private static final Pattern STRONG = Pattern.compile("<strong>(.*?)</strong>");

  @TempDir Path dir;

  static Stream<Arguments> pairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (String left : TestData.SEEDS) {
      for (String right : TestData.SEEDS) {
        if (!left.equals(right)) {
          pairs.add(Arguments.of(left + " → " + right, left, right));
        }
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void everyMarkSurvivesGitHubsRenderer(String name, String left, String right) throws Exception {
    Path cmark = ExternalTools.require("cmark-gfm", "Markdown was not rendered");
    Comparison comparison = ClauseDiff.create().compare(TestData.text(left), TestData.text(right));

    for (ReportWriter<Comparison> writer :
        List.of(new CompareMarkdownWriter(), new TableMarkdownWriter())) {
      String md = writer.render(comparison);
      String html = render(cmark, md);
      String what = name + " " + writer.getClass().getSimpleName();

      assertThat(html).as(what).doesNotContain("**", "~~", "raw HTML omitted");
      assertThat(count(html, "<del>")).as(what).isEqualTo(count(md, "<del>")).isPositive();
      assertThat(count(html, "<ins>")).as(what).isEqualTo(count(md, "<ins>")).isPositive();
      assertThat(count(html, "</del>")).as(what).isEqualTo(count(md, "<del>"));
      assertThat(count(html, "</ins>")).as(what).isEqualTo(count(md, "<ins>"));
      assertThat(count(html, "<s>") + count(html, "<em>") + count(html, "<u>")).as(what).isZero();
      Matcher strong = STRONG.matcher(html);
      while (strong.find()) {
        assertThat(strong.group(1)).as(what).matches("[ -~]{1,30}");
      }
    }
  }

  /** Why the reports mark with tags: the delimiters they used to write fail next to 。，“ etc. */
  @org.junit.jupiter.api.Test
  void emphasisDelimitersNextToCjkPunctuationDoNotPair() throws Exception {
    Path cmark = ExternalTools.require("cmark-gfm", "Markdown was not rendered");

    String html = render(cmark, "- 文号）~~精神，着力~~**，进一步激发**实施意见。\n");

    assertThat(html).contains("<del>精神，着力</del>**，进一步激发**实施意见。");
  }

  private String render(Path cmark, String md) throws IOException, InterruptedException {
    Path in = dir.resolve("report.md");
    Path out = dir.resolve("report.html");
    Files.writeString(in, md, StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(
                cmark.toString(), "--unsafe", "-e", "table", "-e", "strikethrough", in.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("cmark-gfm finished").isTrue();
    assertThat(process.exitValue()).as("cmark-gfm exit status").isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
