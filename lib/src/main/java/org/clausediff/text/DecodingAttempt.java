package org.clausediff.text;

import java.nio.charset.Charset;
import java.util.Optional;

/** The outcome of one strict decoding attempt ({@link StrictDecoding}) in one charset. */
sealed interface DecodingAttempt permits DecodingAttempt.Decoded, DecodingAttempt.Undecodable {
  /** The charset the bytes were read as. */
  Charset charset();

  /**
   * The bytes decoded to {@code text}; {@code offsets} says where each code point's bytes are when
   * decoding had to find that out.
   */
  record Decoded(Charset charset, String text, Optional<ByteOffsets> offsets)
      implements DecodingAttempt {}

  /** The byte at {@code errorOffset} is the first that does not decode. */
  record Undecodable(Charset charset, int errorOffset) implements DecodingAttempt {}
}
