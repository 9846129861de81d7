/**
 * Texts in, and the offsets that come out: {@link org.clausediff.text.SourceText} and {@link
 * org.clausediff.text.Span}.
 *
 * <p>{@link org.clausediff.text.TextDecoder} detects the encoding strictly (byte-order mark, UTF-8,
 * GB18030) and never drops or replaces a byte; {@link org.clausediff.text.DecodeOptions} may name
 * the encoding and the size limit. A {@link org.clausediff.text.SourceText} holds the decoded text
 * as code points; a {@link org.clausediff.text.Span} is a half-open range of code point offsets
 * into it. These offsets are the only ones that leave clausediff, in the API and in every report.
 */
package org.clausediff.text;
