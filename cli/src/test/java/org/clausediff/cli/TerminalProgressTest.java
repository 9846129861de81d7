package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress of {@code collate} appears on standard error when that is a terminal, whatever standard
 * output is, and never when it is not. The command runs in a new JVM under {@code script}, which
 * gives it a pseudo-terminal; skipped, with a notice on stderr, where {@code script} is missing.
 */
class TerminalProgressTest {
  private static final Path SCRIPT = Path.of("/usr/bin/script");
  private static final String COUNTY = TestData.path(TestData.QINGHAI_2018_COUNTY).toString();
  private static final String MASS = TestData.path(TestData.QINGHAI_2018_MASS).toString();

  @TempDir Path dir;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void progressShowsWhenOnlyStandardErrorIsATerminal() throws Exception {
    Path report = dir.resolve("report.txt");

    String terminal = onTerminal(collate() + " > " + quote(report.toString()));

    assertThat(terminal).contains("\rcollate: 1/3 aligned (").contains("collate: 3/3 aligned (");
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .startsWith("no original; core: what at least 2 of 3 versions share\n")
        .doesNotContain("aligned (");
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void noProgressWhenStandardErrorIsAFileThoughOutputIsATerminal() throws Exception {
    Path errors = dir.resolve("errors.txt");

    String terminal = onTerminal(collate() + " 2> " + quote(errors.toString()));

    assertThat(terminal).contains("no original; core: what at least 2 of 3 versions share");
    assertThat(Files.readString(errors, StandardCharsets.UTF_8)).isEmpty();
  }

  /** The shell command that runs {@code clausediff collate} on three versions in a new JVM. */
  private static String collate() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of("collate", COUNTY, MASS, COUNTY));
    return command.stream().map(TerminalProgressTest::quote).collect(Collectors.joining(" "));
  }

  /** Runs {@code shellCommand} on a pseudo-terminal; returns what it wrote to the terminal. */
  private String onTerminal(String shellCommand) throws IOException, InterruptedException {
    if (!Files.isExecutable(SCRIPT)) {
      // A notice on the console, not only in the report: this case did not run.
      System.err.println("NOTICE: " + SCRIPT + " is missing (util-linux); progress not tested");
    }
    assumeTrue(Files.isExecutable(SCRIPT), SCRIPT + " is missing");
    Path typescript = dir.resolve("terminal.txt");
    Process process =
        new ProcessBuilder(SCRIPT.toString(), "-q", "-e", "-c", shellCommand, "/dev/null")
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(typescript.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("finished").isTrue();
    String terminal = Files.readString(typescript, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(terminal).isZero();
    return terminal;
  }

  /** {@code text} quoted for the shell. */
  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
