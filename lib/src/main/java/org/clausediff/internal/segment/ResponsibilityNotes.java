package org.clausediff.internal.segment;

import com.google.common.collect.ImmutableList;

/**
 * Recognizes responsibility notes (责任分工): the bracketed line after a measure of a policy document
 * that names who carries it out — {@code （省发展改革委、省商务厅负责）}, {@code （省质监局牵头负责）}, {@code （责任单位：省科技厅）},
 * {@code （牵头单位：省财政厅；配合单位：…）}. Provinces change the departments independently of the measure, so the
 * segmenter makes such a note a sentence of its own.
 *
 * <p>A note is one bracket pair ({@code （…）} or {@code (…)}) that holds no sentence terminator but
 * {@code ；}, and either ends in {@code 负责} or contains one of {@code 责任单位 牵头单位 配合单位 责任部门 牵头部门}, in
 * Simplified or Traditional characters ({@code 負責}, {@code 責任單位}, …).
 */
final class ResponsibilityNotes {
  private ResponsibilityNotes() {}

  private static final ImmutableList<String> MARKERS =
      ImmutableList.of(
          "责任单位", "牵头单位", "配合单位", "责任部门", "牵头部门", "責任單位", "牽頭單位", "配合單位", "責任部門", "牽頭部門");

  /** Whether {@code cps[open..close]} (both brackets included) is a responsibility note. */
  static boolean isNote(int[] cps, int open, int close) {
    if (close - open < 3
        || !((cps[open] == '（' || cps[open] == '(') && (cps[close] == '）' || cps[close] == ')'))) {
      return false;
    }
    for (int i = open + 1; i < close; i++) {
      if (Punctuation.isCjkTerminator(cps[i]) && cps[i] != '；') {
        return false;
      }
    }
    if (endsWith(cps, close, "负责") || endsWith(cps, close, "負責")) {
      return true;
    }
    for (int i = open + 1; i < close; i++) {
      for (String marker : MARKERS) {
        if (startsWith(cps, i, close, marker)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code cps[..end)} ends with {@code word} (of the Basic Multilingual Plane). */
  private static boolean endsWith(int[] cps, int end, String word) {
    return startsWith(cps, end - word.length(), end, word);
  }

  /**
   * Whether {@code word} (of the Basic Multilingual Plane) starts at {@code at}, before {@code
   * end}.
   */
  private static boolean startsWith(int[] cps, int at, int end, String word) {
    if (at < 0 || at + word.length() > end) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (cps[at + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text}, trimmed, is one responsibility note (with a trailing terminator). */
  static boolean isNote(String text) {
    int[] cps = text.strip().codePoints().toArray();
    return isNoteSentence(cps, 0, cps.length);
  }

  /**
   * Whether {@code cps[from..to)}, which starts and ends on a character that is not white space, is
   * one responsibility note (with a trailing terminator).
   */
  static boolean isNoteSentence(int[] cps, int from, int to) {
    int end = to;
    while (end > from && (Punctuation.isCjkTerminator(cps[end - 1]) || cps[end - 1] == '.')) {
      end--;
    }
    return end > from && isNote(cps, from, end - 1) && !hasBracketBefore(cps, from, end - 1);
  }

  /** Whether a closing bracket comes before {@code close}: then the text is not one pair. */
  private static boolean hasBracketBefore(int[] cps, int open, int close) {
    for (int i = open + 1; i < close; i++) {
      if (cps[i] == '）' || cps[i] == ')') {
        return true;
      }
    }
    return false;
  }
}
