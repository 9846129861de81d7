package org.clausediff.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.clausediff.text.DecodingAttempt.Decoded;
import org.clausediff.text.DecodingAttempt.Undecodable;

/**
 * Strict decoding attempts: bytes that are malformed or unmappable in the charset make the attempt
 * {@link Undecodable} at the first of them; nothing is ever replaced or dropped. UTF-32 units that
 * are surrogates count as undecodable too, although Java's UTF-32 decoders accept them.
 */
final class StrictDecoding {
  private StrictDecoding() {}

  /** Decodes the bytes of {@code bytes} after the first {@code skip} in one piece. */
  static DecodingAttempt whole(byte[] bytes, int skip, Charset charset) {
    OptionalInt surrogate = firstUtf32Surrogate(bytes, skip, charset);
    if (surrogate.isPresent()) {
      return new Undecodable(charset, surrogate.getAsInt());
    }
    CharsetDecoder decoder = decoder(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) bytes.length + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return new Undecodable(charset, in.position());
    }
    if (result.isOverflow()) {
      // No charset we read yields more UTF-16 code units than input bytes.
      throw new AssertionError("decoder overflow for " + charset);
    }
    out.flip();
    return new Decoded(charset, out.toString(), Optional.empty());
  }

  /**
   * Decodes the bytes of {@code bytes} after the first {@code skip} one character (or the
   * characters of one byte sequence) at a time, so as to learn which bytes each code point came
   * from. Bytes that decode to nothing (an escape sequence) count with the code point the decoder
   * reads them with, or with the last one at the end.
   */
  static DecodingAttempt stepwise(byte[] bytes, int skip, Charset charset) {
    CharsetDecoder decoder = decoder(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    char[] chars = new char[(int) Math.min(Integer.MAX_VALUE - 8L, (long) bytes.length + 16)];
    CharBuffer out = CharBuffer.wrap(chars);
    ByteOffsets.Builder offsets = new ByteOffsets.Builder();
    int attributed = skip;
    int pendingCodePoint = -1;
    int pendingLength = 0;
    boolean done = false;
    while (!done) {
      int before = out.position();
      CoderResult result = CoderResult.OVERFLOW;
      for (int room = 1; room <= 4 && result.isOverflow() && out.position() == before; room++) {
        out.limit(Math.min(chars.length, before + room));
        result = decoder.decode(in, out, true);
      }
      if (result.isError()) {
        return new Undecodable(charset, in.position());
      }
      if (result.isUnderflow()) {
        out.limit(chars.length);
        result = decoder.flush(out);
        if (result.isError()) {
          return new Undecodable(charset, in.position());
        }
        done = true;
      } else if (out.position() == before) {
        throw new AssertionError(charset + " needs more than 4 characters for one sequence");
      }
      int first = before;
      while (first < out.position()) {
        int cp = Character.codePointAt(chars, first, out.position());
        if (pendingCodePoint >= 0) {
          offsets.add(pendingCodePoint, pendingLength);
        }
        pendingCodePoint = cp;
        pendingLength = first == before ? in.position() - attributed : 0;
        first += Character.charCount(cp);
      }
      if (out.position() > before) {
        attributed = in.position();
      }
    }
    if (pendingCodePoint >= 0) {
      offsets.add(pendingCodePoint, pendingLength + bytes.length - attributed);
    }
    return new Decoded(
        charset,
        new String(chars, 0, out.position()),
        Optional.of(offsets.build(pendingCodePoint >= 0 ? skip : bytes.length, bytes.length)));
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * The offset of the first UTF-32 unit that is a surrogate (U+D800–U+DFFF), which UTF-32 may not
   * contain but Java's UTF-32 decoders accept, pairing two of them into a character the input never
   * had; empty if there is none or {@code charset} is not UTF-32.
   */
  private static OptionalInt firstUtf32Surrogate(byte[] bytes, int skip, Charset charset) {
    String charsetName = charset.name().toUpperCase(Locale.ROOT);
    if (!charsetName.contains("UTF-32")) {
      return OptionalInt.empty();
    }
    boolean littleEndian =
        charsetName.contains("LE")
            || (charset.name().equalsIgnoreCase("UTF-32")
                && ByteOrderMark.UTF_32LE.isAtStartOf(bytes));
    for (int i = skip; i + 4 <= bytes.length; i += 4) {
      int b0 = bytes[i] & 0xFF;
      int b1 = bytes[i + 1] & 0xFF;
      int b2 = bytes[i + 2] & 0xFF;
      int b3 = bytes[i + 3] & 0xFF;
      long unit =
          littleEndian
              ? ((long) b3 << 24) | (b2 << 16) | (b1 << 8) | b0
              : ((long) b0 << 24) | (b1 << 16) | (b2 << 8) | b3;
      if (unit >= 0xD800 && unit <= 0xDFFF) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }
}
