package org.clausediff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The packages of the library depend on each other one way, along the pipeline, as
 * docs/ARCHITECTURE.md draws them: the API packages on each other only (and the engine's character
 * classes), the engine's stages on the API and on the stages before them, the pipeline on all.
 * Checked on the imports of the main sources.
 */
class ArchitectureTest {
  private static final String API = "api";

  /** What each package may import from org.clausediff besides itself ("api": every API package). */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("org.clausediff", Set.of(API, "internal.text", "internal.pipeline")),
          Map.entry("org.clausediff.text", Set.of(API, "internal.text")),
          Map.entry("org.clausediff.text.normalize", Set.of(API)),
          Map.entry("org.clausediff.segment", Set.of(API)),
          Map.entry("org.clausediff.compare", Set.of(API)),
          Map.entry("org.clausediff.dups", Set.of(API)),
          Map.entry("org.clausediff.collate", Set.of(API)),
          Map.entry("org.clausediff.report", Set.of(API, "internal.text")),
          Map.entry(
              "org.clausediff.fingerprint",
              Set.of(
                  API,
                  "internal.text",
                  "internal.normalize",
                  "internal.segment",
                  "internal.similarity")),
          Map.entry("org.clausediff.internal.text", Set.of(API)),
          Map.entry("org.clausediff.internal.normalize", Set.of(API, "internal.text")),
          Map.entry(
              "org.clausediff.internal.segment",
              Set.of(API, "internal.text", "internal.normalize")),
          Map.entry(
              "org.clausediff.internal.similarity",
              Set.of(API, "internal.text", "internal.normalize", "internal.segment")),
          Map.entry(
              "org.clausediff.internal.align",
              Set.of(
                  API,
                  "internal.text",
                  "internal.normalize",
                  "internal.similarity",
                  "internal.parallel")),
          Map.entry("org.clausediff.internal.diff", Set.of(API, "internal.similarity")),
          Map.entry(
              "org.clausediff.internal.compare",
              Set.of(
                  API,
                  "internal.align",
                  "internal.diff",
                  "internal.similarity",
                  "internal.parallel")),
          Map.entry("org.clausediff.internal.parallel", Set.of()),
          Map.entry(
              "org.clausediff.internal.dups",
              Set.of(API, "internal.text", "internal.normalize", "internal.segment")),
          Map.entry(
              "org.clausediff.internal.collate",
              Set.of(
                  API,
                  "internal.text",
                  "internal.align",
                  "internal.diff",
                  "internal.segment",
                  "internal.similarity")),
          Map.entry(
              "org.clausediff.internal.pipeline",
              Set.of(
                  API,
                  "internal.text",
                  "internal.normalize",
                  "internal.segment",
                  "internal.similarity",
                  "internal.align",
                  "internal.diff",
                  "internal.compare",
                  "internal.dups",
                  "internal.collate",
                  "internal.parallel")));

  /** The API of the other modules (corpus, formats), which the command line uses too. */
  private static final Set<String> CORPUS_API =
      Set.of(
          "org.clausediff.corpus",
          "org.clausediff.corpus.report",
          "org.clausediff.formats",
          "org.clausediff.formats.report");

  private static final Pattern IMPORT =
      Pattern.compile(
          "^import (?:static )?(org\\.clausediff(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);

  @Test
  void everyPackageImportsOnlyWhatItsPlaceInThePipelineAllows() throws IOException {
    Set<String> violations = new TreeSet<>();
    Set<String> packages = new TreeSet<>();
    Path sources = TestData.dir().toAbsolutePath().getParent().resolve("lib/src/main/java");
    for (Path file : javaFiles(sources)) {
      String pkg = sources.relativize(file.getParent()).toString().replace('/', '.');
      packages.add(pkg);
      Set<String> allowed = ALLOWED.getOrDefault(pkg, Set.of());
      Matcher imported = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (imported.find()) {
        String target = imported.group(1);
        boolean ok =
            target.equals(pkg)
                || (allowed.contains(API) && ApiSurfaceTest.API_PACKAGES.contains(target))
                || allowed.contains(target.replaceFirst("^org\\.clausediff\\.", ""));
        if (!ok) {
          violations.add(sources.relativize(file) + " imports " + target);
        }
      }
    }

    assertThat(packages).as("every package has its place").isSubsetOf(ALLOWED.keySet());
    assertThat(violations).isEmpty();
  }

  @Test
  void theCommandLineImportsOnlyTheApi() throws IOException {
    Path sources = TestData.dir().toAbsolutePath().getParent().resolve("cli/src/main/java");
    Set<String> imported = new TreeSet<>();
    for (Path file : javaFiles(sources)) {
      Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        imported.add(m.group(1));
      }
    }

    assertThat(imported)
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(ApiSurfaceTest.API_PACKAGES.contains(p) || CORPUS_API.contains(p))
                    .as(p)
                    .isTrue());
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("module-info.java"))
          .sorted()
          .toList();
    }
  }
}
