/**
 * clausediff formats: Word .docx/.doc, PDF, HTML, Markdown and plain text read into the library's
 * {@link org.clausediff.text.SourceText} with a source map. {@link
 * org.clausediff.formats.DocumentReader} is the entry point.
 *
 * <p>Exports only {@code org.clausediff.formats}; the readers behind it are package-private, and no
 * type of Apache POI, PDFBox, jsoup or commons-compress appears in its public signatures.
 */
module org.clausediff.formats {
  requires transitive org.clausediff;
  requires com.google.common;
  requires java.xml;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  // The page setup and table layout of the .docx the comparison table is written to.
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires org.apache.poi.scratchpad;
  requires org.apache.pdfbox;
  requires org.apache.commons.compress;
  requires org.jsoup;

  exports org.clausediff.formats;
  exports org.clausediff.formats.report;
}
