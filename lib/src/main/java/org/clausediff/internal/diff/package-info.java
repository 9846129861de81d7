/**
 * The diff stage: what changed inside linked units, character by character.
 *
 * <p>Takes the keys of the units of a link ({@link org.clausediff.similarity.UnitKeys}) and gives
 * an {@link org.clausediff.diff.InlineDiff}: a list of {@link org.clausediff.diff.Edit}s ({@code
 * Equal}, {@code Insert}, {@code Delete}, {@code Replace}) with source spans on both sides. {@link
 * org.clausediff.diff.InlineDiffer} runs java-diff-utils' Myers algorithm over diff tokens (a CJK
 * character, a Latin word, one other character — never UTF-16 units) and cleans the result up so
 * that edits fall on readable boundaries. java-diff-utils' types stay inside this package.
 */
package org.clausediff.internal.diff;
