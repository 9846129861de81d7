package org.clausediff.formats;

import java.util.Locale;
import java.util.Optional;

/**
 * Renders list numbers in Word's number formats ({@code w:numFmt}; .doc's number format codes map
 * to the same names): decimal and its full-width, zero-padded and enclosed forms, Roman numerals,
 * letters, and the Chinese ones — counting (一、十一、二十), legal (壹、贰), digital (一〇), the heavenly stems
 * (甲、乙) and earthly branches (子、丑). Beyond the range a form has (① goes to 50, 甲 to 10), the form
 * repeats or falls back to decimal, as Word does.
 */
final class ListNumbers {
  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
  private static final String LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖";
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

  private ListNumbers() {}

  /**
   * The number {@code n} (from 0) in the format named {@code numFmt}, or empty if the format is not
   * known (the caller renders it as decimal and says so).
   */
  static Optional<String> format(String numFmt, int n) {
    switch (numFmt) {
      case "decimal":
      case "decimalHalfWidth":
      case "ordinal":
      case "cardinalText":
      case "ordinalText":
        return Optional.of(Integer.toString(n));
      case "decimalZero":
        return Optional.of(n < 10 ? "0" + n : Integer.toString(n));
      case "decimalFullWidth":
      case "decimalFullWidth2":
        return Optional.of(fullWidth(Integer.toString(n)));
      case "upperRoman":
        return Optional.of(roman(n));
      case "lowerRoman":
        return Optional.of(roman(n).toLowerCase(Locale.ROOT));
      case "upperLetter":
        return Optional.of(letters(n, 'A'));
      case "lowerLetter":
        return Optional.of(letters(n, 'a'));
      case "chineseCounting":
      case "chineseCountingThousand":
      case "taiwaneseCounting":
      case "taiwaneseCountingThousand":
      case "japaneseCounting":
        return Optional.of(counting(n, DIGITS, "十百千万", "零"));
      case "chineseLegalSimplified":
        return Optional.of(counting(n, LEGAL_SIMPLIFIED, "拾佰仟万", "零"));
      case "ideographLegalTraditional":
        return Optional.of(counting(n, LEGAL_TRADITIONAL, "拾佰仟萬", "零"));
      case "ideographDigital":
      case "taiwaneseDigital":
        return Optional.of(digital(n));
      case "ideographTraditional":
        return Optional.of(n < 1 ? "0" : String.valueOf(STEMS.charAt((n - 1) % 10)));
      case "ideographZodiac":
        return Optional.of(n < 1 ? "0" : String.valueOf(BRANCHES.charAt((n - 1) % 12)));
      case "decimalEnclosedCircle":
      case "decimalEnclosedCircleChinese":
        return Optional.of(circled(n));
      case "ideographEnclosedCircle":
        return Optional.of(
            n >= 1 && n <= 10
                ? new String(Character.toChars(0x3280 + n - 1))
                : Integer.toString(n));
      case "decimalEnclosedParen":
        return Optional.of(
            n >= 1 && n <= 20
                ? new String(Character.toChars(0x2474 + n - 1))
                : Integer.toString(n));
      case "decimalEnclosedFullstop":
        return Optional.of(
            n >= 1 && n <= 20
                ? new String(Character.toChars(0x2488 + n - 1))
                : Integer.toString(n));
      case "none":
        return Optional.of("");
      default:
        return Optional.empty();
    }
  }

  private static String fullWidth(String ascii) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < ascii.length(); i++) {
      s.append((char) (ascii.charAt(i) - '0' + 0xFF10));
    }
    return s.toString();
  }

  static String roman(int n) {
    if (n < 1 || n > 3999) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        s.append(symbols[i]);
        n -= values[i];
      }
    }
    return s.toString();
  }

  /** Word's letters: A…Z, then AA…ZZ, AAA…. */
  private static String letters(int n, char a) {
    if (n < 1) {
      return Integer.toString(n);
    }
    int repeat = (n - 1) / 26 + 1;
    return String.valueOf((char) (a + (n - 1) % 26)).repeat(repeat);
  }

  private static String circled(int n) {
    if (n >= 1 && n <= 20) {
      return new String(Character.toChars(0x2460 + n - 1));
    }
    if (n >= 21 && n <= 35) {
      return new String(Character.toChars(0x3251 + n - 21));
    }
    if (n >= 36 && n <= 50) {
      return new String(Character.toChars(0x32B1 + n - 36));
    }
    return Integer.toString(n);
  }

  private static String digital(int n) {
    String decimal = Integer.toString(n);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < decimal.length(); i++) {
      char c = decimal.charAt(i);
      s.append(c >= '0' && c <= '9' ? DIGITS.charAt(c - '0') : c);
    }
    return s.toString();
  }

  /** Chinese counting: 一 … 十, 十一, 二十, 一百零一, 一千零一十, up to 9999; larger numbers in units of 万. */
  static String counting(int n, String digits, String units, String zero) {
    if (n < 0) {
      return Integer.toString(n);
    }
    if (n == 0) {
      return String.valueOf(digits.charAt(0));
    }
    if (n >= 10000) {
      int high = n / 10000;
      int low = n % 10000;
      String s = counting(high, digits, units, zero) + units.charAt(3);
      if (low == 0) {
        return s;
      }
      return s + (low < 1000 ? zero : "") + counting(low, digits, units, zero);
    }
    if (n >= 10 && n < 20) {
      return units.charAt(0) + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
    int[] place = {1000, 100, 10, 1};
    StringBuilder s = new StringBuilder();
    boolean pendingZero = false;
    boolean started = false;
    for (int i = 0; i < place.length; i++) {
      int d = (n / place[i]) % 10;
      if (d == 0) {
        pendingZero = started;
        continue;
      }
      if (pendingZero) {
        s.append(zero);
        pendingZero = false;
      }
      s.append(digits.charAt(d));
      if (i < 3) {
        s.append(units.charAt(2 - i));
      }
      started = true;
    }
    return s.toString();
  }
}
