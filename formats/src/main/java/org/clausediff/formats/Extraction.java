package org.clausediff.formats;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What {@link DocumentReader} read from a file: the text with its source map, the format it was
 * read as, and notes on what was left out of the text or read in a particular way (running headers
 * and page numbers of a PDF, tracked deletions of a Word document, a file read as HTML whatever its
 * name).
 *
 * @param text the extracted text; its {@link org.clausediff.text.SourceText#sourceMap()} gives each
 *     code point's location in the file, and its {@link org.clausediff.text.SourceText#notes()} are
 *     the notes below (so that the reports of the text show them)
 * @param format the format the file was read as
 * @param notes what was left out or read in a particular way, one plain sentence each, in order
 */
public record Extraction(
    org.clausediff.text.SourceText text, InputFormat format, List<String> notes) {

  /** Validates and copies the fields. */
  public Extraction {
    checkNotNull(text, "text");
    checkNotNull(format, "format");
    notes = List.copyOf(notes);
  }
}
