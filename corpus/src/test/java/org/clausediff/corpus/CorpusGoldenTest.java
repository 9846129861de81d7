package org.clausediff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.clausediff.corpus.report.CorpusJsonWriter;
import org.clausediff.corpus.report.CorpusTextWriter;
import org.clausediff.testing.GoldenFiles;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden corpora in {@code testdata/corpus/<case>/}: {@code inputs.txt} lists the documents
 * (relative to {@code testdata/}) and {@code query.txt} the query of {@code similar}; the expected
 * {@code reuse} report as text and JSON and the expected {@code similar} JSON are checked, with
 * paths printed relative to {@code testdata/}. {@code review.md} says why each cluster and hit is
 * right. Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class CorpusGoldenTest {
  private static final Set<String> FILES =
      Set.of(
          "inputs.txt",
          "query.txt",
          "review.md",
          "expected-reuse.txt",
          "expected-reuse.json",
          "expected-similar.json");

  @TempDir Path index;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(TestData.path("corpus"))) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void everyCaseHasItsFilesAndNoOthers() throws IOException {
    for (String name : cases().toList()) {
      try (Stream<Path> files = Files.list(TestData.path("corpus").resolve(name))) {
        assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
            .as("files of testdata/corpus/%s", name)
            .containsExactlyInAnyOrderElementsOf(FILES);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reuseAndSimilarMatchTheReviewedReports(String name) throws IOException {
    Path dir = TestData.path("corpus").resolve(name);
    List<Path> inputs = new ArrayList<>();
    for (String line : GoldenFiles.read(dir.resolve("inputs.txt")).split("\n", -1)) {
      if (!line.isBlank()) {
        inputs.add(TestData.path(line.strip()));
      }
    }
    String query = GoldenFiles.read(dir.resolve("query.txt")).strip();
    try (Corpus corpus = Corpus.open(index)) {
      IndexReport report = corpus.index(inputs);
      assertThat(report.added()).isEqualTo(inputs.size());
      ReuseReport reuse = corpus.reuse(ReuseOptions.defaults());
      SimilarResult similar = corpus.similar(TestData.text(query), inputs.size());
      GoldenFiles.assertMatches(
          dir.resolve("expected-reuse.txt"), relative(CorpusTextWriter.reuse().render(reuse)));
      GoldenFiles.assertMatches(
          dir.resolve("expected-reuse.json"), relative(CorpusJsonWriter.reuse().render(reuse)));
      GoldenFiles.assertMatches(
          dir.resolve("expected-similar.json"),
          relative(CorpusJsonWriter.similar().render(similar)));
    }
  }

  /** The report with the absolute testdata directory left out of paths. */
  private static String relative(String report) {
    String prefix = TestData.dir().toAbsolutePath().normalize() + java.io.File.separator;
    return report.replace(prefix, "");
  }
}
