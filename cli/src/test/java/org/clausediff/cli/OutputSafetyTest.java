package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.clausediff.report.ReportWriter;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output is never silently lost or half written: a report that standard output cannot take ends
 * with exit status 2 and one line (a closed pipe ends quietly); a file is replaced only once it is
 * complete, and a write that fails half way leaves the previous file as it was; and outputs are
 * compared with inputs and with each other as files, through links.
 */
class OutputSafetyTest {
  private static final String YUNNAN = TestData.path(TestData.YUNNAN_2017).toString();

  @TempDir Path dir;

  /** A stream that takes {@code limit} bytes, then fails every write with {@code message}. */
  private static final class Failing extends OutputStream {
    private final long limit;
    private final String message;
    long written;

    Failing(long limit, String message) {
      this.limit = limit;
      this.message = message;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > limit) {
        throw new IOException(message);
      }
      written += len;
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"No space left on device", "File too large", "Stream closed"})
  void aReportThatStandardOutputCannotTakeIsTroubleInOneLine(String failure) {
    CliRun run = CliRun.writingTo(new Failing(4096, failure), "dups", YUNNAN, "--format", "json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "standard output: cannot write the report ("
                + failure.toLowerCase(java.util.Locale.ROOT)
                + ")\n");
  }

  @Test
  void aFailureAtTheLastFlushIsTroubleToo() {
    CliRun run = CliRun.writingTo(new Failing(0, "No space left on device"), "--help");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("standard output: cannot write the report (no space left on device)\n");
  }

  @Test
  void aClosedPipeEndsQuietlyWithTheCommandsStatus() {
    Failing pipe = new Failing(4096, "Broken pipe");

    CliRun run = CliRun.writingTo(pipe, "dups", YUNNAN, "--format", "json");

    assertThat(run.status()).as("duplication found").isEqualTo(1);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aReportThatFailsHalfWayLeavesThePreviousFileIntact() throws Exception {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "the previous report\n");
    OutputOptions options = new OutputOptions();
    options.output = Optional.of(target);
    ReportWriter<String> failing =
        (result, out) -> {
          out.append("{\"schemaVersion\": 1,".repeat(10_000));
          throw new IOException("No space left on device");
        };

    UserError e = assertThrows(UserError.class, () -> options.write(failing, "result", streams()));

    assertThat(e).hasMessage(target + ": cannot write the report (no space left on device)");
    assertThat(Files.readString(target)).isEqualTo("the previous report\n");
    assertThat(filesIn(dir)).containsExactly(target);
  }

  @Test
  void aReportWhoseRenderingFailsLeavesNoFileAtAll() throws Exception {
    Path target = dir.resolve("report.json");
    OutputOptions options = new OutputOptions();
    options.output = Optional.of(target);
    ReportWriter<String> failing =
        (result, out) -> {
          out.append("{\"schemaVersion\": 1,".repeat(10_000));
          throw new OutOfMemoryError("Java heap space");
        };

    assertThrows(OutOfMemoryError.class, () -> options.write(failing, "result", streams()));

    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void anAtomicFileIsReplacedOnlyWhenCommitted() throws Exception {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(
        target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));

    try (AtomicFile file = AtomicFile.create(target)) {
      file.stream().write("half".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(filesIn(dir)).containsExactly(target);

    try (AtomicFile file = AtomicFile.create(target)) {
      file.stream().write("new".getBytes(StandardCharsets.UTF_8));
      file.commit();
    }
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(filesIn(dir)).containsExactly(target);
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target)))
        .as("the replaced file keeps its mode")
        .isEqualTo("rw-r-----");
  }

  @Test
  void aReportWrittenThroughALinkReplacesTheFileItPointsTo() throws Exception {
    Path real = dir.resolve("real.json");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());

    CliRun run = CliRun.of("segment", YUNNAN, "--format", "json", "-o", link.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(0);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("{");
  }

  @Test
  void cleanAndReportMayNotBeTheSameFileThroughALink() throws Exception {
    Path cleaned = dir.resolve("c.txt");
    Files.writeString(cleaned, "previous cleaned text");
    Path link = Files.createSymbolicLink(dir.resolve("l.txt"), cleaned.getFileName());

    CliRun run = CliRun.of("dups", YUNNAN, "--clean", cleaned.toString(), "-o", link.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(cleaned + ": --clean and -o may not name the same file\n");
    assertThat(Files.readString(cleaned)).isEqualTo("previous cleaned text");
  }

  @Test
  void cleanAndReportMayNotBeTheSameFileThroughALinkToAFileNotYetWritten() throws Exception {
    Path cleaned = dir.resolve("c.txt");
    Path link = Files.createSymbolicLink(dir.resolve("l.txt"), cleaned.getFileName());

    CliRun run = CliRun.of("dups", YUNNAN, "-o", link.toString(), "--clean", cleaned.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(cleaned + ": --clean and -o may not name the same file\n");
    assertThat(cleaned).doesNotExist();
  }

  @Test
  void anOutputThatIsAnInputThroughALinkOrAHardLinkIsRefused() throws Exception {
    Path input = dir.resolve("input.txt");
    Files.copy(Path.of(YUNNAN), input);
    byte[] before = Files.readAllBytes(input);
    Path symbolic = Files.createSymbolicLink(dir.resolve("symbolic.txt"), input.getFileName());
    Path hard = Files.createLink(dir.resolve("hard.txt"), input);

    for (Path alias : List.of(symbolic, hard, dir.resolve("sub/../input.txt"))) {
      Files.createDirectories(dir.resolve("sub"));
      CliRun report = CliRun.of("segment", input.toString(), "-o", alias.toString());
      CliRun clean = CliRun.of("dups", input.toString(), "--clean", alias.toString());

      assertThat(report.status()).as("%s", alias).isEqualTo(2);
      assertThat(report.err())
          .isEqualTo(alias + ": -o may not name an input file; the input is never modified\n");
      assertThat(clean.status()).as("%s", alias).isEqualTo(2);
      assertThat(clean.err())
          .isEqualTo(alias + ": --clean may not name an input file; the input is never modified\n");
    }
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void theCleanedTextIsNotKeptWhenTheReportCannotBeWritten() throws Exception {
    Path cleaned = dir.resolve("clean.txt");
    Files.writeString(cleaned, "previous");

    CliRun run =
        CliRun.writingTo(
            new Failing(0, "No space left on device"),
            "dups",
            YUNNAN,
            "--clean",
            cleaned.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("standard output: cannot write the report (no space left on device)\n");
    assertThat(Files.readString(cleaned)).isEqualTo("previous");
    assertThat(filesIn(dir)).containsExactly(cleaned);
  }

  private static StandardStreams streams() {
    return StandardStreams.of(
        java.io.InputStream.nullInputStream(), OutputStream.nullOutputStream());
  }

  private static List<Path> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }
}
