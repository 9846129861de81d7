package org.clausediff.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.clausediff.report.ReportEncoder;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportOptions;
import org.clausediff.report.ReportType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where a report goes: standard output, or the file named by {@code -o}. */
final class OutputOptions {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Optional<Path> output = Optional.empty();

  /** Whether the report goes to standard output (and so may be coloured on a terminal). */
  boolean toStandardOutput() {
    return output.isEmpty();
  }

  /**
   * Refuses, before any work, an output file that is one of {@code inputs} or that plainly cannot
   * be written (a directory, in a missing or read-only directory), so that a long run does not end
   * in that error.
   */
  void checkUsable(Collection<Path> inputs) {
    if (output.isPresent()) {
      Files.checkNotInputs("-o", output.get(), inputs);
      Files.checkWritable(output.get(), "the report");
    }
  }

  /**
   * Writes {@code report} to the chosen place. The output file may not be one of {@code inputs}.
   */
  void write(String report, PrintWriter standardOutput, Collection<Path> inputs) {
    if (output.isEmpty()) {
      standardOutput.print(report);
      standardOutput.flush();
      return;
    }
    Path target = output.get();
    Files.checkNotInputs("-o", target, inputs);
    try {
      java.nio.file.Files.writeString(target, report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(target + ": cannot write the report (" + Files.reason(e) + ")", e);
    }
  }

  /**
   * Refuses, before any work, a binary {@code format} (a .docx) without {@code -o}: its bytes do
   * not belong on a terminal or in a text stream.
   */
  void checkFormat(CommandSpec spec, ReportFormat format) {
    if (format.binary() && output.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--format " + format.id() + " writes a binary file; name it with -o FILE");
    }
  }

  /**
   * Writes {@code result} in {@code format} to the chosen place: a text format as {@link #write}
   * does, a binary one through its encoder to the file named by {@code -o} (which {@link
   * #checkFormat} made sure of).
   */
  <T> void write(
      ReportType<T> type,
      ReportFormat format,
      ReportOptions options,
      T result,
      PrintWriter standardOutput,
      Collection<Path> inputs) {
    if (!format.binary()) {
      write(type.writer(format, options), result, standardOutput, inputs);
      return;
    }
    Path target = output.orElseThrow();
    Files.checkNotInputs("-o", target, inputs);
    ReportEncoder<T> encoder = type.encoder(format, options);
    try (OutputStream out = new BufferedOutputStream(java.nio.file.Files.newOutputStream(target))) {
      encoder.encode(result, out);
    } catch (IOException e) {
      deleteHalfWritten(target, e);
      throw new UserError(target + ": cannot write the report (" + Files.reason(e) + ")", e);
    } catch (RuntimeException | Error e) {
      deleteHalfWritten(target, e);
      throw e;
    }
  }

  private static void deleteHalfWritten(Path target, Throwable cause) {
    try {
      java.nio.file.Files.deleteIfExists(target);
    } catch (IOException deleting) {
      cause.addSuppressed(deleting);
    }
  }

  /**
   * Streams {@code result} rendered by {@code writer} to the chosen place, without holding the
   * whole report in memory. The output file may not be one of {@code inputs}; when rendering fails
   * it is deleted rather than left half written.
   */
  <T> void write(
      org.clausediff.report.ReportWriter<T> writer,
      T result,
      PrintWriter standardOutput,
      Collection<Path> inputs) {
    if (output.isEmpty()) {
      try {
        writer.write(result, standardOutput);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      standardOutput.flush();
      return;
    }
    Path target = output.get();
    Files.checkNotInputs("-o", target, inputs);
    try (java.io.Writer out =
        java.nio.file.Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      writer.write(result, out);
    } catch (IOException e) {
      throw new UserError(target + ": cannot write the report (" + Files.reason(e) + ")", e);
    } catch (RuntimeException | Error e) {
      // Rendering failed half way (out of memory, say): leave no partial report behind.
      try {
        java.nio.file.Files.deleteIfExists(target);
      } catch (IOException deleting) {
        e.addSuppressed(deleting);
      }
      throw e;
    }
  }

  /** File checks shared by the commands that write files. */
  static final class Files {
    private Files() {}

    /** Refuses to write {@code target} when it is one of the inputs. */
    static void checkNotInputs(String option, Path target, Collection<Path> inputs) {
      for (Path input : inputs) {
        if (sameFile(target, input)) {
          throw new UserError(
              target + ": " + option + " may not name an input file; the input is never modified");
        }
      }
    }

    /**
     * Refuses {@code target} when it plainly cannot be written: it is a directory, its directory is
     * missing or is a file, or neither it nor its directory may be written. The message is the one
     * writing would give: {@code TARGET: cannot write WHAT (REASON)}.
     */
    static void checkWritable(Path target, String what) {
      Optional<String> reason = problemWriting(target);
      if (reason.isPresent()) {
        throw new UserError(target + ": cannot write " + what + " (" + reason.get() + ")");
      }
    }

    private static Optional<String> problemWriting(Path target) {
      if (java.nio.file.Files.isDirectory(target)) {
        return Optional.of("is a directory");
      }
      Path parent = target.toAbsolutePath().getParent();
      if (parent == null) {
        return Optional.empty();
      }
      for (Path p = parent; p != null; p = p.getParent()) {
        if (java.nio.file.Files.exists(p)) {
          if (!java.nio.file.Files.isDirectory(p)) {
            return Optional.of("not a directory");
          }
          if (!p.equals(parent)) {
            return Optional.of("no such directory");
          }
          break;
        }
      }
      boolean exists = java.nio.file.Files.exists(target);
      if (exists
          ? !java.nio.file.Files.isWritable(target)
          : !java.nio.file.Files.isWritable(parent)) {
        return Optional.of("permission denied");
      }
      return Optional.empty();
    }

    private static boolean sameFile(Path a, Path b) {
      try {
        if (java.nio.file.Files.exists(a) && java.nio.file.Files.exists(b)) {
          return java.nio.file.Files.isSameFile(a, b);
        }
      } catch (IOException e) {
        // Fall back to comparing the paths.
      }
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    static String reason(IOException e) {
      if (e instanceof java.nio.file.NoSuchFileException) {
        return "no such directory";
      }
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof java.nio.file.FileSystemException
          && ((java.nio.file.FileSystemException) e).getReason() != null) {
        return ((java.nio.file.FileSystemException) e).getReason().toLowerCase(Locale.ROOT);
      }
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }
}
