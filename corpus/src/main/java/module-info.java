/**
 * clausediff corpora on one machine: many documents in an embedded Apache Lucene index, similar
 * documents, passages shared between documents. {@link org.clausediff.corpus.Corpus} is the entry
 * point.
 *
 * <p>Exports only the API: {@code org.clausediff.corpus} (the index and its results) and {@code
 * org.clausediff.corpus.report} (their reports). No Lucene type appears in either.
 */
module org.clausediff.corpus {
  requires org.clausediff;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires org.apache.commons.text;

  exports org.clausediff.corpus;
  exports org.clausediff.corpus.report;
}
