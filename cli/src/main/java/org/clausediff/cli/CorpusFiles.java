package org.clausediff.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.clausediff.formats.DocumentReader;
import org.clausediff.formats.ReadOptions;
import org.clausediff.text.SourceText;

/**
 * How {@code corpus index} reads files: every format the formats module reads (plain text,
 * Markdown, HTML, Word .docx/.doc, PDF), detected by content; in directories, the files with one of
 * those extensions.
 */
final class CorpusFiles implements org.clausediff.corpus.DocumentReader {
  private static final Set<String> EXTENSIONS =
      Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx", "docm", "doc", "pdf");

  private final DocumentReader formats;

  /** Reads files with {@code options} (the format and selector the command line names). */
  CorpusFiles(ReadOptions options) {
    this.formats = DocumentReader.of(options);
  }

  @Override
  public boolean accepts(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String text = name.toString();
    int dot = text.lastIndexOf('.');
    return dot >= 0 && EXTENSIONS.contains(text.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  @Override
  public SourceText read(Path file, byte[] content) {
    return formats.read(file.toString(), content);
  }
}
