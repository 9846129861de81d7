package org.clausediff.cli;

/**
 * What the command knows about where its output goes.
 *
 * @param interactive whether standard output and error are a terminal (colour and progress are
 *     shown only then, unless asked for)
 */
public record Terminal(boolean interactive) {

  /** Output that goes to a file or a pipe. */
  public static Terminal notInteractive() {
    return new Terminal(false);
  }
}
