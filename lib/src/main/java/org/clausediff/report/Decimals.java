package org.clausediff.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point numbers for reports: what {@code String.format(Locale.ROOT, "%.2f", x)} prints,
 * without building a {@link java.util.Formatter} (and its locale's symbols) for every number, which
 * a report with tens of thousands of similarities would feel.
 */
final class Decimals {
  private Decimals() {}

  /**
   * {@code value} with {@code digits} digits after the point, rounded half up from its shortest
   * decimal form, as {@code %.Nf} does; a negative zero prints as zero.
   */
  static String fixed(double value, int digits) {
    return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).toPlainString();
  }
}
