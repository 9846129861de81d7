package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Word or PDF file on standard input, or indexed by {@code corpus index} (which reads every file
 * as bytes), has the outcome it has when it is named on the command line: the same extracted text,
 * or the same one-sentence error. Run over the whole bad-input corpus of {@code
 * testdata/formats/bad}.
 */
class BytesInputTest {
  private static final Path BAD = TestData.path("formats/bad").toAbsolutePath().normalize();

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.clausediff.cli.BadFormatInputTest#files")
  void standardInputGivesWhatThePathGives(String file) throws IOException {
    Path path = BAD.resolve(file);

    CliRun named = CliRun.of("segment", path.toString(), "--extract");
    CliRun piped = CliRun.withInput(Files.readAllBytes(path), "segment", "-", "--extract");

    assertThat(piped.status()).as("stderr: %s", piped.err()).isEqualTo(named.status());
    assertThat(piped.out()).isEqualTo(named.out());
    // Standard input has no name, so no note can say what its name claims.
    String expected =
        named
            .err()
            .replace(path + ": ", "standard input: ")
            .replaceAll("note: read as HTML: the file is named \\.docx[^\n]*\n", "");
    assertThat(piped.err()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.clausediff.cli.BadFormatInputTest#files")
  void corpusIndexGivesWhatThePathGives(String file) throws IOException {
    Path path = BAD.resolve(file);

    CliRun named = CliRun.of("segment", path.toString());
    CliRun indexed = CliRun.of("corpus", "index", dir.resolve("index").toString(), path.toString());

    if (named.status() == 2) {
      assertThat(indexed.status()).isEqualTo(2);
      // corpus index has no --max-input-size to suggest
      assertThat(indexed.errLines())
          .contains(named.err().strip().replace(" (raise it with --max-input-size)", ""));
    } else {
      assertThat(indexed.err()).isEmpty();
      assertThat(indexed.status()).isZero();
      assertThat(indexed.out()).contains("1 added");
    }
  }
}
