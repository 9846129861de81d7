package org.clausediff.internal.segment;

import java.util.EnumSet;
import java.util.Set;
import org.clausediff.internal.text.CodePoints;

/**
 * The literal cues of the framing-line patterns of {@link DocumentFrame}: for each pattern, a cheap
 * test over the code points that every text the pattern matches passes. Most paragraphs of a
 * document pass none, and for them the regular expressions, which would try to match at every
 * position of the paragraph, do not run. A cue may pass where its pattern then finds nothing; it
 * never fails where the pattern would match.
 */
final class FrameCues {
  private FrameCues() {}

  /** A framing-line pattern of {@link DocumentFrame}, by the cue that lets it run. */
  enum Cue {
    /** {@link DocumentFrame#FIELD}: a field label ({@code 索 引 号}, {@code 发布机构} …). */
    FIELD,
    /** {@link DocumentFrame#FIELD_DATE}: a colon, white space, four digits. */
    FIELD_DATE,
    /** {@link DocumentFrame#TITLE}: an issuer right before {@code 关于}. */
    TITLE,
    /**
     * {@link DocumentFrame#DOCUMENT_NUMBER}: {@code 〔} and a four-digit year, at most {@value
     * #MAX_NUMBER_PREFIX} Han characters after the name of a kind of document.
     */
    DOCUMENT_NUMBER,
    /** {@link DocumentFrame#ADDRESSEE}: {@code ：} right after the name of an office. */
    ADDRESSEE,
    /** {@link DocumentFrame#SIGNATURE_DATE}: a digit after an issuer, only white space between. */
    SIGNATURE_DATE
  }

  /** The field labels of {@link DocumentFrame#FIELD} but {@code 索 引 号}, which has spaces. */
  private static final Words FIELD_LABELS =
      Words.of("发文字号", "发布机构", "发文机关", "公文时效", "主题分类", "成文日期", "发布日期", "公开方式");

  /** The issuers of {@link DocumentFrame#TITLE} and {@link DocumentFrame#SIGNATURE_DATE}. */
  private static final Words ISSUERS = Words.of("人民政府", "办公厅", "委员会");

  /** The kinds of document a number follows ({@link DocumentFrame#DOCUMENT_NUMBER}). */
  private static final Words DOCUMENT_KINDS =
      Words.of("意见", "通知", "办法", "方案", "规定", "决定", "条例", "规划", "措施", "细则");

  /** The offices an addressee line ends with ({@link DocumentFrame#ADDRESSEE}). */
  private static final Words OFFICES = Words.of("人民政府", "部门", "局", "单位", "委员会");

  /** What an issuer line follows, besides the start of the stretch and digits. */
  private static final String ISSUER_LINE_AFTER = "。！？；）号";

  /** The longest issuer line up to its issuer's end: 16 Han characters and {@code 常务委员会}. */
  private static final int MAX_ISSUER_LINE = 16 + 5;

  /** The longest addressee line up to its office's end: 80 characters and {@code 人民政府}. */
  static final int MAX_ADDRESSEE = 80 + 4;

  /** The longest issuer abbreviation before a document number's year ({@code 青政办〔}). */
  private static final int MAX_NUMBER_PREFIX = 6;

  /** The characters {@link #find} looks at, as a bit set over the Basic Multilingual Plane. */
  private static final long[] TRIGGERS = triggers("：:于〔索发公主成0123456789０１２３４５６７８９");

  private static long[] triggers(String chars) {
    long[] bits = new long[0x10000 / 64];
    chars.chars().forEach(c -> bits[c >>> 6] |= 1L << c);
    return bits;
  }

  /** The cues that {@code [from, to)} holds, in one pass over it. */
  static Set<Cue> find(int[] cps, int from, int to) {
    Set<Cue> cues = EnumSet.noneOf(Cue.class);
    for (int i = from; i < to; i++) {
      int cp = cps[i];
      if (cp > 0xFFFF || (TRIGGERS[cp >>> 6] & (1L << cp)) == 0) {
        continue;
      }
      switch (cp) {
        case '：':
          if (endsAddressee(cps, from, i)) {
            cues.add(Cue.ADDRESSEE);
          }
          if (digitsAfterSpace(cps, i + 1, to)) {
            cues.add(Cue.FIELD_DATE);
          }
          break;
        case ':':
          if (digitsAfterSpace(cps, i + 1, to)) {
            cues.add(Cue.FIELD_DATE);
          }
          break;
        case '于':
          if (i > from
              && cps[i - 1] == '关'
              && ISSUERS.endsAt(cps, from, i - 1)
              && startsIssuerLine(cps, from, i - 1)) {
            cues.add(Cue.TITLE);
          }
          break;
        case '〔':
          if (isDocumentNumber(cps, from, to, i)) {
            cues.add(Cue.DOCUMENT_NUMBER);
          }
          break;
        case '索':
          int k = i + 1;
          while (k < to && CodePoints.isWhitespace(cps[k])) {
            k++;
          }
          if (k < to && cps[k] == '引') {
            cues.add(Cue.FIELD);
          }
          break;
        case '发':
        case '公':
        case '主':
        case '成':
          if (FIELD_LABELS.startsAt(cps, i, to)) {
            cues.add(Cue.FIELD);
          }
          break;
        default:
          if (isDigit(cp) && followsIssuer(cps, from, i)) {
            cues.add(Cue.SIGNATURE_DATE);
          }
      }
    }
    return cues;
  }

  /** Whether four digits follow {@code at} after white space. */
  private static boolean digitsAfterSpace(int[] cps, int at, int to) {
    int k = at;
    while (k < to && CodePoints.isWhitespace(cps[k])) {
      k++;
    }
    return digits(cps, k, to, 4);
  }

  private static boolean isDocumentNumber(int[] cps, int from, int to, int open) {
    if (!digits(cps, open + 1, to, 4) || open + 5 >= to || cps[open + 5] != '〕') {
      return false;
    }
    for (int k = 1; k <= MAX_NUMBER_PREFIX && open - k >= from; k++) {
      if (!isHan(cps[open - k])) {
        return false;
      }
      if (DOCUMENT_KINDS.endsAt(cps, from, open - k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean followsIssuer(int[] cps, int from, int digit) {
    int end = digit;
    while (end > from && CodePoints.isWhitespace(cps[end - 1])) {
      end--;
    }
    return ISSUERS.endsAt(cps, from, end) && startsIssuerLine(cps, from, end);
  }

  /**
   * Whether the issuer that ends at {@code end} may start a line as {@code
   * DocumentFrame.ISSUER_LINE} wants: after at most {@value #MAX_ISSUER_LINE} Han characters (the
   * issuer's own included) that follow the start of the stretch or a sentence end, {@code ）},
   * {@code 号} or a digit.
   */
  private static boolean startsIssuerLine(int[] cps, int from, int end) {
    for (int p = end - 1; p >= from && end - p <= MAX_ISSUER_LINE && isHan(cps[p]); p--) {
      if (p == from || ISSUER_LINE_AFTER.indexOf(cps[p - 1]) >= 0 || isDigit(cps[p - 1])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the {@code ：} at {@code colon} may end an addressee line (its cue). */
  static boolean endsAddressee(int[] cps, int from, int colon) {
    return OFFICES.endsAt(cps, from, colon) && startsAddressee(cps, from, colon);
  }

  /**
   * Whether the office name that ends at {@code end} may end an addressee line as {@code
   * DocumentFrame.ADDRESSEE} wants: after at most {@value #MAX_ADDRESSEE} Han characters and {@code
   * 、，（）} (the office's own included) that follow the start of the stretch, {@code 号} or {@code 。}.
   */
  private static boolean startsAddressee(int[] cps, int from, int end) {
    for (int p = end - 1;
        p >= from && end - p <= MAX_ADDRESSEE && (isHan(cps[p]) || "、，（）".indexOf(cps[p]) >= 0);
        p--) {
      if (p == from || cps[p - 1] == '号' || cps[p - 1] == '。') {
        return true;
      }
    }
    return false;
  }

  private static boolean isHan(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF)
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean digits(int[] cps, int at, int to, int count) {
    if (at + count > to) {
      return false;
    }
    for (int k = at; k < at + count; k++) {
      if (!isDigit(cps[k])) {
        return false;
      }
    }
    return true;
  }

  /** {@code [0-9０-９]}, as {@code DocumentFrame.DIGIT}. */
  private static boolean isDigit(int cp) {
    return (cp >= '0' && cp <= '9') || (cp >= '０' && cp <= '９');
  }

  /** A few words of the Basic Multilingual Plane, looked up by their last character. */
  private static final class Words {
    private final String[] words;
    private final String lastChars;

    private Words(String[] words) {
      this.words = words;
      StringBuilder last = new StringBuilder();
      for (String word : words) {
        last.append(word.charAt(word.length() - 1));
      }
      this.lastChars = last.toString();
    }

    static Words of(String... words) {
      return new Words(words.clone());
    }

    /**
     * Whether one of the words ends right before {@code end} and starts at or after {@code from}.
     */
    boolean endsAt(int[] cps, int from, int end) {
      if (end <= from || lastChars.indexOf(cps[end - 1]) < 0) {
        return false;
      }
      for (String word : words) {
        int start = end - word.length();
        if (start >= from && matches(cps, start, word)) {
          return true;
        }
      }
      return false;
    }

    /** Whether one of the words starts at {@code at} and ends at or before {@code to}. */
    boolean startsAt(int[] cps, int at, int to) {
      for (String word : words) {
        if (at + word.length() <= to && matches(cps, at, word)) {
          return true;
        }
      }
      return false;
    }

    private static boolean matches(int[] cps, int at, String word) {
      for (int k = 0; k < word.length(); k++) {
        if (cps[at + k] != word.charAt(k)) {
          return false;
        }
      }
      return true;
    }
  }
}
