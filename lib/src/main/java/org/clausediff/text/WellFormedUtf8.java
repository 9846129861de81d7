package org.clausediff.text;

/**
 * One pass over bytes that tells whether they are well-formed UTF-8 (Unicode's table 3-7: no
 * overlong form, no surrogate, nothing above U+10FFFF, no truncated sequence) with no NUL byte —
 * the common input, which {@link TextDecoder} then decodes without any of its other checks. It
 * accepts exactly the bytes that have no NUL byte and that Java's strict UTF-8 decoder decodes.
 */
final class WellFormedUtf8 {
  private WellFormedUtf8() {}

  /** Whether {@code bytes} are well-formed UTF-8 without a NUL byte. */
  static boolean withoutNul(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      int b = bytes[i];
      if (b > 0) {
        i++;
        continue;
      }
      if (b == 0) {
        return false;
      }
      int lead = b & 0xFF;
      // The range of the second byte depends on the lead; every later byte is 80..BF.
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) {
          low = 0xA0;
        } else if (lead == 0xED) {
          high = 0x9F;
        }
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) {
          low = 0x90;
        } else if (lead == 0xF4) {
          high = 0x8F;
        }
      } else {
        return false;
      }
      if (n - i < length) {
        return false;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }
}
