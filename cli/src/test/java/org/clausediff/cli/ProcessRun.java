package org.clausediff.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What a process that a test ran to its end printed, and how it ended: its exit status, standard
 * output and standard error (read as UTF-8).
 */
record ProcessRun(int status, String out, String err) {

  /** The {@code java} of the JVM that runs the tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Starts {@code process} (its command, directory and environment as the caller set them), with
   * its standard output and error going to files in {@code scratch}, and waits for its end. A
   * process still running after {@code timeout} is killed and fails the test: a hang fails here,
   * where a test's own timeout would leave the process running.
   */
  static ProcessRun of(ProcessBuilder process, Path scratch, Duration timeout)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(scratch, "out", ".txt");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    Process started = process.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int status;
    try {
      if (!started.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(
            String.join(" ", process.command()) + " still running after " + timeout);
      }
      status = started.exitValue();
    } finally {
      started.destroyForcibly();
    }
    return new ProcessRun(
        status,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
