package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.ExternalTools;
import org.clausediff.testing.ReportChecks;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats for reviewers on the command line: {@code compare --format
 * html|md|unified|table-html|table-md|table-csv|table-docx}, {@code dups --format html}, {@code
 * segment --format lines}, and the README's collate example.
 */
class ReviewerFormatsTest {
  private static final String QINGHAI = TestData.path(TestData.QINGHAI_2017).toString();
  private static final String HENAN = TestData.path(TestData.HENAN_2017).toString();
  private static final String YUNNAN = TestData.path(TestData.YUNNAN_2017).toString();

  @TempDir Path dir;

  @Test
  void compareWritesAWellFormedPageWithEveryUnitOfTheJsonInOneRow() throws Exception {
    CliRun html = CliRun.of("compare", QINGHAI, HENAN, "--format", "html");
    JsonNode json =
        new ObjectMapper().readTree(CliRun.of("compare", QINGHAI, HENAN, "--format", "json").out());

    assertThat(html.status()).isEqualTo(1);
    assertThat(html.err()).isEmpty();
    ReportChecks.assertHtml(html.out());
    int units = 0;
    for (JsonNode entry : json.get("alignments")) {
      if (entry.get("level").asText().equals("sentence")) {
        units += entry.get("left").size() + entry.get("right").size();
      }
    }
    for (String field : List.of("deleted", "added")) {
      for (JsonNode entry : json.get(field)) {
        units += entry.get("level").asText().equals("sentence") ? 1 : 0;
      }
    }
    int shown = 0;
    for (String line : html.out().split("\n", -1)) {
      if (line.startsWith("<div class=\"row ") && !line.startsWith("<div class=\"row ghost")) {
        shown += occurrences(line, "<div class=\"unit\">");
      }
    }
    assertThat(shown).as("units in rows, placeholders of moved units aside").isEqualTo(units);
    assertThat(html.out())
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .contains("<nav id=\"outline\">")
        .doesNotContain("http://", "https://");
  }

  @Test
  void compareWritesMarkdownWithTheSummaryTable() {
    CliRun md = CliRun.of("compare", QINGHAI, HENAN, "--format", "md");

    assertThat(md.status()).isEqualTo(1);
    assertThat(md.out())
        .contains("| sentences | 11 | 59 | 6 | 0 | 0 | 211 | 161 |\n")
        .contains(
            "\n## 二、提升政府服务效能 › （一）提高行政审批服务能力和水平 ← 二、不断提升政府服务能力和水平 ›"
                + " （四）着力提高行政审批服务效能 (modified 0\\.25; renumbered （四） → （一）)\n")
        .contains("\n## 一、总体要求 › （二）基本原则 (deleted item, left 11:3)\n");
  }

  @Test
  void unifiedDiffRenamesTheLeftLinesFileToTheRightAndIdenticalInputsGiveNone() {
    CliRun diff = CliRun.of("compare", QINGHAI, HENAN, "--format", "unified");
    CliRun same = CliRun.of("compare", QINGHAI, QINGHAI, "--format", "unified");

    // The header names lose a leading / (as git diff --no-index writes absolute names).
    String qinghai = QINGHAI.replaceFirst("^/", "");
    String henan = HENAN.replaceFirst("^/", "");
    assertThat(diff.status()).isEqualTo(1);
    assertThat(diff.out())
        .startsWith(
            "diff --git a/"
                + qinghai
                + ".lines b/"
                + henan
                + ".lines\nrename from "
                + qinghai
                + ".lines\nrename to "
                + henan
                + ".lines\n--- a/"
                + qinghai
                + ".lines\n+++ b/"
                + henan
                + ".lines\n@@ -1,6 +1,7 @@\n");
    assertThat(occurrences(diff.out(), "\n@@ "))
        .as("a hunk per item, about")
        .isGreaterThanOrEqualTo(20);
    assertThat(same.status()).isEqualTo(0);
    assertThat(same.out()).isEmpty();
  }

  @Test
  void unifiedContextIsSetByDashCapitalU() {
    CliRun three = CliRun.of("compare", QINGHAI, HENAN, "--format", "unified");
    CliRun none = CliRun.of("compare", QINGHAI, HENAN, "--format", "unified", "-U", "0");
    CliRun bad = CliRun.of("compare", QINGHAI, HENAN, "--format", "unified", "-U", "-1");

    assertThat(none.status()).isEqualTo(1);
    assertThat(none.out().lines().filter(l -> l.startsWith(" "))).as("context lines").isEmpty();
    assertThat(three.out().lines().filter(l -> l.startsWith(" "))).isNotEmpty();
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith("clausediff: -U: must be 0 or more but was -1\n");
  }

  @Test
  void compareWritesTheComparisonTableAsHtmlMarkdownAndCsv() {
    CliRun html = CliRun.of("compare", QINGHAI, HENAN, "--format", "table-html");
    CliRun md = CliRun.of("compare", QINGHAI, HENAN, "--format", "table-md");
    CliRun csv = CliRun.of("compare", QINGHAI, HENAN, "--format", "table-csv");

    assertThat(List.of(html.status(), md.status(), csv.status())).containsOnly(1);
    ReportChecks.assertHtml(html.out());
    assertThat(html.out()).contains("<td class=\"note\">deleted</td>");
    assertThat(md.out()).contains("| note |\n|---:|---|---|---|\n");
    assertThat(csv.out()).startsWith("\uFEFFn,old heading,new heading,old,new,note,similarity\r\n");
    List<List<String>> records = ReportChecks.assertCsv(csv.out().substring(1), 7);
    assertThat(records)
        .anySatisfy(r -> assertThat(r.get(5)).isEqualTo("modified; renumbered （四） → （一）"));
  }

  @Test
  void theDiffOfAWordFileStartsWithItsNotesAndPatchAndGitApplyStillApplyIt() throws Exception {
    Path patch = ExternalTools.require("patch", "the unified diff is not applied");
    Path git = ExternalTools.require("git", "the unified diff is not applied");
    String md = TestData.path("formats/law-articles.md").toString();
    String docx = TestData.path("formats/law-articles.docx").toString();
    Path old = dir.resolve("old.lines");
    Path new_ = dir.resolve("expected.lines");
    Files.writeString(old, CliRun.of("segment", md, "--format", "lines").out());
    Files.writeString(new_, CliRun.of("segment", docx, "--format", "lines").out());
    Files.writeString(dir.resolve("old.md.lines"), Files.readString(old));
    CliRun diff =
        CliRun.of(
            "compare", md, docx, "--format", "unified", "--label", "old.md", "--label", "new");
    Files.writeString(dir.resolve("law.diff"), diff.out());

    assertThat(diff.out())
        .startsWith("note: new: tracked deletion in ¶ 9 left out: 一年\ndiff --git a/old.md.lines");
    assertThat(tool(patch.toString(), "--batch", "-o", "patched.lines", "old.lines", "law.diff"))
        .doesNotContain("garbage", "fuzz", "FAILED");
    assertThat(dir.resolve("patched.lines")).hasSameTextualContentAs(new_);
    tool(git.toString(), "apply", "law.diff");
    assertThat(dir.resolve("new.lines")).hasSameTextualContentAs(new_);
  }

  @Test
  void tableDocxNeedsAnOutputFileAndWritesAWordDocument() throws Exception {
    CliRun toTerminal = CliRun.of("compare", QINGHAI, HENAN, "--format", "table-docx");
    Path docx = dir.resolve("table.docx");
    CliRun toFile =
        CliRun.of("compare", QINGHAI, HENAN, "--format", "table-docx", "-o", docx.toString());

    assertThat(toTerminal.status()).isEqualTo(2);
    assertThat(toTerminal.out()).isEmpty();
    assertThat(toTerminal.err())
        .startsWith("clausediff: --format table-docx writes a binary file; name it with -o FILE\n");
    assertThat(toFile.status()).isEqualTo(1);
    assertThat(toFile.err()).isEmpty();
    byte[] bytes = Files.readAllBytes(docx);
    assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("word/document.xml");
  }

  @Test
  void segmentLinesWritesOneSentencePerLineAndParagraphsApart() throws Exception {
    CliRun lines = CliRun.of("segment", YUNNAN, "--format", "lines");
    JsonReport json = jsonReport(CliRun.of("segment", YUNNAN, "--format", "json").out());

    assertThat(lines.status()).isEqualTo(0);
    List<String> split = List.of(lines.out().split("\n", -1));
    assertThat(split.get(split.size() - 1)).as("ends with \\n").isEmpty();
    List<String> body = split.subList(0, split.size() - 1);
    List<String> sentences = body.stream().filter(l -> !l.isEmpty()).toList();
    assertThat(sentences).hasSize(json.counts().get(UnitKind.SENTENCE));
    assertThat(body.size() - sentences.size())
        .as("an empty line between two paragraphs")
        .isEqualTo(json.counts().get(UnitKind.PARAGRAPH) - 1);
    assertThat(String.join("\n", body)).doesNotContain("\n\n\n");
    assertThat(sentences).noneMatch(String::isBlank).noneMatch(l -> l.contains("\r"));
    // The Yunnan copy runs on: its first line holds the doubled notice up to its first 。
    assertThat(body.get(0)).startsWith("云南省人民政府办公厅关于印发云南省创新管理优化服务");
  }

  @Test
  void segmentLinesRefusesStructuralLevels() {
    CliRun run = CliRun.of("segment", QINGHAI, "--format", "lines", "--level", "item");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "clausediff: --level item is not available with --format lines; expected one of"
                + " sentence, clause, paragraph\n");
  }

  @Test
  void dupsWritesAWellFormedPage() {
    CliRun html = CliRun.of("dups", YUNNAN, "--format", "html");

    assertThat(html.status()).isEqualTo(1);
    ReportChecks.assertHtml(html.out());
    assertThat(html.out()).contains("<span class=\"dup").contains("<span class=\"boiler");
  }

  @Test
  void readmeCollateExampleIsWhatTheCommandPrints() throws Exception {
    String readme =
        Files.readString(TestData.dir().resolve("../README.md"), StandardCharsets.UTF_8);
    String command =
        "$ ./clausediff collate testdata/qinghai-2017-new-growth-drivers.txt"
            + " testdata/henan-2017-new-growth-drivers.txt"
            + " testdata/yunnan-2017-new-growth-drivers-garbled.txt\n";
    int start = readme.indexOf(command);
    assertThat(start).as("the example in the README").isPositive();
    String example = readme.substring(start + command.length(), readme.indexOf("\n```", start));
    String prefix = TestData.path("x").toString();
    prefix = prefix.substring(0, prefix.length() - 1);

    CliRun run = CliRun.of("collate", QINGHAI, HENAN, YUNNAN);

    assertThat(run.status()).isEqualTo(0);
    assertThat(example.split("\n", -1)).as("lines of the example").hasSizeGreaterThan(30);
    for (String line : example.split("\n", -1)) {
      if (!line.strip().equals("…")) {
        assertThat(run.out()).contains(line.replace("testdata/", prefix) + "\n");
      }
    }
  }

  /** Runs a program in {@link #dir}, asserts that it succeeds, and returns what it printed. */
  private String tool(String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    // git apply outside any repository, even if the temporary directory lies inside one.
    builder.environment().put("GIT_CEILING_DIRECTORIES", dir.getParent().toString());
    ProcessRun run = ProcessRun.of(builder, dir, Duration.ofMinutes(1));
    assertThat(run.status()).as("%s: %s", List.of(command), run.err()).isZero();
    return run.out() + run.err();
  }

  private JsonReport jsonReport(String json) throws Exception {
    Path file = dir.resolve("segment.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return JsonReport.read(file);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
