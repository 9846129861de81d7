package org.clausediff.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Map;
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
      String option = OPTION_BY_LIMIT.get(limit.limitName());
      return limit.getMessage() + (option == null ? "" : " (raise it with " + option + ")");
    }
    if (error instanceof ClauseDiffException) {
      return error.getMessage();
    }
    if (error instanceof UncheckedIOException) {
      return of(error.getCause());
    }
    if (error instanceof IOException) {
      return ofIo((IOException) error);
    }
    if (error instanceof OutOfMemoryError) {
      return "out of memory; give Java more heap (e.g. JAVA_OPTS=-Xmx4g) or use smaller inputs";
    }
    if (error instanceof StackOverflowError) {
      return "internal error: stack overflow (run with --debug for details)";
    }
    return "internal error: " + error + " (run with --debug for details)";
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
