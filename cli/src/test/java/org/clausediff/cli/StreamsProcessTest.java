package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a separate process with real streams and limits: a report standard output cannot
 * take ({@code > /dev/full}, a file-size limit) ends with exit status 2 and one line, a closed pipe
 * ends quietly; {@code -o} and {@code --clean} under a file-size limit leave the previous files
 * intact; binary devices are refused from their first bytes; standard input is read with {@code -}
 * and is an input like any other file.
 */
class StreamsProcessTest {
  private static final Path YUNNAN = TestData.path(TestData.YUNNAN_2017);

  @TempDir Path dir;

  /** What a process printed and how it ended. */
  record Run(int status, String out, String err) {}

  /**
   * Runs {@code clausediff args…} through {@code bash -c}, with {@code shell} before the command (a
   * {@code ulimit}, say) and {@code redirect} after it ({@code > /dev/full}, {@code < FILE}).
   * Standard output goes to a file unless {@code redirect} sends it elsewhere; standard input is
   * empty unless it names one.
   */
  private Run run(String shell, String redirect, String... args) throws Exception {
    List<String> java = new ArrayList<>();
    java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    java.add("-XX:TieredStopAtLevel=1");
    java.add("-XX:+UseSerialGC");
    // No hsperfdata file: it would count against a file-size limit.
    java.add("-XX:-UsePerfData");
    java.add("-Xmx256m");
    java.add("-cp");
    java.add(System.getProperty("java.class.path"));
    java.add(Main.class.getName());
    java.addAll(List.of(args));
    String command = java.stream().map(StreamsProcessTest::quoted).collect(Collectors.joining(" "));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Files.deleteIfExists(out);
    Process process =
        new ProcessBuilder(
                "bash",
                "-c",
                shell
                    + " exec "
                    + command
                    + " "
                    + redirect
                    + (redirect.contains(">") || redirect.contains("|")
                        ? ""
                        : " > " + quoted(out.toString())))
            .redirectError(err.toFile())
            .redirectInput(new File("/dev/null"))
            .start();
    return finish(process, out, err);
  }

  private static Run finish(Process process, Path out, Path err) throws Exception {
    try {
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        throw new AssertionError("clausediff still running after 3 minutes");
      }
      return new Run(
          process.exitValue(),
          Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "",
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      process.destroyForcibly();
    }
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(Path::getFileName).sorted().toList();
    }
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aReportToAFullDeviceIsTroubleInOneLine() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full");

    Run run = run("", "> /dev/full", "dups", YUNNAN.toString(), "--format", "json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("standard output: cannot write the report (no space left on device)\n");
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aReportOverTheFileSizeLimitIsTroubleInOneLine() throws Exception {
    Run run = run("ulimit -f 4;", "", "dups", YUNNAN.toString(), "--format", "json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("standard output: cannot write the report (file too large)\n");
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void filesOverTheFileSizeLimitLeaveThePreviousOnesIntact() throws Exception {
    Path cleaned = dir.resolve("cleaned.txt");
    Path report = dir.resolve("report.json");
    Files.writeString(cleaned, "the previous cleaned text\n");
    Files.writeString(report, "{\"the previous\": \"report\"}\n");

    Run run =
        run(
            "ulimit -f 4;",
            "",
            "dups",
            YUNNAN.toString(),
            "--format",
            "json",
            "--clean",
            cleaned.toString(),
            "-o",
            report.toString());

    // The report fails first: the cleaned text is written to its temporary file in one piece.
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(report + ": cannot write the report (file too large)\n");
    assertThat(Files.readString(cleaned)).isEqualTo("the previous cleaned text\n");
    assertThat(Files.readString(report)).isEqualTo("{\"the previous\": \"report\"}\n");
    assertThat(files())
        .as("no temporary file is left")
        .containsExactly(
            Path.of("cleaned.txt"),
            Path.of("report.json"),
            Path.of("stderr.txt"),
            Path.of("stdout.txt"));
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aCleanedTextOverTheFileSizeLimitLeavesThePreviousOneIntact() throws Exception {
    Path cleaned = dir.resolve("cleaned.txt");
    Files.writeString(cleaned, "the previous cleaned text\n");

    Run run =
        run(
            "ulimit -f 4;",
            "> /dev/null",
            "dups",
            YUNNAN.toString(),
            "--clean",
            cleaned.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(cleaned + ": cannot write the cleaned text (file too large)\n");
    assertThat(Files.readString(cleaned)).isEqualTo("the previous cleaned text\n");
    assertThat(files()).containsExactly(Path.of("cleaned.txt"), Path.of("stderr.txt"));
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aClosedPipeEndsQuietly() throws Exception {
    // collate's JSON of three documents is far more than a pipe holds.
    Run run =
        run(
            "set -o pipefail;",
            "| head -c 100 > /dev/null; echo \"status ${PIPESTATUS[0]}\" >&2",
            "collate",
            TestData.path(TestData.QINGHAI_2017).toString(),
            TestData.path(TestData.HENAN_2017).toString(),
            YUNNAN.toString(),
            "--format",
            "json");

    assertThat(run.err()).isEqualTo("status 0\n");
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void binaryDevicesAreRefusedFromTheirFirstBytes() throws Exception {
    for (String device : List.of("/dev/zero", "/dev/urandom")) {
      assumeTrue(Files.isReadable(Path.of(device)), device);

      // A 256 MB heap: reading to the 256 MB limit would run out of memory.
      Run run = run("", "", "segment", device);

      assertThat(run.status()).as(device).isEqualTo(2);
      assertThat(run.err()).as(device).startsWith(device + ": binary file (NUL byte at offset ");
    }
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void standardInputIsReadWithADash() throws Exception {
    Run piped = run("", "< " + quoted(YUNNAN.toString()), "segment", "-");

    assertThat(piped.status()).as(piped.err()).isEqualTo(0);
    String fromFile = CliRun.of("segment", YUNNAN.toString()).out();
    assertThat(piped.out()).isEqualTo("-" + fromFile.substring(YUNNAN.toString().length()));
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void standardInputIsAnInputTheOutputMayNotReplace() throws Exception {
    Path input = dir.resolve("input.txt");
    Files.copy(YUNNAN, input);

    Run run = run("", "< " + quoted(input.toString()), "segment", "-", "-o", input.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(input + ": -o may not name an input file; the input is never modified\n");
    assertThat(Files.readAllBytes(input)).isEqualTo(Files.readAllBytes(YUNNAN));
  }
}
