/**
 * Collation, a stage after {@code align} and {@code diff}: one original (or none) and several
 * versions of a document in; what each version kept, changed, moved or dropped of the original,
 * what each added (grouped when several versions added the same), and — without an original — the
 * common core that most versions share, out. Built on the pairwise alignment of {@link
 * org.clausediff.align.ClauseAligner}. Main types: {@link org.clausediff.collate.Collator} (the
 * service), {@link org.clausediff.collate.Collation} (the result), {@link
 * org.clausediff.collate.CollateOptions}, {@link org.clausediff.collate.Version} (an input).
 */
package org.clausediff.collate;
