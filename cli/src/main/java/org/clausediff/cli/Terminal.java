package org.clausediff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the command knows about where its output goes, and whether the user wants colour.
 *
 * @param interactive whether standard output is a terminal (and standard input: Java's console);
 *     colour is shown only then, unless asked for
 * @param progress whether standard error is a terminal; progress is shown only then
 * @param noColor whether the environment asks for no colour ({@code NO_COLOR} set and not empty,
 *     https://no-color.org): no colour unless {@code --color always}
 */
public record Terminal(boolean interactive, boolean progress, boolean noColor) {

  /** A terminal whose standard output and standard error are both interactive, or both not. */
  public Terminal(boolean interactive) {
    this(interactive, interactive, false);
  }

  /** A terminal with standard output and standard error as given, and colour allowed. */
  public Terminal(boolean interactive, boolean progress) {
    this(interactive, progress, false);
  }

  /** Output that goes to a file or a pipe. */
  public static Terminal notInteractive() {
    return new Terminal(false);
  }

  /** Returns a copy whose environment does or does not ask for no colour. */
  public Terminal withNoColor(boolean noColor) {
    return new Terminal(interactive, progress, noColor);
  }

  /**
   * The terminal of this process: standard output as Java's console sees it, standard error from
   * where file descriptor 2 points ({@code /proc/self/fd/2} on Linux: a {@code /dev/pts/…} or
   * {@code /dev/tty…} device), or, where that cannot be read, as Java's console sees it; and {@code
   * NO_COLOR} from the environment.
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
    String noColor = System.getenv("NO_COLOR");
    return new Terminal(console, errorIsTerminal, noColor != null && !noColor.isEmpty());
  }
}
