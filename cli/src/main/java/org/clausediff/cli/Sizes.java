package org.clausediff.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausediff.text.DecodeOptions;

/**
 * Parses sizes in bytes: a number, optionally followed by {@code K}, {@code M} or {@code G} — each
 * also spelt {@code KB}/{@code KiB}, {@code MB}/{@code MiB}, {@code GB}/{@code GiB}, in any case,
 * and each a power of 1024 — or by {@code B}. {@code 300}, {@code 64K}, {@code 64KB}, {@code
 * 64KiB}, {@code 256M}, {@code 1G}.
 */
final class Sizes {
  /** What {@code --help} says of sizes. */
  static final String HELP =
      "SIZE is a number of bytes, or a number and K, M or G (also written KB, KiB, MB, MiB, GB,"
          + " GiB: all powers of 1024).";

  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,19})\\s*(?:([KMG])(?:I?B)?|B)?", Pattern.CASE_INSENSITIVE);

  private Sizes() {}

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException if it is no size, zero, or too large for a {@code long}
   */
  static long parse(String text) {
    Matcher matcher = SIZE.matcher(text.trim());
    if (matcher.matches()) {
      String unit = matcher.group(2) == null ? "" : matcher.group(2).toUpperCase(Locale.ROOT);
      int shift = unit.equals("K") ? 10 : unit.equals("M") ? 20 : unit.equals("G") ? 30 : 0;
      try {
        long value = Long.parseLong(matcher.group(1));
        if (value > 0 && value <= Long.MAX_VALUE >> shift) {
          return value << shift;
        }
      } catch (NumberFormatException e) {
        // Too many digits for a long: refused below.
      }
    }
    throw new IllegalArgumentException(
        "expected a positive size such as 300, 64K, 256M or 1G, not '" + text + "'");
  }

  /**
   * Parses {@code text} as the largest input to accept.
   *
   * @throws IllegalArgumentException if it is no size, or more than clausediff can hold
   */
  static long maxInput(String text) {
    long size = parse(text);
    if (size > DecodeOptions.MAX_INPUT_BYTES) {
      throw new IllegalArgumentException(
          text.trim()
              + " is more than clausediff can hold: at most 2047M (a whole input is held in one"
              + " Java array, and Java's arrays stop just short of 2 GiB)");
    }
    return size;
  }
}
