package org.clausediff.report;

import java.io.IOException;

/**
 * Renders one kind of result in one format. Writers only render: they compute nothing that the
 * result does not already hold, and they escape input text for their format. Implementations are
 * immutable and thread-safe; the output is deterministic.
 *
 * @param <T> the kind of result
 */
public interface ReportWriter<T> {

  /** Writes {@code result} to {@code out}. */
  void write(T result, Appendable out) throws IOException;

  /** Returns the report as a string. */
  default String render(T result) {
    StringBuilder out = new StringBuilder();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not throw", e);
    }
    return out.toString();
  }
}
