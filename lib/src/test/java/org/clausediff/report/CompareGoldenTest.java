package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Link;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.testing.GoldenFiles;
import org.clausediff.testing.Stages;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden outputs of {@code compare}: each directory under {@code testdata/compare/} names its two
 * inputs in {@code inputs.txt} (paths relative to {@code testdata/}) and holds the reviewed
 * reports: {@code expected.json}, {@code expected.txt} (plain text report), {@code expected.md}
 * (Markdown report), {@code expected.diff} (unified diff of the sentence lines), {@code
 * expected.table.md} (the comparison table in Markdown) and {@code items.txt} (the structural
 * correspondences, one per line). {@code review.md} holds the reviewer's notes.
 */
class CompareGoldenTest {
  private static final Set<String> FILES =
      Set.of(
          "inputs.txt",
          "expected.json",
          "expected.txt",
          "expected.md",
          "expected.diff",
          "expected.table.md",
          "items.txt",
          "review.md");

  private static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(TestData.dir().resolve("compare"))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> reportsMatchReviewedFiles() throws IOException {
    return cases().stream()
        .flatMap(
            dir -> {
              Comparison comparison = compare(dir);
              String name = dir.getFileName().toString();
              return Stream.of(
                  DynamicTest.dynamicTest(
                      name + " json",
                      () ->
                          GoldenFiles.assertMatches(
                              dir.resolve("expected.json"),
                              new CompareJsonWriter().render(comparison))),
                  DynamicTest.dynamicTest(
                      name + " text",
                      () ->
                          GoldenFiles.assertMatches(
                              dir.resolve("expected.txt"),
                              CompareTextWriter.plain().render(comparison))),
                  DynamicTest.dynamicTest(
                      name + " md",
                      () ->
                          GoldenFiles.assertMatches(
                              dir.resolve("expected.md"),
                              new CompareMarkdownWriter().render(comparison))),
                  DynamicTest.dynamicTest(
                      name + " unified",
                      () ->
                          GoldenFiles.assertMatches(
                              dir.resolve("expected.diff"),
                              new UnifiedDiffWriter().render(comparison))),
                  DynamicTest.dynamicTest(
                      name + " table",
                      () ->
                          GoldenFiles.assertMatches(
                              dir.resolve("expected.table.md"),
                              new TableMarkdownWriter().render(comparison))),
                  DynamicTest.dynamicTest(
                      name + " items",
                      () ->
                          GoldenFiles.assertMatches(dir.resolve("items.txt"), items(comparison))));
            });
  }

  @TestFactory
  Stream<DynamicTest> reportsAreByteIdenticalOnEveryRun() throws IOException {
    return cases().stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () ->
                        assertThat(new CompareJsonWriter().render(compare(dir)))
                            .isEqualTo(new CompareJsonWriter().render(compare(dir)))));
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
                  "expected.json",
                  "expected.txt",
                  "expected.md",
                  "expected.diff",
                  "expected.table.md",
                  "items.txt");
        }
      }
      for (String input : inputs(dir)) {
        assertThat(TestData.path(input)).as("input of %s", dir).exists();
      }
    }
  }

  private static List<String> inputs(Path dir) {
    List<String> lines =
        GoldenFiles.read(dir.resolve("inputs.txt")).lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).as("%s/inputs.txt names two files", dir).hasSize(2);
    return lines;
  }

  private static Comparison compare(Path dir) {
    List<String> inputs = inputs(dir);
    return ClauseDiff.create().compare(TestData.text(inputs.get(0)), TestData.text(inputs.get(1)));
  }

  /** The structural correspondences, one per line, in the order of the right document. */
  static String items(Comparison comparison) {
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    StringBuilder out = new StringBuilder();
    out.append("# op\tsimilarity\tright (")
        .append(right.name())
        .append(")\tleft (")
        .append(left.name())
        .append(")\n");
    Stages.structuralLinks(comparison).stream()
        .sorted(java.util.Comparator.comparingInt((Link l) -> l.rightUnits().get(0).span().start()))
        .forEach(
            link ->
                out.append(link.op())
                    .append(
                        link.moved() && link.op() != org.clausediff.compare.Op.MOVED
                            ? "+MOVED"
                            : "")
                    .append('\t')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", link.similarity().value()))
                    .append('\t')
                    .append(paths(right, link.rightUnits()))
                    .append('\t')
                    .append(paths(left, link.leftUnits()))
                    .append('\n'));
    for (Unit unit : Stages.addedStructure(comparison)) {
      out.append("ADDED\t\t").append(right.sectionPath(unit)).append("\t\n");
    }
    for (Unit unit : Stages.deletedStructure(comparison)) {
      out.append("DELETED\t\t\t").append(left.sectionPath(unit)).append('\n');
    }
    return out.toString();
  }

  private static String paths(Document document, List<Unit> units) {
    return units.stream().map(document::sectionPath).collect(Collectors.joining(" + "));
  }
}
