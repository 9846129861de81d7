package org.clausediff.spark;

import org.clausediff.fingerprint.MinHash;

/**
 * MinHash signatures as Spark binary columns: two bytes per 16-bit value, big-endian, so that a
 * unit's 64 values cost 128 bytes in a shuffle.
 */
final class Signatures {
  private Signatures() {}

  static byte[] encode(MinHash signature) {
    byte[] bytes = new byte[2 * signature.size()];
    for (int i = 0; i < signature.size(); i++) {
      int value = signature.value(i);
      bytes[2 * i] = (byte) (value >>> 8);
      bytes[2 * i + 1] = (byte) value;
    }
    return bytes;
  }

  static MinHash decode(byte[] bytes) {
    int[] values = new int[bytes.length / 2];
    for (int i = 0; i < values.length; i++) {
      values[i] = ((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF);
    }
    return MinHash.copyOf(values);
  }
}
