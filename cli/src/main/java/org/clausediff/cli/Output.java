package org.clausediff.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.clausediff.report.PrintableText;
import org.clausediff.report.ReportWriter;

/**
 * Where a report or a cleaned text goes — standard output, or a file that is replaced only once it
 * is complete ({@link AtomicFile}) — with the failures of writing it turned into the one line the
 * command prints ({@link UserError}). A closed pipe on standard output (the reader, {@code head}
 * say, has what it wanted) ends the writing quietly.
 *
 * <p>Write, then {@link #commit}; closing an output that was not committed discards what was
 * written to a file. A command that writes two files commits both only after both are written.
 */
abstract class Output implements Closeable {
  private Output() {}

  /**
   * The output to {@code file}, or to standard output when there is none or it is {@code -}; {@code
   * what} names the content in messages ("the report").
   *
   * @throws UserError if the file cannot be created
   */
  static Output to(Optional<Path> file, String what, StandardStreams streams) {
    if (file.isEmpty() || StandardStreams.isStandard(file.get())) {
      return new ToStandardOutput(streams.out());
    }
    Path target = file.get();
    try {
      return new ToFile(target, what, AtomicFile.create(target));
    } catch (IOException e) {
      throw ToFile.problem(target, what, e);
    }
  }

  /** Writes {@code result} rendered by {@code writer}, as UTF-8. */
  abstract <T> void write(ReportWriter<T> writer, T result);

  /** Writes {@code bytes}. */
  abstract void write(byte[] bytes);

  /** Keeps what was written: renames the file over its target, or flushes standard output. */
  abstract void commit();

  /** Discards what was written to a file, unless it was committed. */
  @Override
  public abstract void close();

  private static final class ToStandardOutput extends Output {
    private final StandardOutput out;
    private boolean closedPipe;

    ToStandardOutput(StandardOutput out) {
      this.out = out;
    }

    @Override
    <T> void write(ReportWriter<T> writer, T result) {
      if (closedPipe) {
        return;
      }
      try {
        writer.write(result, out.writer());
        out.writer().flush();
      } catch (IOException e) {
        failed(e);
      }
    }

    @Override
    void write(byte[] bytes) {
      if (closedPipe) {
        return;
      }
      try {
        OutputStream stream = out.stream();
        stream.write(bytes);
        stream.flush();
      } catch (IOException e) {
        failed(e);
      }
    }

    private void failed(IOException e) {
      if (StandardOutput.isClosedPipe(e)) {
        closedPipe = true;
        return;
      }
      throw new UserError(StandardOutput.problem(e), e);
    }

    @Override
    void commit() {}

    @Override
    public void close() {}
  }

  private static final class ToFile extends Output {
    private final Path target;
    private final String what;
    private final AtomicFile file;

    ToFile(Path target, String what, AtomicFile file) {
      this.target = target;
      this.what = what;
      this.file = file;
    }

    static UserError problem(Path target, String what, IOException e) {
      return new UserError(
          PrintableText.name(target.toString())
              + ": cannot write "
              + what
              + " ("
              + OutputOptions.Files.reason(e)
              + ")",
          e);
    }

    @Override
    <T> void write(ReportWriter<T> writer, T result) {
      try {
        Writer text = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8.newEncoder());
        writer.write(result, text);
        text.flush();
      } catch (IOException e) {
        throw problem(target, what, e);
      }
    }

    @Override
    void write(byte[] bytes) {
      try {
        file.stream().write(bytes);
      } catch (IOException e) {
        throw problem(target, what, e);
      }
    }

    @Override
    void commit() {
      try {
        file.commit();
      } catch (IOException e) {
        throw problem(target, what, e);
      }
    }

    /** Deletes the temporary file unless committed; a failure to is suppressed by the cause. */
    @Override
    public void close() {
      try {
        file.close();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
