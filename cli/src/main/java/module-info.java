/**
 * The {@code clausediff} command line: a thin front end over the library's API ({@code
 * org.clausediff}). It parses options, reads input files on its own worker threads, checks that a
 * job fits the heap of the JVM it owns, calls the library and writes a report.
 */
module org.clausediff.cli {
  requires org.clausediff;
  requires org.clausediff.corpus;
  requires org.clausediff.formats;
  requires info.picocli;

  // picocli fills the command classes' fields and calls their constructors by reflection.
  opens org.clausediff.cli to
      info.picocli;
}
