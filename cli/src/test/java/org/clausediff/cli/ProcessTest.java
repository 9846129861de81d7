package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.clausediff.robustness.BadInputs;
import org.clausediff.robustness.BadInputs.BadInput;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command as a separate Java process, the way users run it: the same input gives byte-identical
 * output in every JVM, whatever its locale, default charset and time zone; the largest bad inputs
 * fit in a small heap; and trouble ends the process with exit status 2.
 */
class ProcessTest {
  /** Settings that must not change any output. */
  private static final List<String> OTHER_SETTINGS =
      List.of(
          "-Dfile.encoding=ISO-8859-1",
          "-Duser.language=tr",
          "-Duser.country=TR",
          "-Duser.timezone=Pacific/Chatham",
          "-Djava.locale.providers=COMPAT");

  @TempDir static Path scratch;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void givesByteIdenticalJsonInEveryJvm() throws Exception {
    String file = TestData.path(TestData.YUNNAN_2017).toString();

    Run first = run(List.of(), "segment", file, "--format", "json");
    Run second = run(OTHER_SETTINGS, "segment", file, "--format", "json");

    assertThat(first.status()).as(first.err()).isEqualTo(0);
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(first.out()).isEqualTo(CliRun.of("segment", file, "--format", "json").out());
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void givesByteIdenticalTextInEveryJvm() throws Exception {
    String file = BadInputs.committed("bidi-marks.txt").toString();

    Run first = run(List.of(), "segment", file, "--level", "clause");
    Run second = run(OTHER_SETTINGS, "segment", file, "--level", "clause");

    assertThat(first.status()).as(first.err()).isEqualTo(0);
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(first.out()).isEqualTo(CliRun.of("segment", file, "--level", "clause").out());
  }

  static Stream<Arguments> commandsAndHeaviestInputs() {
    return Stream.of(FileCommand.values())
        .flatMap(c -> BadInputs.heaviest().stream().map(input -> Arguments.of(c, input)));
  }

  /**
   * The inputs that need the most memory, each in a JVM limited to 768 MiB of heap (a default JVM
   * gets a quarter of the machine's memory), checked like every other bad input in {@link
   * BadInputTest}.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("commandsAndHeaviestInputs")
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void handlesTheHeaviestInputsWithA768MiBHeap(FileCommand command, BadInput input)
      throws Exception {
    Path file = input.file(scratch);
    Path output = scratch.resolve(command + "-" + input.name() + ".json");
    Path good = BadInputs.committed("gb18030.txt");

    Run run = run(List.of("-Xmx768m"), command.args(file, good, output).toArray(new String[0]));

    assertThat(run.out()).isEmpty();
    BadInputTest.assertOutcome(command, input, file, output, run.status(), run.err());
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void exitsWithStatusTwoAndOneLine() throws Exception {
    String zip = BadInputs.committed("archive.zip").toString();

    Run run = run(List.of(), "segment", zip);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(zip + ": binary file (NUL byte at offset 5), not text\n");
  }

  /** What a process printed and how it ended. */
  record Run(int status, String out, String err) {}

  /** Runs {@code clausediff args…} in a new JVM with the JVM options {@code jvm}. */
  private static Run run(List<String> jvm, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(scratch, "out", ".txt");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    int status = process.waitFor();
    return new Run(
        status,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
