/**
 * The corpus layer on one machine: many documents in an embedded, durable Apache Lucene index,
 * similar-document search and cross-document reuse.
 *
 * <p>Takes files (through a {@link org.clausediff.corpus.DocumentReader}) and gives, through {@link
 * org.clausediff.corpus.Corpus}: an {@link org.clausediff.corpus.IndexReport} of what indexing did,
 * {@link org.clausediff.corpus.SimilarResult}s (the documents most like a given one, verified with
 * the library's document similarity), a {@link org.clausediff.corpus.ReuseReport} (passages shared
 * between documents, clustered and labelled BOILERPLATE or REUSE, and the document pairs that share
 * the most) and a {@link org.clausediff.corpus.CorpusStatus}. Units and signatures come from the
 * library's {@link org.clausediff.fingerprint.Fingerprinter}, so a distributed job that
 * fingerprints with the library sees the same units.
 *
 * <p>A module of its own rather than a package of {@code lib}: Lucene stays out of the library's
 * dependencies, and no Lucene type appears in this package's public signatures.
 */
package org.clausediff.corpus;
