/**
 * Engine — character classes and the tokenizer every stage shares ({@link
 * org.clausediff.internal.text.CodePoints}, {@link org.clausediff.internal.text.Tokens}). Not
 * exported.
 */
package org.clausediff.internal.text;
