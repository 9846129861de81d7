package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code dups --clean} is byte-exact in every encoding: the cleaned file is the input with one run
 * of bytes — the later copy of the duplicated passage — taken out, every other byte as it was
 * (byte-order mark, byte order, and byte sequences that would not survive re-encoding), and
 * clausediff reads it back.
 */
class CleanEncodingsTest {
  private static final String CHINESE = "（一）指导思想。全面贯彻党的十九大精神，深入推进简政放权、放管结合、优化服务改革。\n";
  private static final String TRADITIONAL = "（一）指導思想。全面貫徹黨的十九大精神，深入推進簡政放權、放管結合、優化服務改革。\n";
  private static final String JAPANESE =
      "第一条　この法律は、行政手続に関し、共通する事項を定めることによって、公正の確保と透明性の向上を図ることを目的とする。\n";

  /** One case: how the file is made, and the {@code --encoding} to read it with, if any. */
  record Case(String name, byte[] bytes, List<String> options) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  /**
   * A document in {@code charset}: {@code before}, a heading and an opening passage, the passage
   * {@code repeated}, a unique sentence, the passage again (what cleaning removes), and an end.
   */
  private static byte[] document(
      Charset charset, byte[] before, String heading, String repeated, String end) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before);
    out.writeBytes(heading.getBytes(charset));
    out.writeBytes(repeated.getBytes(charset));
    out.writeBytes("另有一句不同的话。\n".getBytes(charset));
    out.writeBytes(repeated.getBytes(charset));
    out.writeBytes(end.getBytes(charset));
    return out.toByteArray();
  }

  private static byte[] chinese(String charset, String bom) {
    Charset cs = Charset.forName(charset);
    return document(cs, bytes(bom), "一、总体要求\n", CHINESE, "二、主要任务\n𠮷野家的结尾。\n");
  }

  static Stream<Case> cases() {
    Charset windows31j = Charset.forName("windows-31j");
    Charset big5 = Charset.forName("Big5");
    List<Case> cases = new ArrayList<>();
    // 87 90 is ≒, which Windows-31J re-encodes as 81 E0.
    ByteArrayOutputStream japanese = new ByteArrayOutputStream();
    japanese.writeBytes("第一章　総則 ".getBytes(windows31j));
    japanese.writeBytes(bytes("8790"));
    japanese.writeBytes("ﾃｽﾄ\n".getBytes(windows31j));
    japanese.writeBytes(JAPANESE.getBytes(windows31j));
    japanese.writeBytes("第二条　別の規定を置く。\n".getBytes(windows31j));
    japanese.writeBytes(JAPANESE.getBytes(windows31j));
    cases.add(
        new Case("Windows-31J", japanese.toByteArray(), List.of("--encoding", "windows-31j")));
    // A2 CC is 十, which Big5 re-encodes as A4 51.
    ByteArrayOutputStream traditional = new ByteArrayOutputStream();
    traditional.writeBytes("一、總體要求 ".getBytes(big5));
    traditional.writeBytes(bytes("A2CC"));
    traditional.writeBytes("\n".getBytes(big5));
    traditional.writeBytes(TRADITIONAL.getBytes(big5));
    traditional.writeBytes("另有一句不同的話。\n".getBytes(big5));
    traditional.writeBytes(TRADITIONAL.getBytes(big5));
    cases.add(new Case("Big5", traditional.toByteArray(), List.of("--encoding", "Big5")));
    cases.add(new Case("UTF-16LE with BOM", chinese("UTF-16LE", "FFFE"), List.of()));
    cases.add(new Case("UTF-16BE with BOM", chinese("UTF-16BE", "FEFF"), List.of()));
    cases.add(
        new Case(
            "UTF-16LE without BOM", chinese("UTF-16LE", ""), List.of("--encoding", "UTF-16LE")));
    cases.add(
        new Case(
            "UTF-16BE without BOM", chinese("UTF-16BE", ""), List.of("--encoding", "UTF-16BE")));
    // The probes of issue 17: --encoding UTF-16 on a little-endian file, UTF-32 on UTF-32LE.
    cases.add(
        new Case(
            "UTF-16LE with BOM read as UTF-16",
            chinese("UTF-16LE", "FFFE"),
            List.of("--encoding", "UTF-16")));
    cases.add(
        new Case(
            "UTF-32LE with BOM read as UTF-32",
            chinese("UTF-32LE", "FFFE0000"),
            List.of("--encoding", "UTF-32")));
    cases.add(new Case("UTF-32BE with BOM", chinese("UTF-32BE", "0000FEFF"), List.of()));
    cases.add(new Case("GB18030", chinese("GB18030", ""), List.of()));
    cases.add(new Case("UTF-8 with BOM", chinese("UTF-8", "EFBBBF"), List.of()));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cleaningTakesOutOneRunOfBytesAndKeepsEveryOther(Case c, @TempDir Path dir) throws Exception {
    Path input = dir.resolve("input.txt");
    Files.write(input, c.bytes());
    Path out = dir.resolve("clean.txt");
    List<String> args =
        new ArrayList<>(List.of("dups", input.toString(), "--clean", out.toString()));
    args.addAll(c.options());

    CliRun run = CliRun.of(args.toArray(new String[0]));

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("groups: 1 DUPLICATION");
    byte[] original = c.bytes();
    byte[] cleaned = Files.readAllBytes(out);
    int prefix = 0;
    while (prefix < cleaned.length && cleaned[prefix] == original[prefix]) {
      prefix++;
    }
    int cut = original.length - cleaned.length;
    assertThat(cut).as("bytes taken out").isPositive();
    for (int i = prefix; i < cleaned.length; i++) {
      assertThat(cleaned[i]).as("byte %s after the cut", i).isEqualTo(original[i + cut]);
    }
    assertThat(Files.readAllBytes(input)).as("the input is never modified").isEqualTo(original);

    List<String> again = new ArrayList<>(List.of("dups", out.toString()));
    again.addAll(c.options());
    CliRun reread = CliRun.of(again.toArray(new String[0]));
    assertThat(reread.status()).as("%s %s", reread.err(), reread.out()).isEqualTo(0);
    assertThat(reread.out()).contains("groups: 0 DUPLICATION");
  }

  @Test
  void aDecodeOnlyEncodingIsRefusedBeforeAnyWork(@TempDir Path dir) {
    Path missing = dir.resolve("not-read.txt");
    Path out = dir.resolve("clean.txt");

    CliRun run =
        CliRun.of(
            "dups", missing.toString(), "--encoding", "ISO-2022-CN", "--clean", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "--clean cannot cut passages out of ISO-2022-CN text, an encoding Java can only"
                + " read; convert the file to UTF-8 or GB18030 first\n");
    assertThat(out).doesNotExist();
  }
}
