package org.clausediff.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * A subcommand that reads input files: the top-level command names them when the run fails as a
 * whole, for example when it runs out of memory.
 */
interface ReadsFiles {

  /** The input files named on the command line, in order. */
  List<Path> inputs();
}
