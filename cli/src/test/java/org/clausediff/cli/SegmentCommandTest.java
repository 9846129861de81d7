package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {

  @Test
  void printsOutlineWithLineAndColumn() {
    CliRun run =
        CliRun.of("segment", TestData.path(TestData.QINGHAI_2017).toString(), "--level", "item");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("section 28:3 二、不断提升政府服务能力和水平\n")
        .contains("  item 30:3 （四）着力提高行政审批服务效能\n")
        .doesNotContain("paragraph");
  }

  @Test
  void writesJsonContractWithCodePointOffsets() throws Exception {
    CliRun run =
        CliRun.of("segment", TestData.path(TestData.QINGHAI_2017).toString(), "--format", "json");

    assertThat(run.status()).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("document").get("encoding").asText()).isEqualTo("UTF-8");
    assertThat(json.get("document").get("length").asInt()).isEqualTo(13951);
    JsonNode firstSection = null;
    for (JsonNode unit : json.get("units")) {
      if (unit.get("kind").asText().equals("section")) {
        firstSection = unit;
        break;
      }
    }
    assertThat(firstSection).isNotNull();
    assertThat(firstSection.get("label").asText()).isEqualTo("一、");
    assertThat(firstSection.get("title").asText()).isEqualTo("总体要求");
    String text = TestData.text(TestData.QINGHAI_2017).text();
    int start = firstSection.get("start").asInt();
    assertThat(
            text.codePoints()
                .skip(start)
                .limit(6)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString())
        .isEqualTo("一、总体要求");
  }

  @Test
  void missingFileIsExitTwoWithOneLine() {
    CliRun run = CliRun.of("segment", "no/such/file.txt");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("no/such/file.txt: no such file\n");
  }

  @Test
  void binaryFileIsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("image.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});

    CliRun run = CliRun.of("segment", png.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2); // the line and the final newline
    assertThat(run.err()).isEqualTo(png + ": binary file (NUL byte at offset 8), not text\n");
  }

  @Test
  void invalidUtf8IsExitTwoNamingTheOffset(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', 'b', (byte) 0xFF, (byte) 0xFE, (byte) 0xFD, 'c'});

    CliRun run = CliRun.of("segment", bad.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(bad + ": not UTF-8, UTF-16 or GB18030 text; first undecodable byte at offset ")
        .doesNotContain("Exception")
        .endsWith("\n");
    assertThat(run.errLines()).hasSize(2);
  }

  @Test
  void stackTraceOnlyWithDebug() {
    CliRun plain = CliRun.of("segment", "no/such/file.txt");
    CliRun debug = CliRun.of("segment", "--debug", "no/such/file.txt");

    assertThat(plain.err()).doesNotContain("\tat ");
    assertThat(debug.err()).contains("\tat ").endsWith("no/such/file.txt: no such file\n");
    assertThat(debug.status()).isEqualTo(2);
  }

  @Test
  void unknownFormatIsUsageError() {
    CliRun run =
        CliRun.of("segment", TestData.path(TestData.HENAN_2017).toString(), "--format", "xml");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("clausediff: --format: unknown format 'xml'; expected one of");
  }

  @Test
  void readsGb18030AndUtf16WithBomToTheSameOffsets() {
    CliRun utf8 =
        CliRun.of(
            "segment", TestData.path(TestData.QINGHAI_2018_COUNTY).toString(), "--format", "json");
    CliRun gb =
        CliRun.of(
            "segment",
            TestData.path("encodings/qinghai-2018-county-innovation.gb18030.txt").toString(),
            "--format",
            "json");

    assertThat(gb.status()).isEqualTo(0);
    assertThat(gb.out()).contains("\"encoding\": \"GB18030\"");
    assertThat(withoutHeader(gb.out())).isEqualTo(withoutHeader(utf8.out()));
  }

  private static String withoutHeader(String json) {
    return json.substring(json.indexOf("\"normalization\""));
  }

  @Test
  void namedEncodingOverridesDetection(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("le.txt");
    Files.write(file, "一、总体要求\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

    CliRun detected = CliRun.of("segment", file.toString());
    CliRun named = CliRun.of("segment", "--encoding", "UTF-16LE", file.toString());

    assertThat(detected.status()).isEqualTo(2);
    assertThat(detected.err())
        .isEqualTo(
            file
                + ": looks like UTF-16LE text without a byte-order mark; name the encoding to read"
                + " it (--encoding UTF-16LE)\n");
    assertThat(named.status()).isEqualTo(0);
    assertThat(named.out()).contains("section 1:1 一、总体要求");
  }

  @Test
  void unknownEncodingIsAUsageError() {
    CliRun run =
        CliRun.of(
            "segment", "--encoding", "klingon", TestData.path(TestData.HENAN_2017).toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "clausediff: --encoding: unknown encoding 'klingon'; use a Java charset name such as"
                + " UTF-8, GB18030, GBK, UTF-16LE or BIG5\n"
                + "Try 'clausediff segment --help' for more information.\n");
  }

  @Test
  void writesTheReportToTheOutputFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("outline.txt");

    CliRun run =
        CliRun.of("segment", TestData.path(TestData.HENAN_2017).toString(), "-o", out.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out))
        .startsWith(TestData.path(TestData.HENAN_2017) + ": 11420 code points");
  }

  @Test
  void refusesToWriteOverTheInput() throws Exception {
    Path input = TestData.path(TestData.HENAN_2017);
    byte[] before = Files.readAllBytes(input);

    CliRun run = CliRun.of("segment", input.toString(), "-o", input.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(input + ": -o may not name an input file; the input is never modified\n");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void unwritableOutputIsOneLine(@TempDir Path dir) {
    Path out = dir.resolve("no/such/dir/out.txt");

    CliRun run =
        CliRun.of("segment", TestData.path(TestData.HENAN_2017).toString(), "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(out + ": cannot write the report (no such directory)\n");
  }
}
