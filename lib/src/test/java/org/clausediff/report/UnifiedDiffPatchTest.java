package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.clausediff.ClauseDiff;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unified diff of two seeds, applied by the real tools to the lines form of the left seed: the
 * result is the lines form of the right seed, byte for byte. Skipped, with a notice on stderr, when
 * {@code patch} or {@code git} is not installed.
 */
class UnifiedDiffPatchTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "qinghai-2017-new-growth-drivers.txt, henan-2017-new-growth-drivers.txt",
    "yunnan-2017-new-growth-drivers-garbled.txt, qinghai-2017-new-growth-drivers.txt",
    "qinghai-2018-county-innovation.txt, qinghai-2018-mass-innovation.txt"
  })
  void patchTurnsTheLeftLinesIntoTheRightLines(String leftName, String rightName) throws Exception {
    Path patch = tool("patch");
    Files.writeString(dir.resolve("left.lines"), lines(leftName), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("seed.diff"), diff(leftName, rightName), StandardCharsets.UTF_8);

    run(patch.toString(), "--batch", "--quiet", "-o", "patched.lines", "left.lines", "seed.diff");

    assertThat(Files.readString(dir.resolve("patched.lines"), StandardCharsets.UTF_8))
        .isEqualTo(lines(rightName));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "qinghai-2017-new-growth-drivers.txt, henan-2017-new-growth-drivers.txt",
    "yunnan-2017-new-growth-drivers-garbled.txt, qinghai-2017-new-growth-drivers.txt"
  })
  void gitApplyEditsTheLeftLinesFileNamedInTheHeader(String leftName, String rightName)
      throws Exception {
    Path git = tool("git");
    // The header names a/<left name>.lines: git apply strips a/ and edits that file.
    Files.writeString(dir.resolve(leftName + ".lines"), lines(leftName), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("seed.diff"), diff(leftName, rightName), StandardCharsets.UTF_8);

    run(git.toString(), "apply", "seed.diff");

    assertThat(Files.readString(dir.resolve(leftName + ".lines"), StandardCharsets.UTF_8))
        .isEqualTo(lines(rightName));
  }

  private static String lines(String seed) {
    return LinesWriter.of(UnitKind.SENTENCE)
        .render(ClauseDiff.create().segment(TestData.text(seed)));
  }

  private static String diff(String leftName, String rightName) {
    SourceText left = TestData.text(leftName);
    SourceText right = TestData.text(rightName);
    String diff = new UnifiedDiffWriter().render(ClauseDiff.create().compare(left, right));
    assertThat(diff).isNotEmpty();
    return diff;
  }

  /** Runs {@code command} in the temporary directory and asserts that it succeeds. */
  private void run(String... command) throws IOException, InterruptedException {
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
    assertThat(process.exitValue())
        .as("%s exit status; output: %s", List.of(command), Files.readString(log))
        .isZero();
  }

  /** The executable {@code name} on the PATH; skips the test with a notice when there is none. */
  private static Path tool(String name) {
    Optional<Path> found = onPath(name);
    if (found.isEmpty()) {
      // A notice on the console, not only in the report: this case did not run.
      System.err.println("NOTICE: " + name + " is not installed; the unified diff is not applied");
    }
    assumeTrue(found.isPresent(), name + " is not installed");
    return found.get();
  }

  private static Optional<Path> onPath(String name) {
    List<Path> candidates = new ArrayList<>();
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
      if (!entry.isEmpty()) {
        candidates.add(Path.of(entry, name));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }
}
