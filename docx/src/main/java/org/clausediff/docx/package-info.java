/**
 * Reports as Word documents (.docx), written with Apache POI: {@link
 * org.clausediff.docx.ComparisonTableDocx}, the old/new comparison table (新旧对照表) of a {@link
 * org.clausediff.compare.Comparison}, built from {@link org.clausediff.report.ComparisonTable}.
 * POI's types stay inside this package.
 */
package org.clausediff.docx;
