/**
 * Files in: Word .docx/.doc, PDF, HTML, Markdown and plain text, each read into the {@link
 * org.clausediff.text.SourceText} the pipeline compares, with a {@link
 * org.clausediff.text.SourceMap} from every code point back to where it came from (page and line,
 * paragraph and table cell, footnote, element path, line and column).
 *
 * <p>{@link org.clausediff.formats.DocumentReader} is the entry point: it detects the format from
 * the content ({@link org.clausediff.formats.InputFormat}), reads it with {@link
 * org.clausediff.formats.ReadOptions}, and returns the text or an {@link
 * org.clausediff.formats.Extraction} with notes on what was left out. A file that cannot be read
 * raises {@link org.clausediff.formats.UnreadableDocumentException}, {@link
 * org.clausediff.InvalidInputException} or {@link org.clausediff.LimitExceededException}, each with
 * one plain sentence. One reader per format implements a package-private interface; no type of
 * Apache POI, PDFBox or jsoup appears in this package's public signatures.
 */
package org.clausediff.formats;
