/**
 * The result of comparing two versions of a document: {@link org.clausediff.compare.Comparison}.
 *
 * <p>A comparison is a list of {@link org.clausediff.compare.Correspondence}s — a {@link
 * org.clausediff.compare.Link} between units of the two documents (1:1, split, merged, moved) with
 * its {@link org.clausediff.compare.Similarity} and the {@link org.clausediff.compare.InlineDiff}
 * inside it — plus the units deleted and added and the {@link
 * org.clausediff.compare.DocumentSimilarity} of the whole. {@link
 * org.clausediff.compare.CompareOptions} says how documents are compared. Every type is an
 * immutable value; every offset is a code point of the compared {@link
 * org.clausediff.text.SourceText}s.
 */
package org.clausediff.compare;
