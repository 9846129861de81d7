package org.clausediff.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with reviewed expected files. Run with {@code -Dgolden.update=true} to rewrite
 * the expected files instead (locally only, never in CI); review the diff like code.
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  /** Whether this run rewrites expected files. */
  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"))
        && System.getenv("CI") == null;
  }

  /** Reads a file as UTF-8 with line ends normalized to {@code \n}. */
  public static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that {@code actual} equals the content of {@code expected} (or rewrites it). */
  public static void assertMatches(Path expected, String actual) {
    String normalized = actual.replace("\r\n", "\n");
    if (updating()) {
      try {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, normalized, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(expected)
        .as("expected file (create it with -Dgolden.update=true, then review it)")
        .exists();
    assertThat(normalized).as("output for %s", expected).isEqualTo(read(expected));
  }
}
