package org.clausediff.cli;

import java.util.Locale;

/** Parses sizes such as {@code 300}, {@code 64K}, {@code 256M}, {@code 1G} (powers of 1024). */
final class Sizes {
  private Sizes() {}

  static long parse(String option, String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    if (t.endsWith("B")) {
      t = t.substring(0, t.length() - 1);
    }
    long factor = 1;
    if (t.endsWith("K")) {
      factor = 1L << 10;
    } else if (t.endsWith("M")) {
      factor = 1L << 20;
    } else if (t.endsWith("G")) {
      factor = 1L << 30;
    }
    if (factor != 1) {
      t = t.substring(0, t.length() - 1);
    }
    try {
      long value = Long.parseLong(t.trim());
      if (value <= 0 || value > Long.MAX_VALUE / factor) {
        throw new NumberFormatException();
      }
      return value * factor;
    } catch (NumberFormatException e) {
      throw new UserError(
          option + " must be a positive size such as 300, 64K, 256M or 1G, not '" + text + "'");
    }
  }
}
