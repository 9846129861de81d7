package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file read from bytes in memory (standard input, {@code corpus index}) has exactly the outcome
 * of the same file read from its path: the same exception type and message, or the same text,
 * source map, format and notes. Run over the whole bad-input corpus and the Word fixtures, with the
 * default options, the format forced to .docx, and a limit high enough to reach the ratio check.
 */
class BytesLikePathTest {

  /** What reading gave: an extraction, or an exception's type and message. */
  private record Outcome(
      Optional<String> text,
      Optional<SourceMap> sourceMap,
      Optional<InputFormat> format,
      List<String> notes,
      Optional<String> failure) {

    static Outcome of(Extraction e) {
      return new Outcome(
          Optional.of(e.text().text()),
          Optional.of(e.text().sourceMap()),
          Optional.of(e.format()),
          e.notes(),
          Optional.empty());
    }

    static Outcome of(Exception e) {
      return new Outcome(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.of(e.getClass().getName() + ": " + e.getMessage()));
    }
  }

  static Stream<Arguments> files() throws IOException {
    List<Path> paths;
    try (Stream<Path> bad = Files.list(TestData.path("formats/bad"));
        Stream<Path> good = Files.list(TestData.path("formats"))) {
      paths =
          Stream.concat(
                  bad.filter(p -> !p.getFileName().toString().endsWith(".md")),
                  good.filter(p -> p.getFileName().toString().endsWith(".docx")))
              .sorted()
              .collect(Collectors.toList());
    }
    List<ReadOptions> options =
        List.of(
            ReadOptions.defaults(),
            ReadOptions.defaults().withFormat(InputFormat.DOCX),
            ReadOptions.defaults().withMaxInputBytes(4L << 30));
    return paths.stream()
        .flatMap(
            p ->
                options.stream()
                    .map(o -> Arguments.of(TestData.path("").relativize(p).toString(), o)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("files")
  void readsBytesAsItReadsThePath(String file, ReadOptions options) throws IOException {
    Path path = TestData.path(file);
    DocumentReader reader = DocumentReader.of(options);
    Outcome fromPath;
    try {
      fromPath = Outcome.of(reader.extract(path));
    } catch (RuntimeException e) {
      fromPath = Outcome.of(e);
    }
    Outcome fromBytes;
    byte[] bytes = Files.readAllBytes(path);
    try {
      // named as the path is, so that the messages can be compared whole
      fromBytes = Outcome.of(reader.extract(path.toString(), bytes));
    } catch (RuntimeException e) {
      fromBytes = Outcome.of(e);
    }
    assertThat(fromBytes).isEqualTo(fromPath);
  }
}
