package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausediff.testing.ReportChecks;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollateCommandTest {
  private static final String COUNTY = TestData.path(TestData.QINGHAI_2018_COUNTY).toString();
  private static final String MASS = TestData.path(TestData.QINGHAI_2018_MASS).toString();
  private static final String QINGHAI = TestData.path(TestData.QINGHAI_2017).toString();

  @Test
  void withoutAnOriginalReportsTheCoreAndTheAdditions() {
    CliRun run = CliRun.of("collate", COUNTY, COUNTY, MASS);

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("no original; core: what at least 2 of 3 versions share\n")
        .contains("Core, in reconstructed order;")
        .contains("Similarity of the versions:")
        .contains("Added by C alone:");
  }

  @Test
  void csvHasABomShortVersionNamesAndAnOpInEveryCellOfAVersionThatHasTheRow() {
    CliRun csv = CliRun.of("collate", COUNTY, MASS, "--format", "csv");

    assertThat(csv.status()).isEqualTo(0);
    assertThat(csv.out()).startsWith("\uFEFFrow,kind,start,end,heading,text,");
    String[] lines = csv.out().substring(1).split("\r\n", -1);
    assertThat(lines[0])
        .contains("qinghai-2018-county:status,qinghai-2018-county:op")
        .contains("qinghai-2018-mass:status")
        .doesNotContain(".txt");
    List<List<String>> rows = ReportChecks.assertCsv(csv.out().substring(1), 16);
    for (List<String> row : rows.subList(1, rows.size())) {
      for (int v = 0; v < 2; v++) {
        String status = row.get(6 + 5 * v);
        String op = row.get(7 + 5 * v);
        assertThat(status).isIn("kept", "reworded", "dropped", "added", "");
        assertThat(op.isEmpty()).as(String.join(",", row)).isEqualTo(status.isEmpty());
      }
    }
  }

  @Test
  void withAnOriginalReportsTheMatrixInEveryFormat() throws Exception {
    CliRun json = CliRun.of("collate", "--original", COUNTY, COUNTY, MASS, "--format", "json");
    assertThat(json.status()).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("original").get("name").asText()).isEqualTo(COUNTY);
    assertThat(root.get("matrix").size()).isPositive();
    for (JsonNode row : root.get("matrix")) {
      assertThat(row.get("cells").get(0).get("status").asText()).isEqualTo("kept");
    }
    CliRun csv = CliRun.of("collate", "--original", COUNTY, COUNTY, MASS, "--format", "csv");
    assertThat(ReportChecks.assertCsv(csv.out(), 16)).hasSizeGreaterThan(root.get("matrix").size());
    ReportChecks.assertHtml(
        CliRun.of("collate", "--original", COUNTY, COUNTY, MASS, "--format", "html").out());
    assertThat(CliRun.of("collate", "--original", COUNTY, MASS, "--format", "md").out())
        .startsWith("# Collation against ");
  }

  @Test
  void progressGoesToATerminalOnlyAndIsClearedAtTheEnd() {
    CliRun quiet = CliRun.of("collate", COUNTY, MASS);
    assertThat(quiet.err()).isEmpty();

    CliRun shown = CliRun.on(new Terminal(true), "collate", COUNTY, MASS, QINGHAI);
    assertThat(shown.status()).isEqualTo(0);
    assertThat(shown.err())
        .contains("collate: 1/3 aligned (")
        .contains("collate: 3/3 aligned (")
        .endsWith("\r\u001b[K");
  }

  @Test
  void writesTheReportToAFileAndNeverOverAnInput(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.md");
    CliRun run = CliRun.of("collate", COUNTY, MASS, "--format", "md", "-o", out.toString());
    assertThat(run.status()).isEqualTo(0);
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("# Collation: ");

    CliRun refused = CliRun.of("collate", COUNTY, MASS, "-o", MASS);
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.errLines()[0]).contains("-o may not name an input file");
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo() {
    assertThat(CliRun.of("collate", COUNTY).errLines()[0])
        .isEqualTo("clausediff: collate needs at least two versions (or --original and one)");
    assertThat(CliRun.of("collate", COUNTY, MASS, "--min-versions", "3").errLines()[0])
        .isEqualTo(
            "clausediff: --min-versions must be between 2 and the number of versions (2) but was 3");
    CliRun format = CliRun.of("collate", COUNTY, MASS, "--format", "unified");
    assertThat(format.status()).isEqualTo(2);
    assertThat(format.errLines()[0]).contains("--format unified is not available for collate");
    CliRun missing = CliRun.of("collate", COUNTY, "no-such-file.txt");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err().lines()).hasSize(1);
    assertThat(missing.errLines()[0]).contains("no-such-file.txt");
  }

  /** Issue 17: collate's text report passed a title-setting ESC ]0;…BEL to the terminal. */
  @Test
  void escapeSequencesInHeadingsAndNamesReachNoTerminal(@TempDir Path dir) throws Exception {
    String title = "\u001b]0;pwned\u0007";
    Path a = dir.resolve("a" + title + ".txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, "一、总体要求" + title + "\n（一）指导思想。全面贯彻新发展理念。\n");
    Files.writeString(b, "一、总体要求" + title + "\n（一）指导思想。全面贯彻新发展理念，加快发展。\n");

    CliRun run = CliRun.on(new Terminal(false, true), "collate", a.toString(), b.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(run.out()).contains("A  " + dir + "/a⟨U+001B⟩]0;pwned⟨U+0007⟩.txt\n");
    assertThat(run.out()).contains("一、总体要求⟨U+001B⟩]0;pwned⟨U+0007⟩");
    assertThat(run.err().replace("\u001b[K", "")).doesNotContain("\u001b").doesNotContain("\u0007");
  }
}
