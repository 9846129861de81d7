package org.clausediff.corpus.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores printed with a fixed number of decimals, the same digits on every run. */
final class Numbers {
  private Numbers() {}

  static BigDecimal rounded(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
  }

  static String fixed(double value, int digits) {
    return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).toPlainString();
  }

  static String percent(double share) {
    return fixed(100 * share, 1) + "%";
  }
}
