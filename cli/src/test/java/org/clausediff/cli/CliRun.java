package org.clausediff.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in-process, as a black box: arguments in; exit status, standard output and
 * standard error out.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int status, String out, String err) {

  /** Runs {@code clausediff args…} as if output went to a pipe (no colour, no progress). */
  static CliRun of(String... args) {
    return on(Terminal.notInteractive(), args);
  }

  /** Runs {@code clausediff args…} on {@code terminal}. */
  static CliRun on(Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ClauseDiffCommand.run(terminal, new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** The lines of standard error. */
  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\n", -1);
  }
}
