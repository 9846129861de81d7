package org.clausediff.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.Charset;

/**
 * How the bytes of an input encode its text: a charset, and whether a byte-order mark comes before
 * the text (the mark is not part of the text).
 *
 * <p>Only a text decoded from bytes has an encoding ({@link SourceText#encoding()}); a text given
 * as a Java string, or extracted from a document by a reader, has none. Encodings are values, equal
 * when their charsets and marks are.
 *
 * @param charset the charset the bytes were decoded with, e.g. UTF-8, UTF-16LE or GB18030
 * @param byteOrderMark whether the bytes start with a byte-order mark
 */
public record Encoding(Charset charset, boolean byteOrderMark) {

  /** Validates the encoding. */
  public Encoding {
    checkNotNull(charset, "charset");
  }

  /** The encoding {@code charset} without a byte-order mark. */
  public static Encoding of(Charset charset) {
    return new Encoding(charset, false);
  }

  /**
   * The name reports show: the charset's canonical name, followed by {@code " with BOM"} when the
   * bytes start with a byte-order mark — {@code UTF-8}, {@code UTF-8 with BOM}, {@code UTF-16LE
   * with BOM}, {@code GB18030}.
   */
  public String name() {
    return byteOrderMark ? charset.name() + " with BOM" : charset.name();
  }

  /** The same as {@link #name()}. */
  @Override
  public String toString() {
    return name();
  }
}
