package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as shipped: the shaded jar that {@code mvn package} builds, and the {@code
 * clausediff} launcher at the top of the repository. An integration test (maven-failsafe-plugin,
 * hence the {@code IT} suffix): it runs after {@code package}, on the jar just built, whose
 * location, the launcher's and the project version come as system properties from the pom.
 *
 * <p>The launcher finds that jar up to date and does not rebuild it: a stand-in {@code mvn} first
 * on the {@code PATH} fails the test if it tries. Its first run after a build records the
 * class-data archive next to the jar ({@code cli/target/clausediff.jsa}), as any first run does;
 * the links live in a temporary directory that JUnit removes.
 */
class PackagedCommandIT {
  private static final String VERSION = property("clausediff.version");
  private static final Path JAR = Path.of(property("clausediff.jar")).toAbsolutePath();
  private static final Path LAUNCHER = Path.of(property("clausediff.launcher")).toAbsolutePath();

  @TempDir Path dir;

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void jarPrintsTheProjectVersion() throws Exception {
    ProcessRun run =
        run(List.of(ProcessRun.java(), "-jar", JAR.toString(), "--version"), System.getenv("PATH"));

    assertThat(run).isEqualTo(new ProcessRun(0, "clausediff " + VERSION + "\n", ""));
  }

  @Test
  void manifestNamesTheCommandAndItsVersion() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Attributes manifest = jar.getManifest().getMainAttributes();

      assertThat(manifest.getValue(Attributes.Name.IMPLEMENTATION_TITLE)).isEqualTo("clausediff");
      assertThat(manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).isEqualTo(VERSION);
      assertThat(manifest.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo(Main.class.getName());
    }
  }

  /**
   * {@code bin/clausediff} on the {@code PATH} is a relative link to another link, which points to
   * the launcher: the launcher follows both to the repository and runs its jar, from a working
   * directory outside the repository.
   */
  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void launcherRunsThroughASymlinkOnThePath() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path links = Files.createDirectories(dir.resolve("links"));
    Files.createSymbolicLink(links.resolve("clausediff"), LAUNCHER);
    Files.createSymbolicLink(bin.resolve("clausediff"), Path.of("..", "links", "clausediff"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(
        mvn,
        "#!/bin/sh\necho 'stand-in mvn: the launcher tried to rebuild the jar' >&2\nexit 97\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));

    ProcessRun run =
        run(List.of("bash", "-c", "clausediff --version"), bin + ":" + System.getenv("PATH"));

    assertThat(run.out()).as("stderr: %s", run.err()).isEqualTo("clausediff " + VERSION + "\n");
    assertThat(run.status()).isZero();
    assertThat(run.err()).doesNotContain("mvn").doesNotContain("building");
  }

  /** Runs {@code command} in {@link #dir} with {@code path} as its PATH and no JAVA_OPTS. */
  private ProcessRun run(List<String> command, String path)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("JAVA_OPTS");
    builder.environment().put("PATH", path);
    return ProcessRun.of(builder, dir, Duration.ofSeconds(50));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          name + " is not set: run this test with mvn verify (maven-failsafe-plugin, cli/pom.xml)");
    }
    return value;
  }
}
