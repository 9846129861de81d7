/**
 * Stage 1, intake: bytes in, {@link org.clausediff.text.SourceText} out.
 *
 * <p>{@link org.clausediff.text.TextDecoder} detects the encoding strictly (byte-order mark, UTF-8,
 * GB18030) and never drops or replaces a byte. A {@link org.clausediff.text.SourceText} holds the
 * decoded text as code points; a {@link org.clausediff.text.Span} is a half-open range of code
 * point offsets into it. These offsets are the only ones that leave clausediff, in the API and in
 * every report. {@link org.clausediff.text.CodePoints} holds the character classes the stages
 * share.
 */
package org.clausediff.text;
