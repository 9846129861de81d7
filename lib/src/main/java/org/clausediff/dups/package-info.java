/**
 * The result of looking for duplicated passages inside one document: {@link
 * org.clausediff.dups.DuplicateReport}.
 *
 * <p>Each repeated passage ({@link org.clausediff.dups.DuplicatePassage}) is an exact or near
 * repeat ({@link org.clausediff.dups.RepeatKind}) labelled DUPLICATION or BOILERPLATE ({@link
 * org.clausediff.dups.DuplicateLabel}, with its {@link org.clausediff.dups.LabelReason}) and
 * carries its occurrences as source spans; the report also gives the text without the later copies
 * of every DUPLICATION passage. {@link org.clausediff.dups.DuplicateOptions} says what counts.
 * Produced by {@link org.clausediff.ClauseDiff#duplicates}.
 */
package org.clausediff.dups;
