package org.clausediff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the command knows about where its output goes.
 *
 * @param interactive whether standard output is a terminal (and standard input: Java's console);
 *     colour is shown only then, unless asked for
 * @param progress whether standard error is a terminal; progress is shown only then
 */
public record Terminal(boolean interactive, boolean progress) {

  /** A terminal whose standard output and standard error are both interactive, or both not. */
  public Terminal(boolean interactive) {
    this(interactive, interactive);
  }

  /** Output that goes to a file or a pipe. */
  public static Terminal notInteractive() {
    return new Terminal(false);
  }

  /**
   * The terminal of this process: standard output as Java's console sees it, standard error from
   * where file descriptor 2 points ({@code /proc/self/fd/2} on Linux: a {@code /dev/pts/…} or
   * {@code /dev/tty…} device), or, where that cannot be read, as Java's console sees it.
   */
  static Terminal ofThisProcess() {
    boolean console = System.console() != null;
    boolean errorIsTerminal;
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      errorIsTerminal = target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      errorIsTerminal = console;
    }
    return new Terminal(console, errorIsTerminal);
  }
}
