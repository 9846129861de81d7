/**
 * clausediff compares versions of long prose documents clause by clause.
 *
 * <p>This root package holds only the exceptions that every stage may throw for bad input: {@link
 * org.clausediff.ClauseDiffException} and its subtypes. The pipeline lives in the subpackages, in
 * the order data flows through them: {@code text} (decoding, spans), {@code text.normalize}, {@code
 * segment}, {@code similarity}, {@code align}, {@code diff}, {@code dups}, {@code collate}; {@code
 * api} wires them together behind {@code ClauseDiff}, and {@code report} renders results.
 */
package org.clausediff;
