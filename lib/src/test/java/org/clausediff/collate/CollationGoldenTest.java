package org.clausediff.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.testing.GoldenFiles;
import org.clausediff.testing.ReportChecks;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden outputs of {@code collate}: each directory under {@code testdata/collate/} names its
 * inputs in {@code inputs.txt} (paths relative to {@code testdata/}, one per line; a line {@code
 * original: PATH} names the original) and holds the reviewed reports {@code expected.txt} and
 * {@code expected.json}; {@code review.md} holds the reviewer's notes.
 */
class CollationGoldenTest {
  private static final Set<String> FILES =
      Set.of(
          "inputs.txt",
          "expected.txt",
          "expected.json",
          "expected.md",
          "expected.csv",
          "review.md");

  static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(TestData.dir().resolve("collate"))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** Collates the inputs named in {@code dir/inputs.txt}. */
  static Collation collate(Path dir) {
    List<String> lines =
        GoldenFiles.read(dir.resolve("inputs.txt")).lines().filter(l -> !l.isBlank()).toList();
    Optional<SourceText> original = Optional.empty();
    List<SourceText> versions = new java.util.ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("original:")) {
        original = Optional.of(TestData.text(line.substring("original:".length()).trim()));
      } else {
        versions.add(TestData.text(line.trim()));
      }
    }
    return ClauseDiff.create().collate(original, versions);
  }

  @TestFactory
  Stream<DynamicTest> reportsMatchReviewedFiles() throws IOException {
    return cases().stream()
        .flatMap(
            dir -> {
              Collation collation = collate(dir);
              String name = dir.getFileName().toString();
              return Stream.of(
                  DynamicTest.dynamicTest(
                      name + " text",
                      () ->
                          GoldenFiles.assertMatches(
                              dir.resolve("expected.txt"),
                              ReportType.COLLATION.writer(ReportFormat.TEXT).render(collation))),
                  DynamicTest.dynamicTest(
                      name + " json",
                      () -> {
                        String json =
                            ReportType.COLLATION.writer(ReportFormat.JSON).render(collation);
                        ReportChecks.assertJson(json);
                        GoldenFiles.assertMatches(dir.resolve("expected.json"), json);
                      }),
                  DynamicTest.dynamicTest(
                      name + " md",
                      () ->
                          GoldenFiles.assertMatches(
                              dir.resolve("expected.md"),
                              ReportType.COLLATION
                                  .writer(ReportFormat.MARKDOWN)
                                  .render(collation))),
                  DynamicTest.dynamicTest(
                      name + " csv",
                      () -> {
                        String csv =
                            ReportType.COLLATION.writer(ReportFormat.CSV).render(collation);
                        ReportChecks.assertCsv(csv, 6 + 5 * collation.versions().size());
                        GoldenFiles.assertMatches(dir.resolve("expected.csv"), csv);
                      }),
                  DynamicTest.dynamicTest(
                      name + " html is well formed",
                      () ->
                          ReportChecks.assertHtml(
                              ReportType.COLLATION.writer(ReportFormat.HTML).render(collation))));
            });
  }

  @Test
  void everyCaseHasItsInputsAndNoStrayFiles() throws IOException {
    assertThat(cases()).isNotEmpty();
    for (Path dir : cases()) {
      try (Stream<Path> files = Files.list(dir)) {
        Set<String> names = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        assertThat(names).as("files of %s", dir).isSubsetOf(FILES).contains("inputs.txt");
        if (!GoldenFiles.updating()) {
          assertThat(names)
              .contains(
                  "expected.txt", "expected.json", "expected.md", "expected.csv", "review.md");
        }
      }
    }
  }
}
