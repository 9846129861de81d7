package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DupsCommandTest {
  private static final String YUNNAN = TestData.path(TestData.YUNNAN_2017).toString();

  @Test
  void duplicationFoundIsExitOneWithSummary() {
    CliRun run = CliRun.of("dups", YUNNAN);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("duplicated: 22.4% (2139 code points in 18 later occurrences)\n")
        .contains("groups: 18 DUPLICATION, 11 BOILERPLATE\n")
        .contains("\nDUPLICATION exact body-text, 164 code points, 2 occurrences\n")
        .contains("  1:165    removed  云南省人民政府办公厅关于印发");
  }

  @Test
  void boilerplateOnlyIsExitZero() {
    CliRun run = CliRun.of("dups", TestData.path(TestData.QINGHAI_2017).toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).contains("groups: 0 DUPLICATION, 6 BOILERPLATE\n");
  }

  @Test
  void jsonFollowsTheContractWithCodePointOffsets() throws Exception {
    CliRun run = CliRun.of("dups", YUNNAN, "--format", "json");

    assertThat(run.status()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsSubsequence("schemaVersion", "document", "groups", "duplicatedLength");
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("document").get("length").asInt()).isEqualTo(9532);
    JsonNode group = json.get("groups").get(0);
    assertThat(group.get("kind").asText()).isEqualTo("EXACT");
    assertThat(group.get("label").asText()).isEqualTo("DUPLICATION");
    assertThat(group.get("similarity").asDouble()).isEqualTo(1.0);
    int[] text = TestData.text(TestData.YUNNAN_2017).text().codePoints().toArray();
    JsonNode first = group.get("occurrences").get(0);
    JsonNode second = group.get("occurrences").get(1);
    assertThat(substring(text, first)).isEqualTo(substring(text, second)).endsWith("请认真贯彻执行。");
    int removed = 0;
    for (JsonNode span : json.get("removed")) {
      removed += span.get("end").asInt() - span.get("start").asInt();
    }
    assertThat(json.get("duplicatedLength").asInt()).isEqualTo(removed).isEqualTo(2139);
  }

  @Test
  void jsonIsDeterministic() {
    assertThat(CliRun.of("dups", YUNNAN, "--format", "json").out())
        .isEqualTo(CliRun.of("dups", YUNNAN, "--format", "json").out());
  }

  @Test
  void cleanWritesTheInputWithoutTheRemovedSpans(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("clean.txt");
    byte[] before = Files.readAllBytes(Path.of(YUNNAN));

    CliRun run = CliRun.of("dups", YUNNAN, "--clean", out.toString(), "--format", "json");

    assertThat(run.status()).isEqualTo(1);
    assertThat(Files.readAllBytes(Path.of(YUNNAN)))
        .as("the input is never modified")
        .isEqualTo(before);
    String expected = withoutRemoved(new String(before, StandardCharsets.UTF_8), run.out());
    assertThat(Files.readAllBytes(out)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));

    CliRun again = CliRun.of("dups", out.toString());
    assertThat(again.status()).as(again.out()).isEqualTo(0);
    assertThat(again.out()).contains("groups: 0 DUPLICATION");
  }

  @Test
  void cleaningTextWithoutDuplicationChangesNoByte(@TempDir Path dir) throws Exception {
    Path input = TestData.path("encodings/qinghai-2018-county-innovation.gb18030.txt");
    Path out = dir.resolve("clean.txt");

    CliRun run = CliRun.of("dups", input.toString(), "--clean", out.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(input));
  }

  @Test
  void cleanKeepsTheInputEncodingAndByteOrderMark(@TempDir Path dir) throws Exception {
    for (String variant :
        List.of(
            "yunnan-2017-new-growth-drivers-garbled.gb18030.txt",
            "yunnan-2017-new-growth-drivers-garbled.utf16le-bom.txt",
            "yunnan-2017-new-growth-drivers-garbled.utf8-bom.txt")) {
      Path input = TestData.path("encodings/" + variant);
      Path out = dir.resolve(variant);

      CliRun run =
          CliRun.of("dups", input.toString(), "--clean", out.toString(), "--format", "json");

      assertThat(run.status()).as(variant).isEqualTo(1);
      byte[] bytes = Files.readAllBytes(out);
      String expected = withoutRemoved(TestData.text(TestData.YUNNAN_2017).text(), run.out());
      byte[] wanted;
      if (variant.contains("gb18030")) {
        wanted = expected.getBytes(Charset.forName("GB18030"));
      } else if (variant.contains("utf16le")) {
        wanted = ("\uFEFF" + expected).getBytes(StandardCharsets.UTF_16LE);
      } else {
        wanted = ("\uFEFF" + expected).getBytes(StandardCharsets.UTF_8);
      }
      assertThat(bytes).as(variant).isEqualTo(wanted);
      byte[] original = Files.readAllBytes(input);
      assertThat(bytes)
          .as("%s starts as the input does", variant)
          .startsWith(prefix(original, 100));
    }
  }

  @Test
  void cleanKeepsTheByteOrderMarkWhenTheEncodingIsNamed(@TempDir Path dir) throws Exception {
    Path input = TestData.path("encodings/yunnan-2017-new-growth-drivers-garbled.utf8-bom.txt");
    Path out = dir.resolve("clean.txt");

    CliRun run =
        CliRun.of(
            "dups",
            input.toString(),
            "--encoding",
            "UTF-8",
            "--clean",
            out.toString(),
            "--format",
            "json");

    assertThat(run.status()).isEqualTo(1);
    String expected = withoutRemoved(TestData.text(TestData.YUNNAN_2017).text(), run.out());
    assertThat(Files.readAllBytes(out))
        .isEqualTo(("\uFEFF" + expected).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void cleanMayNotOverwriteTheInput(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("input.txt");
    Files.copy(Path.of(YUNNAN), input);
    byte[] before = Files.readAllBytes(input);

    CliRun run = CliRun.of("dups", input.toString(), "--clean", input.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(input + ": --clean may not name an input file; the input is never modified\n");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void cleanAndReportMayNotShareAFile(@TempDir Path dir) {
    Path out = dir.resolve("out.txt");

    CliRun run = CliRun.of("dups", YUNNAN, "--clean", out.toString(), "-o", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(out + ": --clean and -o may not name the same file\n");
  }

  @Test
  void nearOffAndMinLengthChangeWhatIsFound() {
    CliRun shortRepeats =
        CliRun.of("dups", TestData.path(TestData.QINGHAI_2017).toString(), "--min-length", "10");
    CliRun nearOff =
        CliRun.of("dups", TestData.path("dups/near-repeat/input.txt").toString(), "--near", "off");
    CliRun nearOn = CliRun.of("dups", TestData.path("dups/near-repeat/input.txt").toString());

    assertThat(shortRepeats.out()).contains("exact repeats of at least 10 code points");
    assertThat(shortRepeats.out()).doesNotContain("groups: 0 DUPLICATION, 6 BOILERPLATE");
    assertThat(nearOn.status()).isEqualTo(1);
    assertThat(nearOff.status()).isEqualTo(0);
    assertThat(nearOff.out()).contains("no near repeats");
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    CliRun minLength = CliRun.of("dups", YUNNAN, "--min-length", "2");
    CliRun near = CliRun.of("dups", YUNNAN, "--near", "1.5");
    CliRun notANumber = CliRun.of("dups", YUNNAN, "--near", "high");
    CliRun format = CliRun.of("dups", YUNNAN, "--format", "md");

    assertThat(minLength.status()).isEqualTo(2);
    assertThat(minLength.err())
        .startsWith("clausediff: --min-length: minLength must be >= 4 but was 2\n");
    assertThat(near.status()).isEqualTo(2);
    assertThat(near.err())
        .startsWith("clausediff: --near: nearThreshold must be in (0, 1] but was 1.5\n");
    assertThat(notANumber.err())
        .startsWith(
            "clausediff: --near: expected a similarity between 0 and 1, or off, but was 'high'\n");
    assertThat(format.err()).startsWith("clausediff: --format md is not available for dups");
  }

  @Test
  void missingFileIsExitTwo() {
    CliRun run = CliRun.of("dups", "no/such/file.txt");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("no/such/file.txt: no such file\n");
  }

  private static String substring(int[] text, JsonNode span) {
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    return new String(text, start, end - start);
  }

  /** {@code text} without the {@code removed} spans of the JSON report {@code json}. */
  private static String withoutRemoved(String text, String json) throws Exception {
    int[] cps = text.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    int kept = 0;
    for (JsonNode span : new ObjectMapper().readTree(json).get("removed")) {
      out.append(new String(cps, kept, span.get("start").asInt() - kept));
      kept = span.get("end").asInt();
    }
    out.append(new String(cps, kept, cps.length - kept));
    return out.toString();
  }

  private static byte[] prefix(byte[] bytes, int length) {
    byte[] prefix = new byte[Math.min(length, bytes.length)];
    System.arraycopy(bytes, 0, prefix, 0, prefix.length);
    return prefix;
  }
}
