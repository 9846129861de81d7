package org.clausediff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * No main class of the library grows past {@value #MAX_LINES} lines without saying why: a source
 * file that long must state, in its class Javadoc, a paragraph that starts with {@code Longer than
 * 350 lines:} and gives the reason in at least {@value #MIN_REASON_WORDS} words. A file within the
 * limit must not carry the marker (a stale reason is a false statement).
 */
class ClassSizeTest {
  static final int MAX_LINES = 350;
  static final int MIN_REASON_WORDS = 12;
  static final String MARKER = "Longer than " + MAX_LINES + " lines:";

  /** The marker and the reason after it, up to the end of its paragraph or comment. */
  private static final Pattern REASON =
      Pattern.compile(
          Pattern.quote(MARKER) + "(.*?)(?=\\n \\*\\s*\\n| \\*/|\\n \\*\\s*<p>|\\n \\*\\s*@)",
          Pattern.DOTALL);

  private static List<Path> mainSources() throws IOException {
    Path root = TestData.dir().getParent().resolve("lib/src/main/java");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The reason a source states for its length, if it states one. */
  static java.util.Optional<String> statedReason(String source) {
    Matcher m = REASON.matcher(source);
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    String reason = m.group(1).replaceAll("\\s*\\*\\s*", " ").trim();
    return reason.split("\\s+", -1).length >= MIN_REASON_WORDS
        ? java.util.Optional.of(reason)
        : java.util.Optional.empty();
  }

  @Test
  void everyLongMainClassStatesWhyAndNoShortOneClaimsTo() throws IOException {
    TreeMap<String, String> problems = new TreeMap<>();
    List<Path> sources = mainSources();
    assertThat(sources).hasSizeGreaterThan(100);
    for (Path file : sources) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      long lines = source.lines().count();
      boolean marked = source.contains(MARKER);
      String name = file.getFileName().toString();
      if (lines > MAX_LINES && statedReason(source).isEmpty()) {
        problems.put(name, lines + " lines and no stated reason");
      } else if (lines <= MAX_LINES && marked) {
        problems.put(name, lines + " lines but marked as longer");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theMarkerCountsOnlyWithAReason() {
    String reasoned =
        "/**\n * A class.\n *\n * <p>Longer than 350 lines: it holds the twelve numbering styles of"
            + "\n * headings, each a short method, in the order they are tried.\n */";
    assertThat(statedReason(reasoned))
        .hasValue(
            "it holds the twelve numbering styles of headings, each a short method, in the order"
                + " they are tried.");
    assertThat(statedReason("/**\n * <p>Longer than 350 lines: because.\n */")).isEmpty();
    assertThat(statedReason("/** A class. */")).isEmpty();
  }
}
