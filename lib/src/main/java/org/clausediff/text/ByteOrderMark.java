package org.clausediff.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The byte-order marks {@link TextDecoder} recognizes, in the order it looks for them: UTF-32LE's
 * mark starts like UTF-16LE's, so it is looked for first.
 */
enum ByteOrderMark {
  UTF_8(StandardCharsets.UTF_8, 3, 0xEF, 0xBB, 0xBF),
  // Java's UTF-32 decoders drop one leading byte-order mark themselves; skipping it here as well
  // would drop a second one, a ZERO WIDTH NO-BREAK SPACE that belongs to the text.
  UTF_32LE(Charset.forName("UTF-32LE"), 0, 0xFF, 0xFE, 0x00, 0x00),
  UTF_32BE(Charset.forName("UTF-32BE"), 0, 0x00, 0x00, 0xFE, 0xFF),
  UTF_16LE(StandardCharsets.UTF_16LE, 2, 0xFF, 0xFE),
  UTF_16BE(StandardCharsets.UTF_16BE, 2, 0xFE, 0xFF);

  private final Charset charset;
  private final int skip;
  private final int[] bytes;

  ByteOrderMark(Charset charset, int skip, int... bytes) {
    this.charset = charset;
    this.skip = skip;
    this.bytes = bytes;
  }

  /** The byte-order mark {@code input} starts with, if any. */
  static Optional<ByteOrderMark> atStartOf(byte[] input) {
    for (ByteOrderMark mark : values()) {
      if (mark.isAtStartOf(input)) {
        return Optional.of(mark);
      }
    }
    return Optional.empty();
  }

  /**
   * The bytes a charset named by the caller takes for its own byte-order mark at the start of
   * {@code input} that Java's decoder would keep as a character: UTF-8's and the explicit UTF-16
   * byte orders'. Skipped as when detected, so that the mark is not part of the text and stays in
   * front of it when passages are cut out.
   */
  static int forcedSkip(byte[] input, Charset charset) {
    for (ByteOrderMark mark : List.of(UTF_8, UTF_16LE, UTF_16BE)) {
      if (charset.equals(mark.charset) && mark.isAtStartOf(input)) {
        return mark.skip;
      }
    }
    return 0;
  }

  /** The charset the mark announces. */
  Charset charset() {
    return charset;
  }

  /** The bytes of the mark to skip before decoding: those the charset's decoder would keep. */
  int skip() {
    return skip;
  }

  /** Whether {@code input} starts with this mark. */
  boolean isAtStartOf(byte[] input) {
    if (input.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((input[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
