package org.clausediff.internal.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.testing.GoldenFiles;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden duplicate reports under {@code testdata/dups/<case>/}: the input is {@code input.txt}, or
 * for a case named after a seed the seed itself; {@code expected.json} and {@code expected.txt} are
 * the reports, {@code expected.cleaned.txt} the cleaned text when the report finds duplication. All
 * were reviewed by reading them against the documents.
 */
class DuplicateDetectorGoldenTest {
  private static final Set<String> CASE_FILES =
      Set.of("input.txt", "expected.json", "expected.txt", "expected.cleaned.txt");

  private static Path cases() {
    return TestData.path("dups");
  }

  private static List<Path> caseDirectories() throws IOException {
    try (Stream<Path> dirs = Files.list(cases())) {
      return dirs.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
  }

  /** The input of a case: its {@code input.txt}, or the seed it is named after. */
  static SourceText input(Path dir) {
    String name = dir.getFileName().toString();
    if (Files.exists(dir.resolve("input.txt"))) {
      return TestData.text("dups/" + name + "/input.txt");
    }
    assertThat(TestData.SEEDS)
        .as("case %s names a seed or has an input.txt", name)
        .contains(name + ".txt");
    return TestData.text(name + ".txt");
  }

  @TestFactory
  Stream<DynamicTest> reports() throws IOException {
    return caseDirectories().stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      DuplicateReport report = ClauseDiff.create().duplicates(input(dir));
                      GoldenFiles.assertMatches(
                          dir.resolve("expected.json"),
                          ReportType.DUPLICATES.writer(ReportFormat.JSON).render(report));
                      GoldenFiles.assertMatches(
                          dir.resolve("expected.txt"),
                          ReportType.DUPLICATES.writer(ReportFormat.TEXT).render(report));
                      Path cleaned = dir.resolve("expected.cleaned.txt");
                      if (report.hasDuplication()) {
                        GoldenFiles.assertMatches(cleaned, report.cleanedText());
                      } else if (!GoldenFiles.updating()) {
                        assertThat(cleaned).as("no duplication, so no cleaned text").doesNotExist();
                      }
                    }));
  }

  @Test
  void everySeedHasACaseAndNoCaseHasStrayFiles() throws IOException {
    Set<String> names =
        caseDirectories().stream().map(d -> d.getFileName().toString()).collect(Collectors.toSet());
    for (String seed : TestData.SEEDS) {
      assertThat(names).contains(seed.replace(".txt", ""));
    }
    for (Path dir : caseDirectories()) {
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .as("files of %s", dir)
            .allMatch(CASE_FILES::contains);
      }
      assertThat(dir.resolve("expected.json")).exists();
    }
  }
}
