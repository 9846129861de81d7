package org.clausediff.text.normalize;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One switchable normalization rule. Rules always run in the order declared here, whatever order
 * the caller names them in. Each rule maps source characters to comparison characters and keeps the
 * way back to the source text.
 */
public enum NormalizationRule {
  /**
   * White space and invisible characters. Invisible format characters (zero-width space and
   * joiners, word joiner, byte-order mark, soft hyphen) and variation selectors are removed — but
   * not the bidirectional controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), which
   * change what a reader sees: texts that differ in them differ. A run of white space of any kind
   * (spaces, tabs, U+3000 ideographic space, no-break spaces, line breaks) is removed where it
   * touches wide East Asian text or the start or end of the text, and becomes one space between two
   * Latin words. (A run of white space followed by a combining mark keeps one space, which carries
   * the mark.)
   */
  WHITESPACE("whitespace"),
  /**
   * Width folding: the full-width forms of ASCII (U+FF01–U+FF5E: ２０１８→2018, ＋→+, （→( , ，→,) become
   * ASCII, and U+FFE0–U+FFE6 (￥, ￡, …) become their ordinary forms.
   */
  WIDTH("width"),
  /**
   * Unicode NFKC: compatibility characters become their ordinary forms (㍿→株式会社, ⑴→(1), half-width
   * katakana→katakana, Kangxi radicals→ideographs) and combining sequences are composed — except
   * the characters whose ordinary form would change what the text says: superscripts and subscripts
   * ({@code 10⁶} stays, it is not {@code 106}), fractions ({@code ½}) and circled numbers ({@code
   * ⑩}).
   */
  NFKC("nfkc"),
  /**
   * Punctuation variants: every kind of double quote (“”„«»「」『』) becomes {@code "}, single quotes
   * become {@code '}, dashes and minus signs (‐–—―−) become {@code -}, the brackets 〔〕【】〖〗［］ become
   * {@code []}, middle dots (・‧•∙) become {@code ·}, the wave dash 〜 becomes {@code ~}, and ⋯
   * becomes {@code ...}.
   */
  PUNCTUATION("punctuation"),
  /** Traditional Chinese characters become Simplified ones (ICU {@code Traditional-Simplified}). */
  TRADITIONAL_TO_SIMPLIFIED("traditional-to-simplified"),
  /**
   * Characters that web copies and OCR confuse: {@code 十} after {@code 网} or after a Latin letter
   * becomes {@code +} (the Yunnan copy writes 互联网十政务服务 for 互联网＋政务服务).
   */
  OCR_CONFUSABLES("ocr-confusables");

  private final String id;

  NormalizationRule(String id) {
    this.id = id;
  }

  /** The rule's name in reports and on the command line, e.g. {@code width}. */
  public String id() {
    return id;
  }

  /**
   * Returns the rule named {@code id} (as returned by {@link #id()}, case-insensitive).
   *
   * @throws IllegalArgumentException if no rule has that name; the message lists the names
   */
  public static NormalizationRule parse(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (NormalizationRule rule : values()) {
      if (rule.id.equals(wanted)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        "unknown normalization rule '"
            + id
            + "'; expected one of "
            + Arrays.stream(values()).map(NormalizationRule::id).collect(Collectors.joining(", ")));
  }
}
