/**
 * The result of collating several versions of a document: {@link org.clausediff.collate.Collation}.
 *
 * <p>One original (or none) and several versions in; what each version kept, changed, moved or
 * dropped of the original, what each added (grouped when several versions added the same), and —
 * without an original — the common core that most versions share, out. {@link
 * org.clausediff.collate.CollateOptions} says how; {@link org.clausediff.collate.Progress} hears of
 * each pairwise alignment. Produced by {@link org.clausediff.ClauseDiff#collate}.
 */
package org.clausediff.collate;
