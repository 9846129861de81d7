package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.clausediff.LimitExceededException;
import org.clausediff.robustness.BadInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Inputs and outputs that are not files one can use — a directory, an unreadable file, a path
 * through a file, an input over the size limit, an output that cannot be written: exit status 2 and
 * one plain line naming the path and the problem, the stack trace only with {@code --debug}.
 */
class FileProblemsTest {
  private static final String POLICY = "一、总体要求\n（一）指导思想。全面贯彻。\n";

  private static final String SKIPPED_AS_ROOT =
      "FileProblemsTest.refusesAnUnreadableInput skipped: running as root, who can read a file of"
          + " mode 000; describesPermissionDeniedInOneLine still checks the message";

  @TempDir Path dir;

  @Test
  void refusesADirectoryAsInput() {
    CliRun run = CliRun.of("segment", dir.toString());

    assertOnePlainLine(run, dir + ": is a directory, not a file");
  }

  @Test
  void refusesAnUnreadableInput() throws Exception {
    Path file = write("secret.txt", POLICY);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    if (Files.isReadable(file)) {
      // A notice on the console, not only in the report: this case did not run.
      System.err.println("NOTICE: " + SKIPPED_AS_ROOT);
    }
    assumeFalse(Files.isReadable(file), SKIPPED_AS_ROOT);

    CliRun run = CliRun.of("segment", file.toString());

    assertOnePlainLine(run, file + ": permission denied");
  }

  @Test
  void describesPermissionDeniedInOneLine() {
    assertThat(ErrorMessages.of(new AccessDeniedException("a/secret.txt")))
        .isEqualTo("a/secret.txt: permission denied");
  }

  @Test
  void describesTheHeapLimitWithHowToRaiseIt() {
    LimitExceededException limit =
        new LimitExceededException(
            "a.txt, b.txt",
            HeapCheck.LIMIT_NAME,
            1L << 30,
            3L << 30,
            "needs about 3.0 GB of heap for 2 texts of 70.0 million characters in all; the heap is"
                + " 1.0 GB");

    assertThat(ErrorMessages.of(limit))
        .isEqualTo(
            "a.txt, b.txt: needs about 3.0 GB of heap for 2 texts of 70.0 million characters in"
                + " all; the heap is 1.0 GB: raise it with JAVA_OPTS=-Xmx4g (./clausediff) or java"
                + " -Xmx4g -jar clausediff.jar");
  }

  @Test
  void describesRunningOutOfMemoryInOneLineNamingTheFiles() {
    assertThat(ErrorMessages.outOfMemory(List.of(Path.of("a.txt"), Path.of("b.txt")), 1L << 30))
        .isEqualTo(
            "a.txt, b.txt: out of memory (the heap is 1.0 GB); raise it with JAVA_OPTS=-Xmx3g"
                + " (./clausediff) or java -Xmx3g -jar clausediff.jar, or use smaller inputs");
    assertThat(ErrorMessages.of(new OutOfMemoryError("Java heap space")))
        .startsWith("out of memory (the heap is ");
  }

  @Test
  void refusesAPathThroughAFile() throws Exception {
    Path file = write("policy.txt", POLICY);

    CliRun run = CliRun.of("segment", file.resolve("more.txt").toString());

    assertOnePlainLine(run, file.resolve("more.txt") + ": not a directory");
  }

  @Test
  void refusesAnInputOverTheLimitNamingTheOption() throws Exception {
    Path file = write("long.txt", POLICY.repeat(100));

    CliRun run = CliRun.of("segment", file.toString(), "--max-input-size", "1K");

    assertOnePlainLine(
        run,
        file
            + ": "
            + Files.size(file)
            + " bytes exceed the input limit of 1024 bytes (raise it with --max-input-size)");
  }

  @Test
  void refusesAnInputOverTheDefaultLimitWithoutReadingIt() throws Exception {
    Path file = dir.resolve("sparse.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(300L << 20); // takes no disk space
    }

    CliRun run = CliRun.of("segment", file.toString());

    assertOnePlainLine(
        run,
        file
            + ": 314572800 bytes exceed the input limit of 268435456 bytes (raise it with"
            + " --max-input-size)");
  }

  /** (A missing directory and -o naming the input: SegmentCommandTest.) */
  @ParameterizedTest(name = "-o {0}")
  @CsvSource({"'', is a directory", "policy.txt/report.json, not a directory"})
  void refusesAnOutputThatIsNoFile(String relative, String reason) throws Exception {
    Path input = write("policy.txt", POLICY);
    Path output = dir.resolve(relative);

    CliRun run = CliRun.of("segment", input.toString(), "-o", output.toString());

    assertOnePlainLine(run, output + ": cannot write the report (" + reason + ")");
  }

  // Every command that reads files: the bad file in each of its input positions.

  @ParameterizedTest(name = "{0}")
  @EnumSource(FileCommand.class)
  void everyCommandRefusesADirectoryAsInput(FileCommand command) throws Exception {
    Path good = write("policy.txt", POLICY);

    CliRun run = run(command.args(dir, good, dir.resolve("report.json")));

    assertOnePlainLine(run, dir + ": is a directory, not a file");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(FileCommand.class)
  void everyCommandRefusesAMissingInput(FileCommand command) throws Exception {
    Path good = write("policy.txt", POLICY);
    Path missing = dir.resolve("missing.txt");

    CliRun run = run(command.args(missing, good, dir.resolve("report.json")));

    assertOnePlainLine(run, missing + ": no such file");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(FileCommand.class)
  void everyCommandRefusesAnUnreadableInput(FileCommand command) throws Exception {
    Path good = write("policy.txt", POLICY);
    Path file = write("secret.txt", POLICY);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), SKIPPED_AS_ROOT);

    CliRun run = run(command.args(file, good, dir.resolve("report.json")));

    assertOnePlainLine(run, file + ": permission denied");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(FileCommand.class)
  void everyCommandRefusesToWriteOverAnInput(FileCommand command) throws Exception {
    Path good = write("policy.txt", POLICY);
    Path other = write("other.txt", POLICY + "（二）工作目标。\n");

    CliRun run = run(command.args(other, good, other));

    assertOnePlainLine(run, other + ": -o may not name an input file; the input is never modified");
    assertThat(Files.readString(other, StandardCharsets.UTF_8)).startsWith(POLICY);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(FileCommand.class)
  void everyCommandRefusesAnOutputInAMissingDirectoryBeforeReading(FileCommand command)
      throws Exception {
    Path good = write("policy.txt", POLICY);
    Path output = dir.resolve("no/such/dir/report.json");
    // The input is refused when read; the output is refused first, before any work.
    Path png = BadInputs.committed("image.png");

    CliRun run = run(command.args(png, good, output));

    assertOnePlainLine(run, output + ": cannot write the report (no such directory)");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(FileCommand.class)
  void everyCommandRefusesAnOutputInAReadOnlyDirectory(FileCommand command) throws Exception {
    Path good = write("policy.txt", POLICY);
    Path readOnly = Files.createDirectory(dir.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    assumeFalse(Files.isWritable(readOnly), "running as root, who can write anywhere");
    Path output = readOnly.resolve("report.json");

    CliRun run = run(command.args(good, good, output));

    assertOnePlainLine(run, output + ": cannot write the report (permission denied)");
  }

  @Test
  void dupsRefusesACleanedTextInAMissingDirectoryBeforeReading() throws Exception {
    Path cleaned = dir.resolve("no/such/dir/cleaned.txt");

    CliRun run =
        CliRun.of(
            "dups", BadInputs.committed("image.png").toString(), "--clean", cleaned.toString());

    assertOnePlainLine(run, cleaned + ": cannot write the cleaned text (no such directory)");
  }

  private static CliRun run(List<String> args) {
    return CliRun.of(args.toArray(new String[0]));
  }

  @Test
  void showsTheStackTraceOfABadInputOnlyWithDebug() {
    String png = BadInputs.committed("image.png").toString();

    CliRun plain = CliRun.of("segment", png);
    CliRun debug = CliRun.of("segment", "--debug", png);

    assertOnePlainLine(plain, png + ": binary file (NUL byte at offset 8), not text");
    assertThat(debug.status()).isEqualTo(2);
    assertThat(debug.err())
        .contains("org.clausediff.InvalidInputException", "\tat org.clausediff.")
        .endsWith(png + ": binary file (NUL byte at offset 8), not text\n");
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void assertOnePlainLine(CliRun run, String line) {
    assertThat(run.status()).as("exit status; stderr: %s", run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(line + "\n");
  }
}
