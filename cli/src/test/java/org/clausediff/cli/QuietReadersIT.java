package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.clausediff.formats.DocumentReader;
import org.clausediff.report.PrintableText;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Apache POI and PDFBox log (warnings about fonts, damaged Word structures, relationship parsing);
 * none of it may reach the user's terminal. The shipped jar reads every fixture of {@code
 * testdata/formats} and of its bad corpus in a process of its own: a fixture it reads leaves
 * standard error empty but for its {@code note:} lines (what the reader left out), a refused one
 * leaves exactly the one line that names it. (With the logging switched back on, {@code
 * -Dlog4j2.simplelogLevel=WARN}, the .doc and PDF fixtures print warnings: the test can fail.)
 */
class QuietReadersIT {
  private static final Path JAR = Path.of(property("clausediff.jar")).toAbsolutePath();
  private static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "docm", "html", "md");
  private static final Set<String> READ_FROM_BAD =
      Set.of("html-renamed.docx", "huge-image.docx", "macros.docm");

  @TempDir Path dir;

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> good = Files.list(TestData.path("formats"));
        Stream<Path> bad = Files.list(TestData.path("formats/bad"))) {
      return Stream.concat(good.toList().stream(), bad.toList().stream())
          .filter(path -> EXTENSIONS.contains(extension(path)))
          .filter(path -> !path.getFileName().toString().equals("README.md"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void printsNothingButItsOwnLineOnStandardError(Path fixture) throws Exception {
    ProcessRun run = run("segment", fixture.toString(), "--extract");

    boolean refused =
        fixture.getParent().getFileName().toString().equals("bad")
            && !READ_FROM_BAD.contains(fixture.getFileName().toString());
    if (refused) {
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith(fixture + ": ").hasLineCount(1);
    } else {
      // only the reader's notes on what it left out, each a line of our own
      StringBuilder notes = new StringBuilder();
      for (String note : DocumentReader.defaults().extract(fixture).notes()) {
        notes.append("note: ").append(PrintableText.line(note)).append('\n');
      }
      assertThat(run.err()).isEqualTo(notes.toString());
      assertThat(run.status()).isZero();
      assertThat(run.out()).isNotBlank();
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void comparingWordWithPdfPrintsNothingOnStandardError() throws Exception {
    ProcessRun run =
        run(
            "compare",
            TestData.path("formats/qinghai-2018-county-innovation.doc").toString(),
            TestData.path("formats/qinghai-2018-county-innovation.pdf").toString(),
            "--format",
            "html");

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isIn(0, 1);
    assertThat(run.out()).contains("<html");
  }

  private ProcessRun run(String... args) throws IOException, InterruptedException {
    List<String> command =
        Stream.concat(Stream.of(ProcessRun.java(), "-jar", JAR.toString()), Stream.of(args))
            .toList();
    return ProcessRun.of(
        new ProcessBuilder(command).directory(dir.toFile()), dir, Duration.ofSeconds(90));
  }

  private static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          name + " is not set: run this test with mvn verify (maven-failsafe-plugin, cli/pom.xml)");
    }
    return value;
  }
}
