package org.clausediff.formats;

import java.io.IOException;

/** Reads one format: a file's content to an {@link Extraction}. Implementations are stateless. */
interface FormatReader {
  /**
   * Reads {@code input}.
   *
   * @throws IOException if the file cannot be read
   * @throws org.clausediff.ClauseDiffException if the content is not a readable document
   */
  Extraction read(Input input, ReadOptions options) throws IOException;
}
