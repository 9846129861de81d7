/**
 * The composition root of the library: {@link org.clausediff.internal.pipeline.Pipeline} wires the
 * stages (reading is the caller's; normalize, segment, key, align, compare, find duplicates,
 * collate) into the jobs the facade {@link org.clausediff.ClauseDiff} offers, and runs the steps
 * that do not depend on each other side by side on the caller's executor ({@link
 * org.clausediff.internal.parallel.Fork}).
 */
package org.clausediff.internal.pipeline;
