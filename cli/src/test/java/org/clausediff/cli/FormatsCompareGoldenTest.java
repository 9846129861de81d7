package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.clausediff.testing.GoldenFiles;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden outputs of {@code clausediff compare} on Word and PDF inputs: each directory under {@code
 * testdata/formats-compare/} names its two inputs in {@code inputs.txt} (paths relative to {@code
 * testdata/}, old then new) and holds the reviewed reports, {@code expected.txt} ({@code --format
 * text --color never}), {@code expected.json} and, where present, {@code expected.html}, {@code
 * expected.table.md} (the 新旧对照表) and {@code expected.diff} (the unified diff); {@code review.md}
 * says why each is right. The documents are named by their file names ({@code --label}), so that
 * the reports do not depend on where the repository lies. Regenerate with {@code mvn -B test -pl
 * cli -am -Dtest=FormatsCompareGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true}, then read the diff and update {@code review.md}.
 */
class FormatsCompareGoldenTest {
  /** The expected files a case may hold, by the {@code --format} that writes them. */
  private static final Map<String, String> FORMATS =
      new TreeMap<>(
          Map.of(
              "expected.txt",
              "text",
              "expected.json",
              "json",
              "expected.html",
              "html",
              "expected.table.md",
              "table-md",
              "expected.diff",
              "unified"));

  /** The expected files a case need not hold. */
  private static final Set<String> OPTIONAL =
      Set.of("expected.html", "expected.table.md", "expected.diff");

  private static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(TestData.dir().resolve("formats-compare"))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> reportsMatchReviewedFiles() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : cases()) {
      List<String> inputs = Files.readAllLines(dir.resolve("inputs.txt"));
      for (Map.Entry<String, String> format : FORMATS.entrySet()) {
        Path expected = dir.resolve(format.getKey());
        boolean optional = OPTIONAL.contains(format.getKey());
        if (optional && !Files.exists(expected)) {
          continue;
        }
        if (!Files.exists(expected) && !GoldenFiles.updating()) {
          throw new AssertionError(expected + " is missing (create it with -Dgolden.update=true)");
        }
        tests.add(
            DynamicTest.dynamicTest(
                dir.getFileName() + " " + format.getValue(),
                () -> {
                  CliRun run = compare(inputs, format.getValue());
                  assertThat(run.err()).isEmpty();
                  GoldenFiles.assertMatches(expected, run.out());
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void casesHoldNoStrayFiles() throws IOException {
    for (Path dir : cases()) {
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(file -> file.getFileName().toString()))
            .as("files of %s", dir)
            .allMatch(
                name ->
                    FORMATS.containsKey(name)
                        || name.equals("inputs.txt")
                        || name.equals("review.md"))
            .contains("inputs.txt", "review.md");
      }
    }
  }

  private static CliRun compare(List<String> inputs, String format) {
    Path old = TestData.path(inputs.get(0));
    Path new_ = TestData.path(inputs.get(1));
    return CliRun.of(
        "compare",
        old.toString(),
        new_.toString(),
        "--label",
        old.getFileName().toString(),
        "--label",
        new_.getFileName().toString(),
        "--format",
        format,
        "--color",
        "never");
  }
}
