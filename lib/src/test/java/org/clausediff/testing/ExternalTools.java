package org.clausediff.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The programs a test hands its output to (cmark-gfm, patch, git, soffice), found on the {@code
 * PATH}. A test whose program is missing is skipped, with a notice on the console; {@code .ci/run}
 * installs them all, so CI skips none.
 */
public final class ExternalTools {
  private ExternalTools() {}

  /**
   * The executable {@code name} in the first {@code PATH} directory that has one. When there is
   * none, prints {@code NOTICE: name is not installed; } followed by {@code notDone} (what the test
   * would have checked, e.g. "Markdown was not rendered") and skips the calling test.
   */
  public static Path require(String name, String notDone) {
    Optional<Path> found = onPath(name);
    if (found.isEmpty()) {
      // A notice on the console, not only in the report: this case did not run.
      System.err.println("NOTICE: " + name + " is not installed; " + notDone);
    }
    assumeTrue(found.isPresent(), name + " is not installed");
    return found.get();
  }

  private static Optional<Path> onPath(String name) {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
      if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, name))) {
        return Optional.of(Path.of(entry, name));
      }
    }
    return Optional.empty();
  }
}
