package org.clausediff.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Standard output as the command writes to it, as text ({@link #writer()}, UTF-8) or bytes ({@link
 * #stream()}): it remembers the first failure — a full device, a file-size limit, a closed stream
 * or pipe — and fails every write after it, so that a report that could not be written is never
 * taken for one that was. (A {@link java.io.PrintWriter} swallows such failures; the command's own
 * {@code PrintWriter} writes through this.) Not thread-safe: the command writes from one thread.
 */
final class StandardOutput {
  private final OutputStream out;
  private final Recording recording = new Recording();
  private final Writer writer =
      new OutputStreamWriter(recording, StandardCharsets.UTF_8.newEncoder());
  private Optional<IOException> failure = Optional.empty();

  StandardOutput(OutputStream out) {
    this.out = requireNonNull(out, "out");
  }

  /** Standard output as UTF-8 text; buffered, so flush it to see a failure. */
  Writer writer() {
    return writer;
  }

  /** Standard output as bytes, after whatever text was written before. */
  OutputStream stream() throws IOException {
    writer.flush();
    return recording;
  }

  /** The first write that failed, if any. */
  Optional<IOException> failure() {
    return failure;
  }

  /**
   * Whether {@code e} says that the reader of a pipe has gone, as {@code head} does once it has its
   * lines: the one failure that ends a command quietly, as it ends other Unix tools.
   */
  static boolean isClosedPipe(IOException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    // EPIPE's text on Linux and macOS; Windows names a closed pipe in two ways.
    return message.contains("broken pipe")
        || message.contains("pipe is being closed")
        || message.contains("pipe has been ended");
  }

  /** The one line for a report that could not be written to standard output. */
  static String problem(IOException e) {
    return "standard output: cannot write the report (" + OutputOptions.Files.reason(e) + ")";
  }

  /** The stream that remembers the first failure. */
  private final class Recording extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      check();
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() throws IOException {
      check();
      try {
        out.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    /** Flushes; standard output itself is never closed. */
    @Override
    public void close() throws IOException {
      flush();
    }

    private void check() throws IOException {
      if (failure.isPresent()) {
        // A new exception each time: a writer closed after a failure (Jackson's, say) adds what
        // its close throws to the first as suppressed, which may not be the same instance.
        throw new IOException(failure.get().getMessage(), failure.get());
      }
    }

    private IOException failed(IOException e) {
      failure = Optional.of(e);
      return e;
    }
  }
}
