package org.clausediff.segment;

/**
 * The ways headings are numbered, in the order of rank the segmenter assumes: a style nests inside
 * every style declared before it. Chinese official documents use, from the outside in, 一、 › （一） ›
 * 1. › （1） › ①, and for regulations 第一章 › 第一节 › 第一条.
 */
public enum NumberingStyle {
  /** {@code 第一编}, {@code 第一部分}. */
  CHINESE_PART,
  /** {@code 第一章}. */
  CHINESE_CHAPTER,
  /** {@code Part 1}, {@code Chapter II}. */
  ENGLISH_CHAPTER,
  /** {@code 第一节}. */
  CHINESE_SECTION,
  /** {@code Section 2}. */
  ENGLISH_SECTION,
  /** {@code 第一条} (条). */
  CHINESE_ARTICLE,
  /** {@code Article 5}. */
  ENGLISH_ARTICLE,
  /** {@code 一、}. */
  CHINESE_NUMERAL,
  /** {@code （一）} or {@code (一)}. */
  CHINESE_NUMERAL_IN_PARENS,
  /** {@code 1.}, {@code 1、}, {@code １．}, {@code ⒈}. */
  ARABIC,
  /** {@code 1.1}. */
  ARABIC_TWO_LEVELS,
  /** {@code 1.1.1}. */
  ARABIC_THREE_LEVELS,
  /** {@code （1）}, {@code (1)}, {@code 1)}, {@code ⑴}. */
  ARABIC_IN_PARENS,
  /** {@code (a)}. */
  LETTER_IN_PARENS,
  /** {@code (ii)}, {@code (iv)}. */
  ROMAN_IN_PARENS,
  /** {@code ①}. */
  CIRCLED
}
