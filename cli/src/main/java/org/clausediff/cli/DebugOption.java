package org.clausediff.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug}: print stack traces with errors. {@link ClauseDiffCommand#run} reads the flag
 * from the arguments before parsing, so that it also applies to errors in parsing itself.
 */
final class DebugOption {
  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;
}
