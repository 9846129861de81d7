package org.clausediff.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.clausediff.InvalidInputException;
import org.clausediff.InvalidInputException.Reason;

/**
 * Recognizes UTF-16 without a byte-order mark, which {@link TextDecoder} refuses with a hint rather
 * than guesses: the bytes decode strictly in one byte order, nearly all to ASCII, CJK, full-width
 * or supplementary characters.
 */
final class BomlessUtf16 {
  private static final double PLAUSIBLE_SHARE = 0.95;

  private BomlessUtf16() {}

  /**
   * The byte order in which the first {@code length} bytes (an even number) read as UTF-16 without
   * a byte-order mark, if they do.
   */
  static Optional<Charset> detect(byte[] bytes, int length) {
    if (length < 4 || length % 2 != 0) {
      return Optional.empty();
    }
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      boolean littleEndian = charset.equals(StandardCharsets.UTF_16LE);
      int units = length / 2;
      int plausible = 0;
      boolean valid = true;
      for (int i = 0; i < units; i++) {
        int unit = unit(bytes, i, littleEndian);
        if (Character.isHighSurrogate((char) unit)
            && i + 1 < units
            && Character.isLowSurrogate((char) unit(bytes, i + 1, littleEndian))) {
          // A supplementary character such as 𠮷: plausible, and its two units count as two.
          plausible += 2;
          i++;
          continue;
        }
        if (unit >= 0xD800 && unit <= 0xDFFF) {
          valid = false;
          break;
        }
        if (plausible(unit)) {
          plausible++;
        }
      }
      if (valid && plausible >= units * PLAUSIBLE_SHARE) {
        return Optional.of(charset);
      }
    }
    return Optional.empty();
  }

  /** The refusal of {@code name}, which looks like UTF-16 in {@code charset}'s byte order. */
  static InvalidInputException refusal(String name, Charset charset) {
    return new InvalidInputException(
        name,
        Reason.AMBIGUOUS_ENCODING,
        "looks like "
            + charset.name()
            + " text without a byte-order mark; name the encoding to read it (--encoding "
            + charset.name()
            + ")",
        OptionalLong.of(0));
  }

  private static int unit(byte[] bytes, int index, boolean littleEndian) {
    int first = bytes[2 * index] & 0xFF;
    int second = bytes[2 * index + 1] & 0xFF;
    return littleEndian ? (second << 8) | first : (first << 8) | second;
  }

  private static boolean plausible(int unit) {
    return (unit >= 0x20 && unit < 0x7F)
        || unit == '\n'
        || unit == '\r'
        || unit == '\t'
        || (unit >= 0x3000 && unit <= 0x303F)
        || (unit >= 0x4E00 && unit <= 0x9FFF)
        || (unit >= 0xFF00 && unit <= 0xFFEF)
        || (unit >= 0x2000 && unit <= 0x206F);
  }
}
