/**
 * The corpus jobs on Apache Spark, for corpora beyond one machine: {@link
 * org.clausediff.spark.ReuseJob} (what {@code corpus reuse} does) and {@link
 * org.clausediff.spark.SimilarJob} (an all-pairs {@code corpus similar}).
 *
 * <p>Takes a directory of text files or a Parquet/JSON-lines dataset of {@code (id, text)} ({@link
 * org.clausediff.spark.CorpusInput}) and gives Parquet and JSON lines with the shapes of the
 * one-machine JSON. Units, keys and MinHash signatures are made by the library's {@link
 * org.clausediff.fingerprint.Fingerprinter} inside the executors, candidate pairs come from the
 * library's LSH band keys grouped with Spark SQL, and every candidate is verified with the
 * library's similarity ({@link org.clausediff.fingerprint.MinHash#jaccard}, {@link
 * org.clausediff.fingerprint.FingerprintIndex}, {@code ClauseDiff.compare}); clusters are the
 * {@link org.clausediff.spark.ConnectedComponents} of the verified pairs. No stage of the library
 * is implemented a second time here. {@link org.clausediff.spark.CorpusJobMain} is the {@code
 * spark-submit} entry point.
 */
package org.clausediff.spark;
