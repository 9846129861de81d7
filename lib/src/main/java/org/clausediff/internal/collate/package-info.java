/**
 * Engine — collation: one original (or none) and several versions of a document in, a {@link
 * org.clausediff.collate.Collation} out. Built on the pairwise alignment of {@link
 * org.clausediff.internal.align.ClauseAligner}. Not exported.
 */
package org.clausediff.internal.collate;
