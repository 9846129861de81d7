package org.clausediff.text;

import com.google.common.base.VerifyException;
import com.google.common.primitives.ImmutableIntArray;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the bytes of each code point of a decoded text start in the input it was decoded from: the
 * way back from code point offsets to byte offsets, kept cheaply.
 *
 * <p>The Unicode encodings need nothing but their rule ({@link Width}): UTF-8 takes 1 to 4 bytes by
 * the code point's value, UTF-16 two or four, UTF-32 four. In every other charset an ASCII code
 * point is predicted to take one byte, a supplementary one four, and any other as many as the
 * text's first such code point took (two in the double-byte charsets of Chinese, Japanese and
 * Korean, one in the single-byte charsets); only the code points that take another number of bytes
 * are stored — GB18030's four-byte characters, Shift_JIS's half-width katakana, a code point with
 * an escape sequence in ISO-2022. Checkpoints every 256 code points are built on first use. So
 * memory is 8 bytes per exception plus 4 per 256 code points, and a lookup walks at most 255 code
 * points.
 *
 * <p>The bytes before the first code point (a byte-order mark) are the prefix. Bytes that decode to
 * nothing (an escape sequence) count with the code point the decoder reads them with, the one
 * before or after them; after the last code point, with it, so the offset of the end of the text is
 * the input's length. A sequence of bytes that decodes to two code points (as some of Big5-HKSCS
 * do) counts with the first; the second takes no bytes. Immutable and thread-safe.
 */
final class ByteOffsets {
  /** How the charset's code points take bytes. */
  enum Width {
    UTF_8,
    UTF_16,
    UTF_32,
    /** Any other charset: predicted, with exceptions. */
    OTHER;

    private static final Set<String> UTF_16_NAMES =
        Set.of("UTF-16", "UTF-16LE", "UTF-16BE", "X-UTF-16LE-BOM");
    private static final Set<String> UTF_32_NAMES =
        Set.of("UTF-32", "UTF-32LE", "UTF-32BE", "X-UTF-32LE-BOM", "X-UTF-32BE-BOM");

    /** The width rule of {@code charset}. */
    static Width of(Charset charset) {
      String name = charset.name().toUpperCase(Locale.ROOT);
      if (name.equals("UTF-8")) {
        return UTF_8;
      }
      if (UTF_16_NAMES.contains(name)) {
        return UTF_16;
      }
      return UTF_32_NAMES.contains(name) ? UTF_32 : OTHER;
    }
  }

  private static final int STEP_BITS = 8;

  private final Width width;

  /** {@link Width#OTHER}: the bytes a BMP code point beyond ASCII is predicted to take. */
  private final int wide;

  private final int prefix;
  private final int total;
  private final int[] exceptionOffsets;
  private final int[] exceptionLengths;

  /** The byte offset of every 256th code point; built on first use. */
  private volatile int[] checkpoints;

  private ByteOffsets(
      Width width,
      int wide,
      int prefix,
      int total,
      int[] exceptionOffsets,
      int[] exceptionLengths) {
    this.width = width;
    this.wide = wide;
    this.prefix = prefix;
    this.total = total;
    this.exceptionOffsets = exceptionOffsets;
    this.exceptionLengths = exceptionLengths;
  }

  /**
   * The offsets of {@code text}, decoded from {@code total} bytes in a Unicode encoding of {@code
   * width}: the prefix is what the code points do not account for.
   */
  static ByteOffsets unicode(Width width, String text, int total) {
    if (width == Width.OTHER) {
      throw new IllegalArgumentException("not a Unicode encoding");
    }
    long sum = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      sum += predicted(width, 0, cp);
      i += Character.charCount(cp);
    }
    if (sum > total) {
      throw new VerifyException(text.length() + " characters need more than " + total + " bytes");
    }
    return new ByteOffsets(width, 0, (int) (total - sum), total, new int[0], new int[0]);
  }

  /** The offsets of a text decoded from {@code total} bytes of UTF-8 without a byte-order mark. */
  static ByteOffsets utf8(int total) {
    return new ByteOffsets(Width.UTF_8, 0, 0, total, new int[0], new int[0]);
  }

  /**
   * The offsets of {@code text}, decoded from GB18030 {@code bytes} after the first {@code skip},
   * from the structure of GB18030 alone: a byte below 0x80 is a character; otherwise a second byte
   * from 0x30 to 0x39 starts a four-byte character, and any other a two-byte one. Empty if the
   * bytes do not parse into as many characters as the text has code points.
   */
  static Optional<ByteOffsets> gb18030(byte[] bytes, int skip, String text) {
    Builder offsets = new Builder();
    int at = skip;
    for (int i = 0; i < text.length(); ) {
      if (at >= bytes.length) {
        return Optional.empty();
      }
      int cp = text.codePointAt(i);
      int length;
      if ((bytes[at] & 0xFF) < 0x80) {
        length = 1;
      } else if (at + 1 < bytes.length && bytes[at + 1] >= 0x30 && bytes[at + 1] <= 0x39) {
        length = 4;
      } else {
        length = 2;
      }
      offsets.add(cp, length);
      at += length;
      i += Character.charCount(cp);
    }
    return at == bytes.length ? Optional.of(offsets.build(skip, bytes.length)) : Optional.empty();
  }

  /** The bytes before the first code point: a byte-order mark, or none. */
  int prefix() {
    return prefix;
  }

  /** The length of the input. */
  int total() {
    return total;
  }

  /** The byte offset at which code point {@code offset} of {@code codePoints} starts. */
  int offsetOf(ImmutableIntArray codePoints, int offset) {
    if (offset == codePoints.length()) {
      return total;
    }
    int block = offset >>> STEP_BITS;
    int i = block << STEP_BITS;
    int bytes = checkpoints(codePoints)[block];
    int e = firstExceptionAtOrAfter(i);
    for (; i < offset; i++) {
      if (e < exceptionOffsets.length && exceptionOffsets[e] == i) {
        bytes += exceptionLengths[e++];
      } else {
        bytes += predicted(width, wide, codePoints.get(i));
      }
    }
    return bytes;
  }

  private int[] checkpoints(ImmutableIntArray codePoints) {
    int[] marks = checkpoints;
    if (marks == null) {
      marks = new int[(codePoints.length() >>> STEP_BITS) + 1];
      long bytes = prefix;
      int e = 0;
      for (int i = 0; i < codePoints.length(); i++) {
        if ((i & ((1 << STEP_BITS) - 1)) == 0) {
          marks[i >>> STEP_BITS] = (int) bytes;
        }
        if (e < exceptionOffsets.length && exceptionOffsets[e] == i) {
          bytes += exceptionLengths[e++];
        } else {
          bytes += predicted(width, wide, codePoints.get(i));
        }
      }
      if (bytes != total) {
        throw new VerifyException("the code points take " + bytes + " bytes, not " + total);
      }
      checkpoints = marks;
    }
    return marks;
  }

  private int firstExceptionAtOrAfter(int offset) {
    int index = Arrays.binarySearch(exceptionOffsets, offset);
    return index >= 0 ? index : -index - 1;
  }

  private static int predicted(Width width, int wide, int cp) {
    switch (width) {
      case UTF_8:
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      case UTF_16:
        return cp < 0x10000 ? 2 : 4;
      case UTF_32:
        return 4;
      case OTHER:
        return cp < 0x80 ? 1 : cp < 0x10000 ? wide : 4;
    }
    throw new AssertionError(width);
  }

  /**
   * Collects the bytes each code point of a text in an {@link Width#OTHER} charset takes, in order,
   * keeping only the exceptions.
   */
  static final class Builder {
    private int wide;
    private int[] offsets = new int[16];
    private int[] lengths = new int[16];
    private int exceptions;
    private int count;
    private long sum;

    /** Adds the next code point, {@code cp}, which takes {@code length} bytes. */
    void add(int cp, int length) {
      if (wide == 0 && cp >= 0x80 && cp < 0x10000) {
        wide = length;
      }
      if (predicted(Width.OTHER, wide, cp) != length) {
        if (exceptions == offsets.length) {
          offsets = Arrays.copyOf(offsets, exceptions * 2);
          lengths = Arrays.copyOf(lengths, exceptions * 2);
        }
        offsets[exceptions] = count;
        lengths[exceptions] = length;
        exceptions++;
      }
      count++;
      sum += length;
    }

    /** The offsets, after {@code prefix} bytes, of an input of {@code total} bytes. */
    ByteOffsets build(int prefix, int total) {
      if (prefix + sum != total) {
        throw new VerifyException(
            prefix + " + " + sum + " bytes of code points do not make " + total);
      }
      return new ByteOffsets(
          Width.OTHER,
          wide == 0 ? 2 : wide,
          prefix,
          total,
          Arrays.copyOf(offsets, exceptions),
          Arrays.copyOf(lengths, exceptions));
    }
  }

  /** {@code input} without the bytes {@code [from[i], to[i])}, which are sorted and disjoint. */
  static byte[] without(byte[] input, int[] from, int[] to) {
    int removed = 0;
    for (int i = 0; i < from.length; i++) {
      removed += to[i] - from[i];
    }
    byte[] out = new byte[input.length - removed];
    int in = 0;
    int at = 0;
    for (int i = 0; i < from.length; i++) {
      System.arraycopy(input, in, out, at, from[i] - in);
      at += from[i] - in;
      in = to[i];
    }
    System.arraycopy(input, in, out, at, input.length - in);
    return out;
  }
}
