package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clausediff.ClauseDiff;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.ExternalTools;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The unified diff of two seeds, applied by the real tools to the lines form of the left seed: the
 * result is the lines form of the right seed, byte for byte. The seeds are rewritten heavily, yet
 * their diffs have a hunk per section or item, most of them separated by the empty line between two
 * paragraphs: {@code patch} and {@code git apply} apply them as they are, and so the diffs of light
 * revisions; with {@code -U 0} (no context, a hunk per region) {@code git apply} needs {@code
 * --unidiff-zero}, as for any {@code diff -U0}. Skipped, with a notice on stderr, when {@code
 * patch} or {@code git} is not installed (the CI script installs both).
 */
class UnifiedDiffPatchTest {
  @TempDir Path dir;

  /**
   * The least number of hunks is what the diffs had when a person checked that each hunk is one
   * section or item (a deleted one beside the next shares its hunk): the two 2017 adaptations are
   * versions of one text; the two 2018 documents are different documents, nearly every section
   * deleted or added, so few of them are apart; with {@code -U 0} each region is a hunk.
   */
  @ParameterizedTest(name = "{0} → {1}, -U {2}")
  @CsvSource({
    "qinghai-2017-new-growth-drivers.txt, henan-2017-new-growth-drivers.txt, 3, 20",
    "yunnan-2017-new-growth-drivers-garbled.txt, qinghai-2017-new-growth-drivers.txt, 3, 15",
    "qinghai-2018-county-innovation.txt, qinghai-2018-mass-innovation.txt, 3, 5",
    "qinghai-2017-new-growth-drivers.txt, henan-2017-new-growth-drivers.txt, 0, 60",
    "qinghai-2018-county-innovation.txt, qinghai-2018-mass-innovation.txt, 1, 5"
  })
  void patchTurnsTheLeftLinesIntoTheRightLinesHunkByHunk(
      String leftName, String rightName, int context, int leastHunks) throws Exception {
    Path patch = ExternalTools.require("patch", "the unified diff is not applied");
    Files.writeString(dir.resolve("left.lines"), lines(leftName), StandardCharsets.UTF_8);
    String diff = diff(TestData.text(leftName), TestData.text(rightName), context);
    Files.writeString(dir.resolve("seed.diff"), diff, StandardCharsets.UTF_8);

    String output =
        run(patch.toString(), "--batch", "-o", "patched.lines", "left.lines", "seed.diff");

    assertThat(Files.readString(dir.resolve("patched.lines"), StandardCharsets.UTF_8))
        .isEqualTo(lines(rightName));
    assertThat(hunks(diff)).as("one hunk per region").isGreaterThanOrEqualTo(leastHunks);
    assertThat(output).as("patch output").doesNotContain("fuzz", "offset", "FAILED");
  }

  @ParameterizedTest(name = "{0} → {1}, -U {2}")
  @CsvSource({
    "qinghai-2017-new-growth-drivers.txt, henan-2017-new-growth-drivers.txt, 3",
    "yunnan-2017-new-growth-drivers-garbled.txt, qinghai-2017-new-growth-drivers.txt, 3",
    "qinghai-2018-county-innovation.txt, qinghai-2018-mass-innovation.txt, 3",
    "henan-2017-new-growth-drivers.txt, qinghai-2017-new-growth-drivers.txt, 1",
    "qinghai-2017-new-growth-drivers.txt, henan-2017-new-growth-drivers.txt, 0"
  })
  void gitApplyRenamesTheLeftLinesFileIntoTheRight(String leftName, String rightName, int context)
      throws Exception {
    Path git = ExternalTools.require("git", "the unified diff is not applied");
    Files.writeString(dir.resolve(leftName + ".lines"), lines(leftName), StandardCharsets.UTF_8);
    String diff = diff(TestData.text(leftName), TestData.text(rightName), context);
    Files.writeString(dir.resolve("seed.diff"), diff, StandardCharsets.UTF_8);

    if (context == 0) {
      run(git.toString(), "apply", "--unidiff-zero", "seed.diff");
    } else {
      run(git.toString(), "apply", "seed.diff");
    }

    assertThat(Files.readString(dir.resolve(rightName + ".lines"), StandardCharsets.UTF_8))
        .isEqualTo(lines(rightName));
    assertThat(dir.resolve(leftName + ".lines")).doesNotExist();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void gitApplyTakesTheDiffOfALightRevision(long seed) throws Exception {
    Path git = ExternalTools.require("git", "the unified diff is not applied");
    String seedText = TestData.text(TestData.QINGHAI_2017).text();
    PlantedEdits.Pair planted =
        PlantedEdits.seeded(seed).withRate(0.04).apply(TestData.QINGHAI_2017, seedText);
    SourceText left = SourceText.of("v1.txt", planted.left());
    SourceText right = SourceText.of("v2.txt", planted.right());
    Files.writeString(dir.resolve("v1.txt.lines"), lines(left), StandardCharsets.UTF_8);
    String diff = diff(left, right, 3);
    Files.writeString(dir.resolve("light.diff"), diff, StandardCharsets.UTF_8);

    run(git.toString(), "apply", "light.diff");

    assertThat(Files.readString(dir.resolve("v2.txt.lines"), StandardCharsets.UTF_8))
        .isEqualTo(lines(right));
    assertThat(hunks(diff)).isGreaterThan(1);
  }

  @org.junit.jupiter.api.Test
  void gitApplyTakesHunksThatContextSeparatesAsTheyAre() throws Exception {
    Path git = ExternalTools.require("git", "the unified diff is not applied");
    StringBuilder v1 = new StringBuilder("第一章 总则\n");
    StringBuilder v2 = new StringBuilder("第一章 总则\n");
    for (int article = 1; article <= 12; article++) {
      String body = "第" + article + "条 本条规定第" + article + "项事务的管理办法，由主管部门负责实施。";
      v1.append(body).append('\n');
      v2.append(article == 3 || article == 10 ? body.replace("主管部门", "有关部门") : body).append('\n');
    }
    SourceText left = SourceText.of("v1.txt", v1.toString());
    SourceText right = SourceText.of("v2.txt", v2.toString());
    Files.writeString(dir.resolve("v1.txt.lines"), lines(left), StandardCharsets.UTF_8);
    String diff = diff(left, right, 3);
    Files.writeString(dir.resolve("law.diff"), diff, StandardCharsets.UTF_8);

    run(git.toString(), "apply", "law.diff");

    assertThat(Files.readString(dir.resolve("v2.txt.lines"), StandardCharsets.UTF_8))
        .isEqualTo(lines(right));
    assertThat(hunks(diff)).isEqualTo(2);
  }

  @org.junit.jupiter.api.Test
  void patchAndGitApplySkipTheExtractionNotesBeforeTheHeader() throws Exception {
    Path patch = ExternalTools.require("patch", "the unified diff is not applied");
    Path git = ExternalTools.require("git", "the unified diff is not applied");
    String leftName = TestData.QINGHAI_2017;
    String rightName = TestData.HENAN_2017;
    SourceText left =
        TestData.text(leftName)
            .withNotes(
                List.of(
                    "page number left out: \"— 1 —\" on 10 of 10 pages",
                    "running header or footer left out: \"--- a/x\" on 10 of 10 pages"));
    SourceText right =
        TestData.text(rightName).withNotes(List.of("tracked deletion in ¶ 9 left out: 一年"));
    String diff = diff(left, right, 3);
    assertThat(diff).startsWith("note: old: page number left out: ");
    assertThat(diff.lines().limit(4))
        .containsExactly(
            "note: old: page number left out: \"— 1 —\" on 10 of 10 pages",
            "note: old: running header or footer left out: \"--- a/x\" on 10 of 10 pages",
            "note: new: tracked deletion in ¶ 9 left out: 一年",
            "diff --git a/" + leftName + ".lines b/" + rightName + ".lines");
    Files.writeString(dir.resolve("noted.diff"), diff, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("left.lines"), lines(leftName), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(leftName + ".lines"), lines(leftName), StandardCharsets.UTF_8);

    String output =
        run(patch.toString(), "--batch", "-o", "patched.lines", "left.lines", "noted.diff");
    run(git.toString(), "apply", "noted.diff");

    assertThat(output).as("patch output").doesNotContain("fuzz", "offset", "FAILED", "garbage");
    assertThat(Files.readString(dir.resolve("patched.lines"), StandardCharsets.UTF_8))
        .isEqualTo(lines(rightName));
    assertThat(Files.readString(dir.resolve(rightName + ".lines"), StandardCharsets.UTF_8))
        .isEqualTo(lines(rightName));
  }

  private static String lines(String seed) {
    return lines(TestData.text(seed));
  }

  private static String lines(SourceText text) {
    return LinesWriter.of(UnitKind.SENTENCE).render(ClauseDiff.create().segment(text));
  }

  private static String diff(SourceText left, SourceText right, int context) {
    String diff = new UnifiedDiffWriter(context).render(ClauseDiff.create().compare(left, right));
    assertThat(diff).isNotEmpty();
    return diff;
  }

  private static long hunks(String diff) {
    return diff.lines().filter(l -> l.startsWith("@@ ")).count();
  }

  /**
   * Runs {@code command} in the temporary directory, asserts that it succeeds, and returns what it
   * printed.
   */
  private String run(String... command) throws IOException, InterruptedException {
    Path log = dir.resolve("command.log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // git apply outside any repository, even if the temporary directory lies inside one.
    builder.environment().put("GIT_CEILING_DIRECTORIES", dir.getParent().toString());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
    String output = Files.readString(log);
    assertThat(process.exitValue())
        .as("%s exit status; output: %s", List.of(command), output)
        .isZero();
    return output;
  }
}
