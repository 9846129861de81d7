/**
 * Reports of the corpus layer: renders {@link org.clausediff.corpus.SimilarResult}, {@link
 * org.clausediff.corpus.ReuseReport}, {@link org.clausediff.corpus.IndexReport} and {@link
 * org.clausediff.corpus.CorpusStatus} as text, JSON ({@code schemaVersion} 1), CSV and HTML.
 * Writers only render; paths are printed as the results hold them, offsets are code points.
 */
package org.clausediff.corpus.report;
