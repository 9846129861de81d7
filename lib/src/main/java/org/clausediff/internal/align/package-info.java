/**
 * The alignment stage: which units of two documents correspond.
 *
 * <p>Takes the {@link org.clausediff.similarity.UnitKeys} of two documents and gives an {@link
 * org.clausediff.align.Alignment}: {@link org.clausediff.align.Link}s between units of one level
 * (sentences by default) — 1:1, 1:n ({@link org.clausediff.align.Op#SPLIT}) and n:1 ({@link
 * org.clausediff.align.Op#MERGED}) — regardless of order, the links that are out of order marked as
 * moves, and links between the structural units (sections, items, sub-items) that contain them.
 * Units without a link are deleted (left) or added (right). {@link
 * org.clausediff.align.ClauseAligner} does the work; see it for the method and its cost.
 */
package org.clausediff.internal.align;
