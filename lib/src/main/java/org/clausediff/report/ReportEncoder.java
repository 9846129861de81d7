package org.clausediff.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes one kind of result in one format as bytes: the file a report is. Every format has one
 * ({@link ReportType#encoder}): that of a text format writes the UTF-8 encoding of its {@link
 * ReportWriter}'s text; a binary format ({@link ReportFormat#binary()}, such as {@code table-docx})
 * has only an encoder. Implementations are immutable and thread-safe, and their output is
 * deterministic.
 *
 * @param <T> the kind of result
 */
@FunctionalInterface
public interface ReportEncoder<T> {

  /** Writes {@code result} to {@code out}, which it does not close. */
  void encode(T result, OutputStream out) throws IOException;

  /** The encoder that writes the text of {@code writer} in UTF-8. */
  static <T> ReportEncoder<T> utf8(ReportWriter<T> writer) {
    checkNotNull(writer, "writer");
    return (result, out) -> {
      // Flushed, not closed: the stream is the caller's.
      Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      writer.write(result, text);
      text.flush();
    };
  }
}
