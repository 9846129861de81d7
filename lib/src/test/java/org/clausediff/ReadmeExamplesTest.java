package org.clausediff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library examples compile as shown, with their imports, and run: each {@code java}
 * block of the section "The library" is compiled with its imports at the top and its statements in
 * a {@code main} method, and run from the repository's root (where its paths point).
 */
class ReadmeExamplesTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

  private static List<String> examples;

  @BeforeAll
  static void readExamples() throws IOException {
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## The library\n");
    int end = readme.indexOf("\n## ", start + 1);
    assertThat(start).as("README has a section 'The library'").isPositive();
    examples = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme.substring(start, end));
    while (block.find()) {
      examples.add(block.group(1));
    }
  }

  private static Path readme() {
    return TestData.dir().toAbsolutePath().getParent().resolve("README.md");
  }

  @Test
  void theCompareExampleRunsAndPrintsTheEditsOfTheSeeds(@TempDir Path dir) throws Exception {
    String output = run(0, dir);

    assertThat(output.lines().findFirst())
        .hasValueSatisfying(v -> assertThat(v).startsWith("0.14"));
    assertThat(output).contains("效能 → 能力和水平\n", "深入 → 全面\n");
  }

  @Test
  void theDuplicatesExampleRunsAndPrintsTheDoubledOpening(@TempDir Path dir) throws Exception {
    String output = run(1, dir);

    assertThat(output).startsWith("[[0,164), [164,328)] 云南省人民政府办公厅关于印发");
  }

  @Test
  void everyExampleIsTested() {
    assertThat(examples).hasSize(2);
  }

  /** Compiles example {@code index} into {@code dir} and runs it; its standard output. */
  private static String run(int index, Path dir) throws IOException, InterruptedException {
    String example = examples.get(index);
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : example.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String className = "ReadmeExample" + index;
    Path source = dir.resolve(className + ".java");
    Files.writeString(
        source,
        imports
            + "\npublic class "
            + className
            + " {\n  public static void main(String[] args) throws Exception {\n"
            + body
            + "  }\n}\n",
        StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of(
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    dir.toString(),
                    "-encoding",
                    "UTF-8",
                    "-Xlint:all",
                    "-Werror"),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(source))
            .call();
    assertThat(compiled).as("README example %s compiles:\n%s", index, diagnostics).isTrue();
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8",
                "-cp",
                dir + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                className)
            .directory(readme().getParent().toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as("README example %s exits normally", index).isZero();
    return output;
  }
}
