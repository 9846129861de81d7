package org.clausediff.text.normalize;

import static com.google.common.base.Preconditions.checkNotNull;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import org.clausediff.text.SourceText;

/**
 * Which script a Chinese text is written in: Simplified (简体) or Traditional (繁体) characters.
 *
 * <p>The rule: count the text's characters that only Traditional writing uses (those that ICU's
 * {@code Traditional-Simplified} transliteration changes, such as 發 and 國) and those that only
 * Simplified writing uses (those that {@code Simplified-Traditional} changes, such as 发 and 国). The
 * text is {@link #TRADITIONAL} when it has at least {@value #MIN_TELLING} Traditional-only
 * characters and more than {@value #RATIO} times as many as Simplified-only ones, {@link
 * #SIMPLIFIED} the other way round, and {@link #UNDETERMINED} otherwise (too few telling
 * characters, or a real mix). A Simplified document that quotes a few Traditional characters (a
 * name, 乾隆) stays Simplified: it has far more Simplified-only characters.
 *
 * <p>Two documents in different scripts are compared after folding both to Simplified ({@link
 * NormalizationRule#TRADITIONAL_TO_SIMPLIFIED}); see {@link #differ}.
 */
public enum ChineseScript {
  /** Simplified characters (简体字). */
  SIMPLIFIED,
  /** Traditional characters (繁體字). */
  TRADITIONAL,
  /** Too few characters tell the scripts apart, or both occur in earnest. */
  UNDETERMINED;

  /** The fewest telling characters that decide a script. */
  public static final int MIN_TELLING = 10;

  /** How many times more telling characters of one script than of the other decide it. */
  public static final int RATIO = 4;

  private static final UnicodeSet TRADITIONAL_ONLY = changedBy("Traditional-Simplified");
  private static final UnicodeSet SIMPLIFIED_ONLY = changedBy("Simplified-Traditional");

  /** The characters that {@code id} changes (and that the other direction does not also change). */
  private static UnicodeSet changedBy(String id) {
    Transliterator transliterator = Transliterator.getInstance(id);
    UnicodeSet changed = new UnicodeSet();
    for (UnicodeSetIterator it = new UnicodeSetIterator(transliterator.getSourceSet());
        it.next(); ) {
      if (it.codepoint == UnicodeSetIterator.IS_STRING) {
        continue;
      }
      String one = Character.toString(it.codepoint);
      if (!transliterator.transliterate(one).equals(one)) {
        changed.add(it.codepoint);
      }
    }
    return changed;
  }

  static {
    // A character changed both ways (a cycle such as 苎/苧) tells nothing.
    UnicodeSet both = new UnicodeSet(TRADITIONAL_ONLY).retainAll(SIMPLIFIED_ONLY);
    TRADITIONAL_ONLY.removeAll(both).freeze();
    SIMPLIFIED_ONLY.removeAll(both).freeze();
  }

  /**
   * The two sets as bit maps by code point, which {@link #detect} reads for every character of a
   * text: a bit test instead of a binary search over the ranges of a {@link UnicodeSet}.
   */
  private static final long[] TRADITIONAL_BITS = bits(TRADITIONAL_ONLY);

  private static final long[] SIMPLIFIED_BITS = bits(SIMPLIFIED_ONLY);

  private static long[] bits(UnicodeSet set) {
    int end = set.isEmpty() ? 0 : set.getRangeEnd(set.getRangeCount() - 1) + 1;
    long[] bits = new long[(end + 63) >>> 6];
    for (int r = 0; r < set.getRangeCount(); r++) {
      for (int cp = set.getRangeStart(r); cp <= set.getRangeEnd(r); cp++) {
        bits[cp >>> 6] |= 1L << cp;
      }
    }
    return bits;
  }

  private static boolean contains(long[] bits, int cp) {
    int word = cp >>> 6;
    return word < bits.length && (bits[word] & (1L << cp)) != 0;
  }

  /** The script of {@code text}. Linear in its length. */
  public static ChineseScript detect(CharSequence text) {
    checkNotNull(text, "text");
    long traditional = 0;
    long simplified = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp < 0x3400) {
        continue;
      }
      if (contains(TRADITIONAL_BITS, cp)) {
        traditional++;
      } else if (contains(SIMPLIFIED_BITS, cp)) {
        simplified++;
      }
    }
    if (traditional >= MIN_TELLING && traditional > RATIO * simplified) {
      return TRADITIONAL;
    }
    if (simplified >= MIN_TELLING && simplified > RATIO * traditional) {
      return SIMPLIFIED;
    }
    return UNDETERMINED;
  }

  /**
   * Whether one of the texts is written in Traditional and the other in Simplified characters: then
   * they are compared with {@link NormalizationRule#TRADITIONAL_TO_SIMPLIFIED}.
   */
  public static boolean differ(SourceText left, SourceText right) {
    return differ(detect(left.text()), detect(right.text()));
  }

  /**
   * Whether one of two scripts is Traditional and the other Simplified: {@link #differ(SourceText,
   * SourceText)} of two texts whose scripts were detected apart (on two threads, say).
   */
  public static boolean differ(ChineseScript left, ChineseScript right) {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    return (left == TRADITIONAL && right == SIMPLIFIED)
        || (left == SIMPLIFIED && right == TRADITIONAL);
  }
}
