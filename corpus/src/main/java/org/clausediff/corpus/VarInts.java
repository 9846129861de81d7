package org.clausediff.corpus;

import java.nio.ByteBuffer;

/**
 * Non-negative ints in 1 to 5 bytes, 7 bits a byte, least significant first, the high bit set on
 * every byte but the last: the packing of the stored fields ({@link UnitCodec}, {@link
 * SourceMapCodec}).
 */
final class VarInts {
  /** The most bytes an int takes. */
  static final int MAX_BYTES = 5;

  private VarInts() {}

  static void write(ByteBuffer out, int value) {
    while ((value & ~0x7F) != 0) {
      out.put((byte) ((value & 0x7F) | 0x80));
      value >>>= 7;
    }
    out.put((byte) value);
  }

  static int read(ByteBuffer in) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = in.get();
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }
}
