package org.clausediff.cli;

import static java.util.Objects.requireNonNull;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The standard streams of one run: standard input, read when an input is named {@code -}, and
 * standard output, where reports go unless {@code -o} names a file.
 *
 * @param in standard input
 * @param out standard output
 * @param inputFile a path that names standard input's file, when there is one ({@code /dev/stdin}
 *     for the process), so that an output file that is standard input is refused like any other
 *     input
 */
record StandardStreams(InputStream in, StandardOutput out, Optional<Path> inputFile) {

  /** Validates the streams. */
  StandardStreams {
    requireNonNull(in, "in");
    requireNonNull(out, "out");
    requireNonNull(inputFile, "inputFile");
  }

  /** Streams that read {@code in} and write {@code out}, which are no files. */
  static StandardStreams of(InputStream in, OutputStream out) {
    return new StandardStreams(in, new StandardOutput(out), Optional.empty());
  }

  /** The streams of this process. */
  static StandardStreams ofThisProcess() {
    Path stdin = Path.of("/dev/stdin");
    return new StandardStreams(
        new FileInputStream(FileDescriptor.in),
        new StandardOutput(new FileOutputStream(FileDescriptor.out)),
        Files.exists(stdin) ? Optional.of(stdin) : Optional.empty());
  }

  /** Whether {@code path} names standard input or output ({@code -}). */
  static boolean isStandard(Path path) {
    return path.toString().equals("-");
  }
}
