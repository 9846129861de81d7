package org.clausediff.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;

/**
 * Turns a file into a {@link SourceText}: the one place where the corpus meets file formats.
 *
 * <p>{@link #plainText()} reads {@code .txt} files with the library's decoder (encoding detected).
 * A reader of more formats (Word, PDF, HTML) plugs in by implementing this interface; the corpus
 * asks {@link #accepts} of every file found in a directory, and reads files named explicitly
 * whatever their name. Implementations must be thread-safe: files are read on the caller's
 * executor.
 */
public interface DocumentReader {

  /** Whether a file found while walking a directory is a document this reader reads. */
  boolean accepts(Path file);

  /**
   * Decodes {@code content}, the bytes of {@code file} (read once by the corpus, which also hashes
   * them), into a text named {@code file.toString()}.
   *
   * @throws IOException if a format needs to read more and cannot
   * @throws org.clausediff.ClauseDiffException if it is not a document this reader can decode
   */
  SourceText read(Path file, byte[] content) throws IOException;

  /** Plain text files ({@code .txt}, any case), decoded by {@link TextDecoder#defaults()}. */
  static DocumentReader plainText() {
    return new DocumentReader() {
      @Override
      public boolean accepts(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".txt");
      }

      @Override
      public SourceText read(Path file, byte[] content) {
        return TextDecoder.defaults().decode(file.toString(), content);
      }

      @Override
      public String toString() {
        return "DocumentReader.plainText()";
      }
    };
  }
}
