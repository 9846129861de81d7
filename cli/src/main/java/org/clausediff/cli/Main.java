package org.clausediff.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code clausediff} command. The only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its status: 0 same/none, 1 different/found, 2 trouble. */
  public static void main(String[] args) {
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    int status =
        ClauseDiffCommand.run(Terminal.ofThisProcess(), StandardStreams.ofThisProcess(), err, args);
    err.flush();
    System.exit(status);
  }
}
