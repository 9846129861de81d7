package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  private static final String QINGHAI = TestData.path(TestData.QINGHAI_2017).toString();
  private static final String HENAN = TestData.path(TestData.HENAN_2017).toString();

  @Test
  void identicalDocumentsAreExitZero() {
    CliRun run = CliRun.of("compare", QINGHAI, QINGHAI);

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("similarity 1.0000").contains("No changes.");
  }

  @Test
  void differentDocumentsAreExitOneWithSummaryAndMarks() {
    CliRun run = CliRun.of("compare", QINGHAI, HENAN);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("sentences: 11 equal, 59 modified")
        .contains(
            "MODIFIED 0.25  二、提升政府服务效能 › （一）提高行政审批服务能力和水平  ←  二、不断提升政府服务能力和水平 ›"
                + " （四）着力提高行政审批服务效能")
        .contains("[-深入-]{+全面+}贯彻党的十八大")
        .doesNotContain("\u001b[");
  }

  @Test
  void renumberingAloneIsNoDifference(@TempDir Path dir) throws Exception {
    Path a = write(dir, "a.txt", "一、总体要求\n（四）着力提高行政审批服务效能。\n深化商事制度改革。\n");
    Path b = write(dir, "b.txt", "一、总体要求\n（一）着力提高行政审批服务效能。\n深化商事制度改革。\n");

    assertThat(CliRun.of("compare", a.toString(), b.toString()).status()).isEqualTo(0);
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    CliRun run = CliRun.of("compare", QINGHAI, HENAN, "--format", "json");

    assertThat(run.status()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("left").get("name").asText()).isEqualTo(QINGHAI);
    assertThat(json.get("left").get("length").asInt()).isEqualTo(13951);
    assertThat(json.get("similarity").get("measure").asText()).isEqualTo("aligned-edit");
    JsonNode first = json.get("alignments").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .contains("op", "level", "left", "right", "similarity", "edits");
    boolean anyEdit = false;
    for (JsonNode alignment : json.get("alignments")) {
      for (JsonNode edit : alignment.get("edits")) {
        assertThat(edit.get("type").asText()).isIn("INSERT", "DELETE", "CHANGE");
        anyEdit = true;
      }
    }
    assertThat(anyEdit).isTrue();
    assertThat(json.get("deleted").size()).isPositive();
    assertThat(json.get("added").size()).isPositive();
  }

  @Test
  void jsonIsByteIdenticalOnEveryRun() {
    assertThat(CliRun.of("compare", QINGHAI, HENAN, "--format", "json").out())
        .isEqualTo(CliRun.of("compare", QINGHAI, HENAN, "--format", "json").out());
  }

  @Test
  void colourOnlyOnATerminalOrWhenAsked(@TempDir Path dir) throws Exception {
    Terminal terminal = new Terminal(true);
    String esc = "\u001b[";

    assertThat(CliRun.on(terminal, "compare", QINGHAI, HENAN).out())
        .contains(esc)
        .doesNotContain("[-");
    assertThat(CliRun.of("compare", QINGHAI, HENAN, "--color", "always").out()).contains(esc);
    assertThat(CliRun.on(terminal, "compare", QINGHAI, HENAN, "--color", "never").out())
        .doesNotContain(esc);
    Path report = dir.resolve("report.txt");
    CliRun toFile = CliRun.on(terminal, "compare", QINGHAI, HENAN, "-o", report.toString());
    assertThat(toFile.status()).isEqualTo(1);
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).doesNotContain(esc).contains("{+");
  }

  @Test
  void clauseAndParagraphUnits() {
    CliRun clauses = CliRun.of("compare", QINGHAI, HENAN, "--unit", "clause");
    CliRun paragraphs = CliRun.of("compare", QINGHAI, HENAN, "--unit", "paragraph");

    assertThat(clauses.status()).isEqualTo(1);
    assertThat(clauses.out()).contains("clauses: ");
    assertThat(paragraphs.status()).isEqualTo(1);
    assertThat(paragraphs.out()).contains("paragraphs: ");
  }

  @Test
  void missingFileIsExitTwoWithOneLine() {
    CliRun run = CliRun.of("compare", QINGHAI, "no/such/file.txt");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("no/such/file.txt: no such file\n");
  }

  @Test
  void binaryFileIsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("image.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});

    CliRun run = CliRun.of("compare", png.toString(), QINGHAI);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(png + ": binary file (NUL byte at offset 8), not text\n");
  }

  @Test
  void undecodableFileIsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', 'b', (byte) 0xFF, (byte) 0xFE, (byte) 0xFD, 'c'});

    CliRun run = CliRun.of("compare", QINGHAI, bad.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.err()).startsWith(bad + ": not UTF-8").doesNotContain("Exception");
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    assertThat(CliRun.of("compare", QINGHAI, HENAN, "--min-similarity", "1.5").err())
        .startsWith("clausediff: --min-similarity: must be in (0, 1] but was 1.5");
    assertThat(CliRun.of("compare", QINGHAI, HENAN, "--unit", "item").err())
        .startsWith("clausediff: --unit item is not available; expected one of sentence, clause");
    assertThat(CliRun.of("compare", QINGHAI, HENAN, "--color", "sometimes").err())
        .startsWith("clausediff: --color: unknown value 'sometimes'");
    CliRun format = CliRun.of("compare", QINGHAI, HENAN, "--format", "csv");
    assertThat(format.status()).isEqualTo(2);
    assertThat(format.err()).startsWith("clausediff: --format csv is not available for compare");
  }

  @Test
  void refusesToOverwriteAnInput() {
    CliRun run = CliRun.of("compare", QINGHAI, HENAN, "-o", HENAN);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("-o may not name an input file");
  }

  private static Path write(Path dir, String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Issue 17: a right-to-left override made 1000 read 0001 and compared equal, exit 0. */
  @Test
  void aBidiControlOrASuperscriptIsAChangeExitOne(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("plain.txt");
    Path bidi = dir.resolve("bidi.txt");
    Path power = dir.resolve("power.txt");
    Files.writeString(plain, "一、总则\n合同金额为1000元，由甲方支付。\n每个项目补助106元，由省财政厅拨付。\n");
    Files.writeString(bidi, "一、总则\n合同金额为\u202E1000\u202C元，由甲方支付。\n每个项目补助106元，由省财政厅拨付。\n");
    Files.writeString(power, "一、总则\n合同金额为1000元，由甲方支付。\n每个项目补助10⁶元，由省财政厅拨付。\n");

    CliRun reversed = CliRun.of("compare", plain.toString(), bidi.toString());
    CliRun raised = CliRun.of("compare", plain.toString(), power.toString());

    assertThat(reversed.status()).isEqualTo(1);
    assertThat(reversed.out())
        .contains("MODIFIED")
        .contains("合同金额为{+⟨U+202E⟩+}1000{+⟨U+202C⟩+}元，由甲方支付。")
        .doesNotContain("\u202E");
    assertThat(raised.status()).isEqualTo(1);
    assertThat(raised.out()).contains("MODIFIED").contains("⁶");
  }
}
