/**
 * The fingerprint stage: compact, serializable summaries of a document's units for finding reuse
 * and similar documents across a corpus, computed with the library's own segmentation, comparison
 * keys and shingles.
 *
 * <p>Takes a {@link org.clausediff.text.SourceText} and gives a {@link
 * org.clausediff.fingerprint.DocumentFingerprint}: for each unit (sentences by default) its span,
 * kind and section path, the 64-bit hash of its comparison key (equal keys give equal hashes, in
 * any document) and a {@link org.clausediff.fingerprint.MinHash} signature of the key's shingles,
 * with the locality-sensitive-hashing band keys derived from it; and a signature of the whole
 * document. {@link org.clausediff.fingerprint.Fingerprinter} makes them; {@link
 * org.clausediff.fingerprint.DocumentMatch} estimates how much of one document another covers;
 * {@link org.clausediff.fingerprint.KeyedDocument} keeps the comparison keys for exact verification
 * of unit pairs with {@link org.clausediff.compare.Measure#JACCARD} and {@link
 * org.clausediff.compare.Measure#COMBINED}.
 *
 * <p>Fingerprints hold only Java types and clausediff values (no third-party types), are immutable,
 * {@link java.io.Serializable}, and the same on every run, machine and thread: hashing uses fixed
 * seeds. Corpus indexes and distributed jobs compute them with this package, so that both see the
 * same units and signatures.
 */
package org.clausediff.fingerprint;
