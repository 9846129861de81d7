/**
 * How the comparison text is made from a document: {@link
 * org.clausediff.text.normalize.NormalizationOptions} chooses the {@link
 * org.clausediff.text.normalize.NormalizationRule}s — white space and invisible characters, width
 * folding, NFKC, punctuation variants, and optionally Traditional→Simplified and OCR confusables.
 *
 * <p>Normalization only decides what counts as the same: every offset that leaves clausediff is a
 * code point of the source text, and the results name the rules that changed something.
 */
package org.clausediff.text.normalize;
