package org.clausediff.internal.text;

/**
 * Character classes that several stages agree on. All methods take a code point, never a UTF-16
 * {@code char}, and are safe for supplementary characters.
 */
public final class CodePoints {
  private CodePoints() {}

  /**
   * Whether {@code cp} ends a line: LF, CR, NEL (U+0085), LINE SEPARATOR (U+2028) or PARAGRAPH
   * SEPARATOR (U+2029). A CR LF pair is one line ending whose second half is the LF.
   */
  public static boolean isLineTerminator(int cp) {
    return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
  }

  /**
   * Whether {@code cp} is white space of any script: ASCII white space, the ideographic space
   * U+3000, no-break spaces (U+00A0, U+2007, U+202F) and every other Unicode space separator, and
   * line terminators.
   */
  public static boolean isWhitespace(int cp) {
    if (cp <= 0x20) {
      return cp == ' '
          || (cp >= 0x09 && cp <= 0x0D)
          || cp == 0x1C
          || cp == 0x1D
          || cp == 0x1E
          || cp == 0x1F;
    }
    if (isBasicIdeograph(cp)) {
      return false; // most of a Chinese text: answered without the two lookups below
    }
    return cp == 0x85 || Character.isSpaceChar(cp) || Character.isWhitespace(cp);
  }

  /**
   * Whether {@code cp} is in the basic block of CJK unified ideographs, U+4E00–U+9FFF (letters:
   * neither white space nor invisible).
   */
  static boolean isBasicIdeograph(int cp) {
    return cp >= 0x4E00 && cp <= 0x9FFF;
  }

  /**
   * Whether {@code cp} is invisible and carries no text of its own: format characters (zero-width
   * space and joiners, word joiner, byte-order mark, soft hyphen, bidirectional marks and isolates,
   * tag characters) and variation selectors.
   */
  public static boolean isInvisible(int cp) {
    if (cp < 0xAD || isBasicIdeograph(cp)) {
      return false;
    }
    return Character.getType(cp) == Character.FORMAT || isVariationSelector(cp);
  }

  /**
   * Whether {@code cp} is a bidirectional control, which can change the order in which text is
   * shown (U+202E turns {@code 1000} into what reads as {@code 0001}): the marks U+200E, U+200F and
   * U+061C, the embeddings and overrides U+202A–U+202E, and the isolates U+2066–U+2069.
   */
  public static boolean isBidiControl(int cp) {
    return cp == 0x200E
        || cp == 0x200F
        || cp == 0x061C
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  /** Whether {@code cp} is a variation selector (U+FE00–FE0F, U+E0100–E01EF, U+180B–180D). */
  public static boolean isVariationSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF)
        || (cp >= 0x180B && cp <= 0x180D);
  }

  /** Whether {@code cp} is a Han ideograph (any CJK Unified Ideographs block or compatibility). */
  public static boolean isIdeograph(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true;
    }
    return Character.isIdeographic(cp)
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /**
   * Whether {@code cp} belongs to East Asian wide text: ideographs, kana, Hangul, CJK symbols and
   * punctuation (U+3000–U+303F), and the full-width punctuation of U+FF00–U+FF0F, U+FF1A–U+FF20,
   * U+FF3B–U+FF40 and U+FF5B–U+FF65. Full-width letters and digits are not included: they stand for
   * Latin text.
   */
  public static boolean isWide(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      int folded = cp - 0xFEE0;
      return !Character.isLetterOrDigit(folded);
    }
    if ((cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF5F && cp <= 0xFF65)) {
      return true;
    }
    if (isIdeograph(cp)) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0x3100 && cp <= 0x31FF);
  }

  /**
   * Folds the full-width form of an ASCII character (U+FF01–U+FF5E) to ASCII, and the ideographic
   * space U+3000 to a space; returns every other code point unchanged.
   */
  public static int foldWidth(int cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      return cp - 0xFEE0;
    }
    return cp == 0x3000 ? ' ' : cp;
  }

  /** The number of UTF-16 code units of {@code cps[from..to)}. */
  public static int utf16Length(int[] cps, int from, int to) {
    int length = to - from;
    for (int i = from; i < to; i++) {
      if (cps[i] >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        length++;
      }
    }
    return length;
  }

  /** Builds a string from {@code cps[from..to)}. */
  public static String toString(int[] cps, int from, int to) {
    return new String(cps, from, to - from);
  }
}
