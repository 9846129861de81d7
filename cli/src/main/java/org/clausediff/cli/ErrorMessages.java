package org.clausediff.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.clausediff.ClauseDiffException;
import org.clausediff.LimitExceededException;

/** Turns exceptions into the one plain line the command prints on stderr. */
final class ErrorMessages {
  private ErrorMessages() {}

  /** The command-line option that raises each library limit. */
  private static final Map<String, String> OPTION_BY_LIMIT =
      Map.of("maxInputBytes", "--max-input-size");

  static String of(Throwable error) {
    if (error instanceof UserError) {
      return error.getMessage();
    }
    if (error instanceof LimitExceededException) {
      LimitExceededException limit = (LimitExceededException) error;
      if (limit.limitName().equals(HeapCheck.LIMIT_NAME)) {
        return limit.getMessage() + ": " + raiseHeap(limit.actual());
      }
      String option = OPTION_BY_LIMIT.get(limit.limitName());
      return named(limit) + (option == null ? "" : " (raise it with " + option + ")");
    }
    if (error instanceof ClauseDiffException) {
      return named((ClauseDiffException) error);
    }
    if (error instanceof UncheckedIOException) {
      return of(error.getCause());
    }
    if (error instanceof IOException) {
      return ofIo((IOException) error);
    }
    if (error instanceof OutOfMemoryError) {
      return outOfMemory(List.of(), Runtime.getRuntime().maxMemory());
    }
    if (error instanceof StackOverflowError) {
      return "internal error: stack overflow (run with --debug for details)";
    }
    return "internal error: " + error + " (run with --debug for details)";
  }

  /** The exception's message, with standard input ({@code -}) named as such. */
  private static String named(ClauseDiffException error) {
    String message = error.getMessage();
    String prefix = InputOptions.STANDARD_INPUT + ": ";
    return error.documentName().equals(InputOptions.STANDARD_INPUT) && message.startsWith(prefix)
        ? "standard input: " + message.substring(prefix.length())
        : message;
  }

  /**
   * The line for running out of memory on {@code inputs} (none when unknown) with a heap of {@code
   * maxHeap} bytes: it names the files, the heap, and how to give Java twice as much.
   */
  static String outOfMemory(List<Path> inputs, long maxHeap) {
    String files =
        inputs.isEmpty()
            ? ""
            : inputs.stream().map(Path::toString).collect(Collectors.joining(", ")) + ": ";
    return files
        + "out of memory (the heap is "
        + HeapCheck.size(maxHeap)
        + "); "
        + raiseHeap(2 * maxHeap)
        + ", or use smaller inputs";
  }

  /**
   * How to give Java a heap of at least {@code bytes}: {@code -Xmx} in whole gigabytes, rounded up,
   * with room for what the collector keeps for itself.
   */
  static String raiseHeap(long bytes) {
    long gigabytes = Math.max(1, (long) Math.ceil(bytes * 1.1 / (1L << 30)));
    return "raise it with JAVA_OPTS=-Xmx"
        + gigabytes
        + "g (./clausediff) or java -Xmx"
        + gigabytes
        + "g -jar clausediff.jar";
  }

  private static String ofIo(IOException error) {
    if (error instanceof NoSuchFileException) {
      return ((NoSuchFileException) error).getFile() + ": no such file";
    }
    if (error instanceof AccessDeniedException) {
      return ((AccessDeniedException) error).getFile() + ": permission denied";
    }
    if (error instanceof FileSystemException) {
      FileSystemException fs = (FileSystemException) error;
      String reason = fs.getReason() == null ? "cannot be read" : fs.getReason();
      return fs.getFile() + ": " + reason.toLowerCase(Locale.ROOT);
    }
    String message = error.getMessage();
    return message == null ? "input/output error" : message;
  }
}
