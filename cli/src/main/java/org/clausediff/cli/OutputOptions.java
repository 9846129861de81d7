package org.clausediff.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.clausediff.report.PrintableText;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportOptions;
import org.clausediff.report.ReportType;
import org.clausediff.report.ReportWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where a report goes: standard output, or the file named by {@code -o}. */
final class OutputOptions {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report to FILE instead of standard output (- is standard output). FILE is"
              + " replaced only once the report is complete; it may not be an input.")
  Optional<Path> output = Optional.empty();

  /** Whether the report goes to standard output (and so may be coloured on a terminal). */
  boolean toStandardOutput() {
    return file().isEmpty();
  }

  /** The file the report goes to, if it goes to one. */
  Optional<Path> file() {
    return output.filter(path -> !StandardStreams.isStandard(path));
  }

  /**
   * Refuses, before any work, an output file that is one of {@code inputs} or that plainly cannot
   * be written (a directory, in a missing or read-only directory), so that a long run does not end
   * in that error.
   */
  void checkUsable(Collection<Path> inputs, StandardStreams streams) {
    if (file().isPresent()) {
      Files.checkNotInputs("-o", file().get(), inputs, streams);
      Files.checkWritable(file().get(), "the report");
    }
  }

  /**
   * Refuses, before any work, a binary {@code format} (a .docx) without a file: its bytes do not
   * belong on a terminal or in a text stream.
   */
  void checkFormat(CommandSpec spec, ReportFormat format) {
    if (format.binary() && file().isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--format " + format.id() + " writes a binary file; name it with -o FILE");
    }
  }

  /**
   * Writes {@code result} in {@code format}: a text format as {@link #write(ReportWriter, Object,
   * StandardStreams)} does, a binary one through its encoder to the file named by {@code -o} (which
   * {@link #checkFormat} made sure of), replaced only once complete.
   */
  <T> void write(
      ReportType<T> type,
      ReportFormat format,
      ReportOptions options,
      T result,
      StandardStreams streams) {
    if (!format.binary()) {
      write(type.writer(format, options), result, streams);
      return;
    }
    // A .docx report is small beside the comparison it renders: encoded whole, then written.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      type.encoder(format, options).encode(result, bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (Output out = open(streams)) {
      out.write(bytes.toByteArray());
      out.commit();
    }
  }

  /** Opens the chosen place for the report. */
  Output open(StandardStreams streams) {
    return Output.to(file(), "the report", streams);
  }

  /**
   * Writes {@code result} rendered by {@code writer} to the chosen place, streaming: a file is
   * replaced only once the report is complete, and left as it was when writing fails.
   */
  <T> void write(ReportWriter<T> writer, T result, StandardStreams streams) {
    try (Output out = open(streams)) {
      out.write(writer, result);
      out.commit();
    }
  }

  /** File checks shared by the commands that write files. */
  static final class Files {
    private Files() {}

    /**
     * Refuses to write {@code target} when it is one of the inputs (compared as files: a link to an
     * input is that input; {@code -}, standard input, is the file it reads, if any).
     */
    static void checkNotInputs(
        String option, Path target, Collection<Path> inputs, StandardStreams streams) {
      for (Path input : inputs) {
        Optional<Path> file =
            StandardStreams.isStandard(input) ? streams.inputFile() : Optional.of(input);
        if (file.isPresent() && Targets.sameFile(target, file.get())) {
          throw new UserError(
              PrintableText.name(target.toString())
                  + ": "
                  + option
                  + " may not name an input file; the input is never modified");
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
        throw new UserError(
            PrintableText.name(target.toString())
                + ": cannot write "
                + what
                + " ("
                + reason.get()
                + ")");
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
      // The file is replaced by a new one made in its directory: that directory must be writable,
      // and a file that exists must be, or it would be replaced against its mode.
      if (!java.nio.file.Files.isWritable(parent)
          || (java.nio.file.Files.exists(target) && !java.nio.file.Files.isWritable(target))) {
        return Optional.of("permission denied");
      }
      return Optional.empty();
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
      return e.getMessage() == null
          ? e.getClass().getSimpleName()
          : e.getMessage().toLowerCase(Locale.ROOT);
    }
  }
}
