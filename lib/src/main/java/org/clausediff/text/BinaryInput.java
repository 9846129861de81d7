package org.clausediff.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;
import java.util.OptionalLong;
import org.clausediff.InvalidInputException;
import org.clausediff.InvalidInputException.Reason;

/**
 * Refuses binary input: a NUL byte where no byte-order mark is and the bytes do not read as UTF-16
 * without one, or a text that decodes to a NUL character (U+0000), whatever its encoding. The first
 * {@value #HEAD} bytes are looked at before the rest is read or decoded, so that a binary stream
 * ({@code /dev/zero}) is refused at once rather than at the size limit.
 */
final class BinaryInput {
  /** The number of bytes looked at for a binary file before the rest is read. */
  static final int HEAD = 64 << 10;

  private BinaryInput() {}

  /**
   * Refuses, from its first {@code length} bytes, an input that is binary: a NUL byte where no
   * byte-order mark is and the bytes do not read as UTF-16 without one, or a NUL character decoded
   * (in {@code forced}, if the caller names a charset) before any undecodable byte. Anything else
   * is left to decoding the whole.
   *
   * @throws InvalidInputException ({@link Reason#BINARY}) if the input is binary
   */
  static void refuseHead(String name, byte[] bytes, int length, Optional<Charset> forced) {
    if (forced.isPresent()) {
      refuseNulCharacter(
          name, bytes, ByteOrderMark.forcedSkip(bytes, forced.get()), length, forced.get());
      return;
    }
    Optional<ByteOrderMark> mark = ByteOrderMark.atStartOf(bytes);
    if (mark.isPresent()) {
      refuseNulCharacter(name, bytes, mark.get().skip(), length, mark.get().charset());
      return;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        if (BomlessUtf16.detect(bytes, length & ~1).isEmpty()) {
          throw nulByte(name, i);
        }
        return;
      }
    }
  }

  /**
   * Refuses {@code text}, decoded from {@code name}, if it contains a NUL character.
   *
   * @throws InvalidInputException ({@link Reason#BINARY}) if it does
   */
  static void refuseNulCharacter(String name, String text) {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw nulCharacter(name, text, nul);
    }
  }

  /** The refusal of {@code name}, which has a NUL byte at {@code offset}. */
  static InvalidInputException nulByte(String name, int offset) {
    return new InvalidInputException(
        name,
        Reason.BINARY,
        "binary file (NUL byte at offset " + offset + "), not text",
        OptionalLong.of(offset));
  }

  private static void refuseNulCharacter(
      String name, byte[] bytes, int skip, int length, Charset charset) {
    if (length <= skip) {
      return;
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(length + 16);
    decoder.decode(ByteBuffer.wrap(bytes, skip, length - skip), out, false);
    out.flip();
    refuseNulCharacter(name, out.toString());
  }

  private static InvalidInputException nulCharacter(String name, String text, int nul) {
    return new InvalidInputException(
        name,
        Reason.BINARY,
        "binary file (NUL character at code point offset "
            + text.codePointCount(0, nul)
            + "), not text",
        OptionalLong.empty());
  }
}
