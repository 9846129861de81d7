/**
 * Files out: reports in the formats this module reads, written with the same libraries. {@link
 * org.clausediff.formats.report.ComparisonTableDocx} writes the old/new comparison table (新旧对照表,
 * {@link org.clausediff.report.ComparisonTable}) of a comparison as a Word document with Apache
 * POI: the {@code table-docx} format, which a caller adds to the library's registry with {@link
 * org.clausediff.report.ReportType#withEncoder}. No type of POI appears in a public signature.
 */
package org.clausediff.formats.report;
