package org.clausediff.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportOptions;
import org.clausediff.report.ReportType;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.GoldenFiles;
import org.clausediff.testing.SpanAssertions;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of segmentation on {@code testdata/}: outlines of the five seeds (reviewed by
 * reading), boundary-marker cases, and the same seed in several encodings.
 */
class SegmenterGoldenTest {
  /**
   * The reserved boundary marker of {@code testdata/segment/markers/*.txt}, as in ICU's rbbitst.
   */
  private static final int MARKER = '║';

  private static Path outlines() {
    return TestData.path("segment/outlines");
  }

  private static Path markers() {
    return TestData.path("segment/markers");
  }

  private static String outlineName(String seed) {
    return seed.replace(".txt", ".outline.txt");
  }

  @TestFactory
  Stream<DynamicTest> seedOutlines() {
    return TestData.SEEDS.stream()
        .map(
            seed ->
                DynamicTest.dynamicTest(
                    seed,
                    () -> {
                      SourceText text = TestData.text(seed);
                      var segmentation = ClauseDiff.create().segment(text);
                      SpanAssertions.assertTiles(segmentation.document());
                      GoldenFiles.assertMatches(
                          outlines().resolve(outlineName(seed)),
                          ReportType.SEGMENTATION
                              .writer(
                                  ReportFormat.TEXT,
                                  ReportOptions.defaults().withLevel(UnitKind.SUBITEM))
                              .render(segmentation));
                    }));
  }

  @Test
  void noOrphanOutlines() throws IOException {
    Set<String> expected =
        TestData.SEEDS.stream().map(SegmenterGoldenTest::outlineName).collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(outlines())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("every outline belongs to a seed")
          .allMatch(expected::contains);
    }
  }

  @TestFactory
  Stream<DynamicTest> boundaryMarkers() throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.list(markers())) {
      cases = files.sorted().collect(Collectors.toList());
    }
    assertThat(cases).isNotEmpty();
    return cases.stream()
        .map(
            path ->
                DynamicTest.dynamicTest(path.getFileName().toString(), () -> checkMarkers(path)));
  }

  private static void checkMarkers(Path path) {
    String name = path.getFileName().toString();
    String[] parts = name.split("\\.", -1);
    assertThat(parts).as("case file name <case>.<level>.txt: %s", name).hasSize(3);
    UnitKind kind = UnitKind.parse(parts[1]);
    String marked = GoldenFiles.read(path);
    StringBuilder input = new StringBuilder();
    Set<Integer> expected = new TreeSet<>();
    int offset = 0;
    for (int cp : marked.codePoints().toArray()) {
      if (cp == MARKER) {
        expected.add(offset);
      } else {
        input.appendCodePoint(cp);
        offset++;
      }
    }
    Document document = Segmenter.defaults().segment(SourceText.of(name, input.toString()));
    SpanAssertions.assertTiles(document);
    List<Unit> units = document.units(kind);
    Set<Integer> actual = new TreeSet<>();
    for (int i = 1; i < units.size(); i++) {
      actual.add(units.get(i).span().start());
    }
    assertThat(render(input.toString(), actual))
        .as("%s boundaries of %s", kind.id(), name)
        .isEqualTo(render(input.toString(), expected));
  }

  /** The input with a marker at each boundary, for readable failure messages. */
  private static String render(String input, Set<Integer> boundaries) {
    StringBuilder out = new StringBuilder();
    int[] cps = input.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      if (boundaries.contains(i)) {
        out.appendCodePoint(MARKER);
      }
      out.appendCodePoint(cps[i]);
    }
    return out.toString();
  }

  @Test
  void markerNeverOccursInRealInput() {
    for (String seed : TestData.SEEDS) {
      assertThat(TestData.text(seed).text().indexOf(MARKER)).as(seed).isEqualTo(-1);
    }
  }

  @TestFactory
  Stream<DynamicTest> encodingsGiveTheSameSegmentationWithTheSameOffsets() throws IOException {
    List<Path> variants;
    try (Stream<Path> files = Files.list(TestData.path("encodings"))) {
      variants = files.sorted().collect(Collectors.toList());
    }
    assertThat(variants).hasSizeGreaterThanOrEqualTo(6);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path variant : variants) {
      String file = variant.getFileName().toString();
      String seed = file.substring(0, file.indexOf('.')) + ".txt";
      tests.add(
          DynamicTest.dynamicTest(
              file,
              () -> {
                assertThat(TestData.SEEDS).as("%s is a variant of a seed", file).contains(seed);
                String expected = clauseJson(TestData.text(seed));
                SourceText decoded = TestData.text("encodings/" + file);
                assertThat(decoded.encoding().orElseThrow().name()).as(file).isNotEqualTo("UTF-8");
                assertThat(clauseJson(decoded)).isEqualTo(expected);
                assertThat(decoded.sha256()).isEqualTo(TestData.text(seed).sha256());
              }));
    }
    return tests.stream();
  }

  /** The clause-level JSON report without the fields that name the file and its encoding. */
  private static String clauseJson(SourceText text) throws IOException {
    String json =
        ReportType.SEGMENTATION
            .writer(ReportFormat.JSON, ReportOptions.defaults().withLevel(UnitKind.CLAUSE))
            .render(ClauseDiff.create().segment(text));
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(json);
    ((ObjectNode) tree.get("document")).remove(List.of("name", "encoding"));
    return tree.toPrettyString();
  }
}
