/**
 * clausediff: compare versions of long prose documents clause by clause, find duplicated passages,
 * collate many versions. {@link org.clausediff.ClauseDiff} is the entry point.
 *
 * <p>Exports only the API: the facade and its exceptions, the inputs ({@code text}), the structure
 * of a document ({@code segment}), the normalization options, the results ({@code compare}, {@code
 * dups}, {@code collate}) and their reports ({@code report}), and the fingerprints of documents for
 * corpora ({@code fingerprint}). The engine under {@code org.clausediff.internal} is not exported.
 */
module org.clausediff {
  requires com.google.common;
  requires com.ibm.icu;
  requires io.github.javadiffutils;
  requires org.apache.commons.text;
  requires com.fasterxml.jackson.core;

  exports org.clausediff;
  exports org.clausediff.text;
  exports org.clausediff.text.normalize;
  exports org.clausediff.segment;
  exports org.clausediff.compare;
  exports org.clausediff.dups;
  exports org.clausediff.collate;
  exports org.clausediff.report;
  exports org.clausediff.fingerprint;
}
