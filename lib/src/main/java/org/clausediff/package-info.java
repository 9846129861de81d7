/**
 * clausediff compares versions of long prose documents clause by clause.
 *
 * <p>{@link org.clausediff.ClauseDiff} is the entry point: it reads texts and runs the whole
 * pipeline — compare two versions, find duplicated passages in one, collate many — on the calling
 * thread or on an {@link java.util.concurrent.Executor} the caller supplies. This package also
 * holds the exceptions every stage may throw for bad input ({@link
 * org.clausediff.ClauseDiffException} and its subtypes). The results live in {@code compare},
 * {@code dups} and {@code collate}; the inputs and their offsets in {@code text}; the structure of
 * a document in {@code segment}; and {@code report} renders results. Packages under {@code
 * org.clausediff.internal} are the engine and are not exported.
 */
package org.clausediff;
