/**
 * The last stage, reports: results in, text or bytes out. One writer per result and format ({@code
 * SegmentJsonWriter}, {@code CompareHtmlWriter}, …), all implementing {@link
 * org.clausediff.report.ReportWriter}; {@link org.clausediff.report.ReportType} is the registry
 * from a result and a {@link org.clausediff.report.ReportFormat} to its writer, and gives every
 * format as bytes through a {@link org.clausediff.report.ReportEncoder} (a binary format, such as
 * the .docx of module {@code org.clausediff.formats}, has only that). {@link
 * org.clausediff.report.ComparisonTable} is the 新旧对照表 of a comparison, which the {@code table-*}
 * formats render. Writers render and escape; they never compute.
 */
package org.clausediff.report;
