/**
 * clausediff docx: reports as Word documents. {@link org.clausediff.docx.ComparisonTableDocx}
 * writes the old/new comparison table (新旧对照表) of a comparison as a .docx, the {@code table-docx}
 * format of {@link org.clausediff.report.ReportType#COMPARISON} once added with {@link
 * org.clausediff.report.ReportType#withEncoder}.
 *
 * <p>Exports only {@code org.clausediff.docx}; no type of Apache POI appears in its public
 * signatures.
 */
module org.clausediff.docx {
  requires transitive org.clausediff;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;

  exports org.clausediff.docx;
}
