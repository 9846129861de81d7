package org.clausediff.internal.segment;

import java.util.Locale;
import java.util.Optional;
import org.clausediff.internal.segment.ChineseNumerals.Numeral;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.segment.NumberingStyle;

/**
 * Recognizes heading labels ({@code 一、 （一） 1. 1.1 （1） ① 第一章 Article 5 (a)}) at a given position.
 * Full-width digits and brackets count as their ASCII forms. Whether a label found here really
 * starts a heading depends on where it stands; {@link HeadingFinder} decides that.
 *
 * <p>Longer than 350 lines: it is the grammar of heading labels, one short method per numbering
 * style (ordinal words, parenthesized, Arabic, Chinese numerals, English words, Roman numerals);
 * split across classes, the order in which styles are tried and the cases they must not take from
 * each other would no longer be readable in one place.
 */
final class LabelMatcher {
  private LabelMatcher() {}

  /** Whether a label could start with {@code cp}; a cheap filter before {@link #match}. */
  static boolean canStartLabel(int cp) {
    int c = CodePoints.foldWidth(cp);
    return c == '('
        || c == '第'
        || (c >= '0' && c <= '9')
        || ChineseNumerals.isNumeralChar(c)
        || (c >= 0x2460 && c <= 0x249B)
        || (c >= 0x3220 && c <= 0x3229)
        || (c >= 0x3251 && c <= 0x325F)
        || (c >= 0x32B1 && c <= 0x32BF)
        || c == 'A'
        || c == 'C'
        || c == 'P'
        || c == 'S';
  }

  /**
   * The label that starts at {@code cps[at]} and ends before {@code limit}, if any. Invisible
   * characters before it (a byte-order mark, a zero-width space or a bidirectional mark, which web
   * copies put at the start of lines) are skipped: the label starts after them.
   */
  static Optional<Label> match(int[] cps, int at, int limit) {
    while (at < limit && CodePoints.isInvisible(cps[at])) {
      at++;
    }
    if (at >= limit) {
      return Optional.empty();
    }
    int c = fold(cps[at]);
    if (c == '第') {
      return ordinalWord(cps, at, limit);
    }
    if (c == '(') {
      return parenthesized(cps, at, limit);
    }
    if (c >= '0' && c <= '9') {
      return arabic(cps, at, limit);
    }
    if (ChineseNumerals.isNumeralChar(c)) {
      return chineseNumeral(cps, at, limit);
    }
    if (c >= 0x2460 && c <= 0x2473) {
      return single(NumberingStyle.CIRCLED, c - 0x2460 + 1, at);
    }
    if (c >= 0x3251 && c <= 0x325F) {
      return single(NumberingStyle.CIRCLED, c - 0x3251 + 21, at);
    }
    if (c >= 0x32B1 && c <= 0x32BF) {
      return single(NumberingStyle.CIRCLED, c - 0x32B1 + 36, at);
    }
    if (c >= 0x2474 && c <= 0x2487) {
      return single(NumberingStyle.ARABIC_IN_PARENS, c - 0x2474 + 1, at);
    }
    if (c >= 0x2488 && c <= 0x249B) {
      return single(NumberingStyle.ARABIC, c - 0x2488 + 1, at);
    }
    if (c >= 0x3220 && c <= 0x3229) {
      return single(NumberingStyle.CHINESE_NUMERAL_IN_PARENS, c - 0x3220 + 1, at);
    }
    if (c >= 'A' && c <= 'Z') {
      return englishWord(cps, at, limit);
    }
    return Optional.empty();
  }

  private static int fold(int cp) {
    return CodePoints.foldWidth(cp);
  }

  private static Optional<Label> single(NumberingStyle style, int number, int at) {
    return Optional.of(new Label(style, number, at, at + 1));
  }

  /** 第一章, 第一节, 第一条, 第一编, 第一部分, also with Arabic digits (第3条). */
  private static Optional<Label> ordinalWord(int[] cps, int at, int limit) {
    int i = at + 1;
    int number;
    Optional<Numeral> numeral = ChineseNumerals.read(cps, i, limit);
    if (numeral.isPresent()) {
      number = numeral.get().value();
      i += numeral.get().length();
    } else {
      int start = i;
      number = 0;
      while (i < limit && i - start < 3 && isDigit(cps[i])) {
        number = number * 10 + (fold(cps[i]) - '0');
        i++;
      }
      if (i == start || number == 0) {
        return Optional.empty();
      }
    }
    if (i >= limit) {
      return Optional.empty();
    }
    NumberingStyle style;
    int end = i + 1;
    switch (cps[i]) {
      case '章':
        style = NumberingStyle.CHINESE_CHAPTER;
        break;
      case '节':
        style = NumberingStyle.CHINESE_SECTION;
        break;
      case '条':
        style = NumberingStyle.CHINESE_ARTICLE;
        break;
      case '编':
        style = NumberingStyle.CHINESE_PART;
        break;
      case '部':
        if (i + 1 < limit && cps[i + 1] == '分') {
          style = NumberingStyle.CHINESE_PART;
          end = i + 2;
          break;
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
    return Optional.of(new Label(style, number, at, end));
  }

  /** （一） (一) （1） (1) (a) (iv). */
  private static Optional<Label> parenthesized(int[] cps, int at, int limit) {
    int i = at + 1;
    if (i >= limit) {
      return Optional.empty();
    }
    NumberingStyle style;
    int number;
    Optional<Numeral> numeral = ChineseNumerals.read(cps, i, limit);
    int c = fold(cps[i]);
    if (numeral.isPresent()) {
      style = NumberingStyle.CHINESE_NUMERAL_IN_PARENS;
      number = numeral.get().value();
      i += numeral.get().length();
    } else if (c >= '0' && c <= '9') {
      style = NumberingStyle.ARABIC_IN_PARENS;
      int start = i;
      number = 0;
      while (i < limit && i - start < 3 && isDigit(cps[i])) {
        number = number * 10 + (fold(cps[i]) - '0');
        i++;
      }
      if (number == 0) {
        return Optional.empty();
      }
    } else if (c >= 'a' && c <= 'z') {
      int start = i;
      while (i < limit && i - start < 5 && fold(cps[i]) >= 'a' && fold(cps[i]) <= 'z') {
        i++;
      }
      if (i - start == 1) {
        style = NumberingStyle.LETTER_IN_PARENS;
        number = c - 'a' + 1;
      } else {
        StringBuilder roman = new StringBuilder();
        for (int k = start; k < i; k++) {
          roman.appendCodePoint(fold(cps[k]));
        }
        number = romanValue(roman.toString().toUpperCase(Locale.ROOT));
        if (number == 0) {
          return Optional.empty();
        }
        style = NumberingStyle.ROMAN_IN_PARENS;
      }
    } else {
      return Optional.empty();
    }
    if (i >= limit || fold(cps[i]) != ')') {
      return Optional.empty();
    }
    return Optional.of(new Label(style, number, at, i + 1));
  }

  /** 1. 1、 １． 1) 1.1 1.1.1 — but not 1.5亿 or 2017. */
  private static Optional<Label> arabic(int[] cps, int at, int limit) {
    int i = at;
    int number = 0;
    while (i < limit && i - at < 3 && isDigit(cps[i])) {
      number = number * 10 + (fold(cps[i]) - '0');
      i++;
    }
    if (number == 0 || i >= limit || isDigit(cps[i])) {
      return Optional.empty();
    }
    int c = fold(cps[i]);
    if (c == ')') {
      return Optional.of(new Label(NumberingStyle.ARABIC_IN_PARENS, number, at, i + 1));
    }
    if (c == '、') {
      return Optional.of(new Label(NumberingStyle.ARABIC, number, at, i + 1));
    }
    if (c != '.') {
      return Optional.empty();
    }
    if (i + 1 >= limit || !isDigit(cps[i + 1])) {
      if (i + 1 < limit && (fold(cps[i + 1]) == '%' || fold(cps[i + 1]) == '.')) {
        return Optional.empty();
      }
      return Optional.of(new Label(NumberingStyle.ARABIC, number, at, i + 1));
    }
    // Multi-level: 1.1 or 1.1.1, followed by white space (so that 1.5亿 is not a heading).
    int levels = 1;
    while (i < limit && fold(cps[i]) == '.' && i + 1 < limit && isDigit(cps[i + 1])) {
      i++;
      int start = i;
      while (i < limit && i - start < 3 && isDigit(cps[i])) {
        i++;
      }
      levels++;
    }
    if (i < limit && fold(cps[i]) == '.') {
      i++;
    }
    if (levels > 3 || i >= limit || !isInlineSpace(cps[i])) {
      return Optional.empty();
    }
    NumberingStyle style =
        levels == 2 ? NumberingStyle.ARABIC_TWO_LEVELS : NumberingStyle.ARABIC_THREE_LEVELS;
    return Optional.of(new Label(style, number, at, i));
  }

  /** 一、 and 一． */
  private static Optional<Label> chineseNumeral(int[] cps, int at, int limit) {
    Optional<Numeral> numeral = ChineseNumerals.read(cps, at, limit);
    if (numeral.isEmpty()) {
      return Optional.empty();
    }
    int i = at + numeral.get().length();
    if (i < limit && (cps[i] == '、' || cps[i] == '．')) {
      return Optional.of(
          new Label(NumberingStyle.CHINESE_NUMERAL, numeral.get().value(), at, i + 1));
    }
    return Optional.empty();
  }

  /** Chapter 1, Part II, Section 3, Article 5, Art. 5 — optionally followed by . or : */
  private static Optional<Label> englishWord(int[] cps, int at, int limit) {
    int i = at;
    StringBuilder word = new StringBuilder();
    while (i < limit && i - at < 8 && Punctuation.isAsciiLetter(cps[i])) {
      word.appendCodePoint(cps[i]);
      i++;
    }
    String w = word.toString().toLowerCase(Locale.ROOT);
    NumberingStyle style;
    switch (w) {
      case "chapter":
      case "part":
        style = NumberingStyle.ENGLISH_CHAPTER;
        break;
      case "section":
        style = NumberingStyle.ENGLISH_SECTION;
        break;
      case "article":
        style = NumberingStyle.ENGLISH_ARTICLE;
        break;
      case "art":
        if (i < limit && cps[i] == '.') {
          i++;
          style = NumberingStyle.ENGLISH_ARTICLE;
          break;
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
    int spaces = 0;
    while (i < limit && (cps[i] == ' ' || cps[i] == '\t')) {
      i++;
      spaces++;
    }
    if (spaces == 0 || i >= limit) {
      return Optional.empty();
    }
    int number = 0;
    int start = i;
    if (isDigit(cps[i])) {
      while (i < limit && i - start < 4 && isDigit(cps[i])) {
        number = number * 10 + (fold(cps[i]) - '0');
        i++;
      }
      // Section 2.1: keep the sub-number in the label.
      while (i + 1 < limit && cps[i] == '.' && isDigit(cps[i + 1])) {
        i += 2;
        while (i < limit && isDigit(cps[i])) {
          i++;
        }
      }
    } else {
      StringBuilder roman = new StringBuilder();
      while (i < limit && i - start < 7 && "IVXLC".indexOf(cps[i]) >= 0) {
        roman.appendCodePoint(cps[i]);
        i++;
      }
      number = romanValue(roman.toString());
    }
    if (number == 0 || (i < limit && Character.isLetterOrDigit(cps[i]))) {
      return Optional.empty();
    }
    if (i < limit && (cps[i] == '.' || cps[i] == ':')) {
      i++;
    }
    return Optional.of(new Label(style, number, at, i));
  }

  private static boolean isDigit(int cp) {
    int c = fold(cp);
    return c >= '0' && c <= '9';
  }

  private static boolean isInlineSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0;
  }

  /** The value of an uppercase Roman numeral up to 399, or 0 if {@code roman} is not one. */
  static int romanValue(String roman) {
    if (roman.isEmpty()) {
      return 0;
    }
    int total = 0;
    int previous = 0;
    for (int i = roman.length() - 1; i >= 0; i--) {
      int value;
      switch (roman.charAt(i)) {
        case 'I':
          value = 1;
          break;
        case 'V':
          value = 5;
          break;
        case 'X':
          value = 10;
          break;
        case 'L':
          value = 50;
          break;
        case 'C':
          value = 100;
          break;
        default:
          return 0;
      }
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total > 0 && total < 400 && toRoman(total).equals(roman) ? total : 0;
  }

  private static String toRoman(int n) {
    int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        out.append(symbols[i]);
        n -= values[i];
      }
    }
    return out.toString();
  }
}
