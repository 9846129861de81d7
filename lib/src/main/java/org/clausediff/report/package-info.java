/**
 * The last stage, reports: results in, text out. One writer per result and format ({@code
 * SegmentJsonWriter}, {@code SegmentTextWriter}, …), all implementing {@link
 * org.clausediff.report.ReportWriter}. Writers render and escape; they never compute.
 */
package org.clausediff.report;
