package org.clausediff.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line in-process, as a black box: arguments (and standard input) in; exit status,
 * standard output and standard error out.
 *
 * @param status the exit status
 * @param out what went to standard output, as UTF-8
 * @param err what went to standard error
 */
record CliRun(int status, String out, String err) {

  /** Runs {@code clausediff args…} as if output went to a pipe (no colour, no progress). */
  static CliRun of(String... args) {
    return on(Terminal.notInteractive(), args);
  }

  /** Runs {@code clausediff args…} on {@code terminal}. */
  static CliRun on(Terminal terminal, String... args) {
    return run(terminal, new byte[0], args);
  }

  /**
   * Runs {@code clausediff args…} with every subcommand built, as a run that names none does (see
   * {@link ClauseDiffCommand.Tree}).
   */
  static CliRun withEveryCommand(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int status =
        ClauseDiffCommand.run(
            Terminal.notInteractive(),
            StandardStreams.of(new ByteArrayInputStream(new byte[0]), out),
            new PrintWriter(err),
            ClauseDiffCommand.Tree.FULL,
            args);
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  /** Runs {@code clausediff args…} with {@code input} on standard input. */
  static CliRun withInput(byte[] input, String... args) {
    return run(Terminal.notInteractive(), input, args);
  }

  /** Runs {@code clausediff args…} with its standard output going to {@code out}. */
  static CliRun writingTo(OutputStream out, String... args) {
    StringWriter err = new StringWriter();
    int status =
        ClauseDiffCommand.run(
            Terminal.notInteractive(),
            StandardStreams.of(new ByteArrayInputStream(new byte[0]), out),
            new PrintWriter(err),
            args);
    return new CliRun(status, "", err.toString());
  }

  private static CliRun run(Terminal terminal, byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int status =
        ClauseDiffCommand.run(
            terminal,
            StandardStreams.of(new ByteArrayInputStream(input), out),
            new PrintWriter(err),
            args);
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  /** The lines of standard error. */
  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\n", -1);
  }
}
