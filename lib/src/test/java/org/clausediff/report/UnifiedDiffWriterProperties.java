package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.TestData;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The unified diff round trip: the patch that {@code compare --format unified} writes, applied to
 * the lines form of the left text ({@code segment --format lines}, i.e. {@link LinesWriter} over
 * {@link ClauseDiff#segment(SourceText)}), gives the lines form of the right text — applied here by
 * java-diff-utils ({@code UnifiedDiffUtils.parseUnifiedDiff} and {@code DiffUtils.patch}, which
 * checks every context and removed line); {@code UnifiedDiffPatchTest} applies it with the real
 * {@code patch} and {@code git apply}.
 */
class UnifiedDiffWriterProperties {

  /** Every seed against every other, and planted-edit versions of each seed. */
  static Stream<Arguments> seedPairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (String a : TestData.SEEDS) {
      for (String b : TestData.SEEDS) {
        if (!a.equals(b)) {
          pairs.add(Arguments.of(a + " vs " + b, TestData.text(a), TestData.text(b)));
        }
      }
      for (long seed = 1; seed <= 6; seed++) {
        PlantedEdits edits = PlantedEdits.seeded(seed).withRate(0.05 * seed);
        PlantedEdits.Pair planted =
            seed % 3 == 0
                ? edits.restructure(a, TestData.text(a).text())
                : edits.apply(a, TestData.text(a).text());
        pairs.add(
            Arguments.of(
                planted.name() + " seed " + seed,
                SourceText.of("left", planted.left()),
                SourceText.of("right", planted.right())));
      }
    }
    return pairs.stream();
  }

  static Stream<Long> seeds() {
    return Stream.iterate(1L, s -> s + 1).limit(300);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedPairs")
  void patchOfTheLeftLinesGivesTheRightLines(String name, SourceText left, SourceText right)
      throws PatchFailedException {
    assertRoundTrip(name, left, right, UnitKind.SENTENCE);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void patchRoundTripsOnGeneratedText(long seed) throws PatchFailedException {
    TextGenerator generator = TextGenerator.seeded(seed);
    String left =
        seed % 2 == 0 ? generator.chineseProse(600) : generator.text(300) + generator.text(300);
    String right = mutate(left, generator);

    assertRoundTrip(
        "seed " + seed,
        SourceText.of("left", left),
        SourceText.of("right", right),
        seed % 5 == 0 ? UnitKind.CLAUSE : UnitKind.SENTENCE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedPairs")
  void identicalTextsGiveAnEmptyDiff(String name, SourceText left, SourceText right) {
    assertThat(new UnifiedDiffWriter().render(ClauseDiff.create().compare(left, left)))
        .as(name)
        .isEmpty();
  }

  @Test
  void aNameWithALineBreakIsQuotedAsGitQuotesIt() {
    String diff =
        new UnifiedDiffWriter()
            .render(
                ClauseDiff.create()
                    .compare(
                        SourceText.of("a\nb\r\nc", "甲乙丙。\n"), SourceText.of("right", "甲乙丁。\n")));

    assertThat(diff)
        .isEqualTo(
            "diff --git \"a/a\\nb\\r\\nc.lines\" b/right.lines\n"
                + "rename from \"a\\nb\\r\\nc.lines\"\n"
                + "rename to right.lines\n"
                + "--- \"a/a\\nb\\r\\nc.lines\"\n"
                + "+++ b/right.lines\n"
                + "@@ -1 +1 @@\n-甲乙丙。\n+甲乙丁。\n");
  }

  @Test
  void anAbsoluteNameLosesItsLeadingSlashAsInGitDiffNoIndex() {
    String diff =
        new UnifiedDiffWriter()
            .render(
                ClauseDiff.create()
                    .compare(
                        SourceText.of("/srv/laws/v1.txt", "甲乙丙。\n"),
                        SourceText.of("/srv/laws/v2.txt", "甲乙丁。\n")));

    assertThat(diff)
        .startsWith(
            "diff --git a/srv/laws/v1.txt.lines b/srv/laws/v2.txt.lines\n"
                + "rename from srv/laws/v1.txt.lines\n"
                + "rename to srv/laws/v2.txt.lines\n"
                + "--- a/srv/laws/v1.txt.lines\n+++ b/srv/laws/v2.txt.lines\n");
  }

  @Test
  void aDocumentOfTheSameNameIsNotRenamed() {
    String diff =
        new UnifiedDiffWriter()
            .render(
                ClauseDiff.create()
                    .compare(
                        SourceText.of("law.txt", "甲乙丙。\n"), SourceText.of("law.txt", "甲乙丁。\n")));

    assertThat(diff)
        .startsWith(
            "diff --git a/law.txt.lines b/law.txt.lines\n"
                + "--- a/law.txt.lines\n+++ b/law.txt.lines\n@@ -1 +1 @@");
  }

  private static void assertRoundTrip(
      String name, SourceText left, SourceText right, UnitKind level) throws PatchFailedException {
    Comparison comparison =
        ClauseDiff.create().compare(left, right, CompareOptions.defaults().withLevel(level));
    String diff = new UnifiedDiffWriter().render(comparison);
    List<String> leftLines = lines(left, level);
    List<String> rightLines = lines(right, level);

    Patch<String> patch = UnifiedDiffUtils.parseUnifiedDiff(diff.lines().toList());

    assertThat(DiffUtils.patch(leftLines, patch))
        .as("%s: patched left lines", name)
        .isEqualTo(rightLines);
    assertThat(diff.isEmpty()).as("%s: empty diff", name).isEqualTo(leftLines.equals(rightLines));
    if (!diff.isEmpty()) {
      String from = left.name() + ".lines";
      String to = right.name() + ".lines";
      String header =
          "diff --git a/"
              + from
              + " b/"
              + to
              + "\n"
              + (from.equals(to) ? "" : "rename from " + from + "\nrename to " + to + "\n")
              + "--- a/"
              + from
              + "\n+++ b/"
              + to
              + "\n@@ -";
      assertThat(diff).as(name).startsWith(header);
    }
  }

  /** The lines form as {@code segment --format lines --level LEVEL} writes it, split at \n. */
  private static List<String> lines(SourceText text, UnitKind level) {
    String lines = LinesWriter.of(level).render(ClauseDiff.create().segment(text));
    if (lines.isEmpty()) {
      return List.of();
    }
    assertThat(lines).endsWith("\n");
    List<String> split = List.of(lines.split("\n", -1));
    return split.subList(0, split.size() - 1);
  }

  /** {@code text} with a few ranges replaced by generated text, deleted, or moved. */
  private static String mutate(String text, TextGenerator generator) {
    Random random = generator.random();
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(5);
    for (int e = 0; e < edits; e++) {
      int length = out.codePointCount(0, out.length());
      int from = random.nextInt(length + 1);
      int to = Math.min(length, from + random.nextInt(40));
      int start = out.offsetByCodePoints(0, from);
      int end = out.offsetByCodePoints(0, to);
      String cut = out.substring(start, end);
      switch (random.nextInt(3)) {
        case 0:
          out.replace(start, end, generator.chineseProse(30));
          break;
        case 1:
          out.delete(start, end);
          break;
        default:
          out.delete(start, end);
          int at = random.nextInt(out.codePointCount(0, out.length()) + 1);
          out.insert(out.offsetByCodePoints(0, at), cut);
          break;
      }
    }
    return out.toString();
  }
}
