package org.clausediff.internal.segment;

import org.clausediff.segment.NumberingStyle;

/**
 * A heading label found in the text: {@code [start, end)} in code points, including its punctuation
 * (e.g. the brackets of {@code （四）} or the dot of {@code 1.}).
 */
record Label(NumberingStyle style, int number, int start, int end) {}
