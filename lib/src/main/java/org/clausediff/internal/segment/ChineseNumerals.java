package org.clausediff.internal.segment;

import java.util.Optional;

/** Reads Chinese numerals such as 四, 十二, 二十一, 一百零五 (up to 999). */
final class ChineseNumerals {
  private ChineseNumerals() {}

  /** A numeral read from the text: its value and its length in code points. */
  record Numeral(int value, int length) {}

  /** The longest numeral read, in characters. */
  static final int MAX_LENGTH = 5;

  /** The value of a digit character (零〇一…九两), or -1; 十 and 百 are not digits. */
  static int digit(int cp) {
    switch (cp) {
      case '零':
      case '〇':
        return 0;
      case '一':
        return 1;
      case '二':
      case '两':
        return 2;
      case '三':
        return 3;
      case '四':
        return 4;
      case '五':
        return 5;
      case '六':
        return 6;
      case '七':
        return 7;
      case '八':
        return 8;
      case '九':
        return 9;
      default:
        return -1;
    }
  }

  /** Whether {@code cp} can be part of a numeral. */
  static boolean isNumeralChar(int cp) {
    return digit(cp) >= 0 || cp == '十' || cp == '百';
  }

  /**
   * Reads the numeral at {@code cps[from]}, looking no further than {@code limit}; empty when there
   * is no numeral of value 1 to 999 there.
   */
  static Optional<Numeral> read(int[] cps, int from, int limit) {
    int end = from;
    while (end < limit && end - from < MAX_LENGTH && isNumeralChar(cps[end])) {
      end++;
    }
    int length = end - from;
    if (length == 0) {
      return Optional.empty();
    }
    int total = 0;
    int current = 0;
    boolean positional = true;
    for (int i = from; i < end; i++) {
      int cp = cps[i];
      if (cp == '十' || cp == '百') {
        positional = false;
        int unit = cp == '十' ? 10 : 100;
        total += (current == 0 ? 1 : current) * unit;
        current = 0;
      } else {
        current = digit(cp);
      }
    }
    total += current;
    if (positional && length > 1) {
      // 二〇一七 is a year written digit by digit, not a heading number.
      return Optional.empty();
    }
    return total >= 1 && total <= 999 ? Optional.of(new Numeral(total, length)) : Optional.empty();
  }
}
