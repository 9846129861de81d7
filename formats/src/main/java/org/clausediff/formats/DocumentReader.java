package org.clausediff.formats;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clausediff.InvalidInputException;
import org.clausediff.LimitExceededException;
import org.clausediff.formats.UnreadableDocumentException.Reason;
import org.clausediff.text.SourceText;

/**
 * Reads a file — plain text, Markdown, HTML, Word .docx/.doc or PDF — into the {@link SourceText}
 * the pipeline compares, with a {@link org.clausediff.text.SourceMap} that gives, for every code
 * point of the extracted text, where it came from (line and column, page and line, paragraph and
 * table cell, footnote, element path).
 *
 * <p>The format is detected from the content, not the name: a PDF header, a ZIP archive holding
 * {@code word/document.xml}, an OLE2 compound file, HTML markup; the name's extension only tells
 * Markdown from plain text. {@link ReadOptions#withFormat} overrides detection. A file named {@code
 * .docx} (or {@code .doc}, {@code .pdf}) whose content is an HTML page is read as HTML, as Word
 * itself opens it, and the {@link Extraction#notes()} say so. What each format gives and leaves out
 * is described in {@code docs/FORMATS.md}.
 *
 * <pre>{@code
 * SourceText text = DocumentReader.defaults().read(Path.of("notice.pdf"));
 * SourceLocation where = text.sourceMap().location(unit.span().start()); // e.g. p. 3
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; reading starts no threads and writes no files.
 */
public final class DocumentReader {
  private static final Set<String> BINARY_EXTENSIONS = Set.of("docx", "docm", "doc", "pdf");

  private final ReadOptions options;

  private DocumentReader(ReadOptions options) {
    this.options = options;
  }

  /** A reader with {@code options}. */
  public static DocumentReader of(ReadOptions options) {
    return new DocumentReader(checkNotNull(options, "options"));
  }

  /** A reader with {@link ReadOptions#defaults()}. */
  public static DocumentReader defaults() {
    return of(ReadOptions.defaults());
  }

  /** This reader's options. */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads the file at {@code path}; the text is named after the path as given.
   *
   * @throws IOException if the file cannot be read (missing, a directory, no permission)
   * @throws LimitExceededException if the file, or the text extracted from it, is larger than
   *     {@link ReadOptions#maxInputBytes()}, or a ZIP entry expands more than {@link
   *     ReadOptions#maxExpansionRatio()} times
   * @throws InvalidInputException if a text, Markdown or HTML file is not text in a supported
   *     encoding
   * @throws UnreadableDocumentException if the file is encrypted, has no text layer, is corrupt, or
   *     is not of the format named in the options
   */
  public SourceText read(Path path) throws IOException {
    return extract(path).text();
  }

  /**
   * Reads {@code bytes} (standard input, say), naming the text {@code name}; the name's extension,
   * if any, tells Markdown from plain text. Throws as {@link #read(Path)} does.
   */
  public SourceText read(String name, byte[] bytes) {
    return extract(name, bytes).text();
  }

  /**
   * Reads the file at {@code path}, with the notes on what was left out; throws as {@link
   * #read(Path)} does.
   */
  public Extraction extract(Path path) throws IOException {
    checkNotNull(path, "path");
    return extract(Input.of(path, options.maxInputBytes()));
  }

  /** Reads {@code bytes} named {@code name}, with notes; throws as {@link #read(Path)} does. */
  public Extraction extract(String name, byte[] bytes) {
    checkNotNull(name, "name");
    checkNotNull(bytes, "bytes");
    try {
      return extract(Input.of(name, bytes, options.maxInputBytes()));
    } catch (IOException e) {
      // Bytes in memory raise no I/O errors; the readers' parsers report damage as IOException.
      throw new UnreadableDocumentException(
          name, Reason.CORRUPT, "is damaged or truncated (" + e.getMessage() + ")");
    }
  }

  /**
   * The format the content of {@code head} (the first bytes of a file, at least 1 KiB of them when
   * the file is that long) shows, given the file's {@code name} (its extension tells Markdown).
   */
  public static InputFormat detect(byte[] head, String name) {
    int dot = name.lastIndexOf('.');
    return FormatDetector.detect(head, dot < 0 ? "" : name.substring(dot + 1));
  }

  private Extraction extract(Input input) throws IOException {
    InputFormat detected = FormatDetector.detect(input.head(), input.extension());
    InputFormat format = options.format().orElse(detected);
    checkForced(input, format, detected);
    Extraction extraction = reader(format).read(input, options);
    List<String> notes = new ArrayList<>();
    if (options.format().isEmpty()
        && format == InputFormat.HTML
        && BINARY_EXTENSIONS.contains(input.extension())) {
      notes.add(
          "read as HTML: the file is named ."
              + input.extension()
              + " but its content is an HTML page");
    }
    notes.addAll(extraction.notes());
    // The text carries the notes, so that every report of it can show them.
    return new Extraction(extraction.text().withNotes(notes), extraction.format(), notes);
  }

  private static void checkForced(Input input, InputFormat format, InputFormat detected) {
    boolean matches;
    switch (format) {
      case DOCX:
        matches = FormatDetector.isZip(input.head()) || FormatDetector.isOle2(input.head());
        break;
      case DOC:
        matches = FormatDetector.isOle2(input.head());
        break;
      case PDF:
        matches = FormatDetector.isPdf(input.head());
        break;
      default:
        matches = true;
    }
    if (!matches) {
      throw new UnreadableDocumentException(
          input.name(),
          Reason.WRONG_FORMAT,
          String.format(
              Locale.ROOT,
              "is not a %s file (its content looks like %s)",
              describe(format),
              input.size() == 0 ? "an empty file" : describe(detected)));
    }
  }

  static String describe(InputFormat format) {
    switch (format) {
      case TEXT:
        return "plain text";
      case MARKDOWN:
        return "Markdown";
      case HTML:
        return "an HTML page";
      case DOCX:
        return "Word .docx";
      case DOC:
        return "Word .doc";
      case PDF:
        return "PDF";
    }
    throw new AssertionError(format);
  }

  private static FormatReader reader(InputFormat format) {
    switch (format) {
      case TEXT:
        return new TextFileReader();
      case MARKDOWN:
        return new MarkdownReader();
      case HTML:
        return new HtmlReader();
      case DOCX:
        return new DocxReader();
      case DOC:
        return new DocReader();
      case PDF:
        return new PdfReader();
    }
    throw new AssertionError(format);
  }
}
