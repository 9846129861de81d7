/**
 * Engine — the comparison of two keyed documents: alignment, inline diffs and document similarity
 * assembled into a {@link org.clausediff.compare.Comparison} by {@link
 * org.clausediff.internal.compare.Comparer}. Not exported.
 */
package org.clausediff.internal.compare;
