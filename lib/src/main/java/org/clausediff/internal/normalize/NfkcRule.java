package org.clausediff.internal.normalize;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import java.util.Arrays;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * {@link NormalizationRule#NFKC}: Unicode compatibility composition, applied segment by segment (a
 * segment runs from one normalization boundary to the next), so that every output code point maps
 * back to the source span of its segment.
 *
 * <p>Characters whose compatibility form would change what the text says are left alone (ICU's
 * {@link FilteredNormalizer2} skips them): superscripts and subscripts ({@code 10⁶元} is not {@code
 * 106元}), vulgar fractions ({@code 1½} is not {@code 11⁄2}), and circled numbers, which carry a
 * value ({@code 1⑩} is not {@code 110}). Circled letters and ideographs, parenthesized numbers
 * ({@code ⑴}) and every other compatibility character are folded as before.
 *
 * <p>A segment longer than {@link #MAX_SEGMENT} code points (a base character with a pile of
 * combining marks, which no real text has; Unicode's stream-safe format allows 30) is passed
 * through unchanged: normalizing it would take time quadratic in its length, since the marks are
 * sorted by insertion. Passing it through keeps the result idempotent, because the same run comes
 * back unchanged.
 */
final class NfkcRule extends Rule {
  /** The characters whose compatibility form would change what the text says. */
  static final String KEPT_PATTERN =
      "[[:Decomposition_Type=Super:][:Decomposition_Type=Sub:]"
          + "[:Decomposition_Type=Fraction:]"
          + "[[:Decomposition_Type=Circle:]-[:Numeric_Type=None:]]]";

  /**
   * {@link #KEPT_PATTERN} as the ranges (first, last) it has in the ICU we use, written out:
   * evaluating the pattern's properties takes ICU about 35 ms, once per process. {@code
   * NfkcRuleTest} checks them against the pattern (so an upgrade of ICU that changes them fails).
   */
  static final int[] KEPT_RANGES = {
    0x00AA, 0x00AA, 0x00B2, 0x00B3, 0x00B9, 0x00BA, 0x00BC, 0x00BE,
    0x02B0, 0x02B8, 0x02E0, 0x02E4, 0x0558, 0x0558, 0x058B, 0x058C,
    0x10FC, 0x10FC, 0x1D2C, 0x1D2E, 0x1D30, 0x1D3A, 0x1D3C, 0x1D4D,
    0x1D4F, 0x1D6A, 0x1D78, 0x1D78, 0x1D9B, 0x1DBF, 0x2070, 0x2071,
    0x2074, 0x208E, 0x2090, 0x209F, 0x2120, 0x2120, 0x2122, 0x2122,
    0x2150, 0x215F, 0x2189, 0x2189, 0x2460, 0x2473, 0x24EA, 0x24EA,
    0x2C7C, 0x2C7D, 0x2D6F, 0x2D6F, 0x3192, 0x319F, 0x3251, 0x325F,
    0x3280, 0x3289, 0x32B1, 0x32BF, 0xA69C, 0xA69D, 0xA770, 0xA770,
    0xA7F1, 0xA7F4, 0xA7F8, 0xA7F9, 0xAB5C, 0xAB5F, 0xAB69, 0xAB69,
    0x10781, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BF, 0x1DFCD, 0x1DFFF,
    0x1E030, 0x1E06D, 0x1F16A, 0x1F16C,
  };

  /** The characters NFKC may fold: all but those that would change what the text says. */
  private static final UnicodeSet FOLDABLE = new UnicodeSet(KEPT_RANGES).complement().freeze();

  static final Normalizer2 NFKC = new FilteredNormalizer2(Normalizer2.getNFKCInstance(), FOLDABLE);

  /** The longest segment that is normalized; longer ones pass unchanged. */
  static final int MAX_SEGMENT = 128;

  private int[] segment = new int[8];
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int size;

  /** Whether the current segment is too long and passes through unchanged. */
  private boolean passingThrough;

  NfkcRule(CodePointSink next) {
    super(next);
  }

  @Override
  public void accept(int cp, int sourceStart, int sourceEnd) {
    boolean boundary = isBasicIdeograph(cp) || NFKC.hasBoundaryBefore(cp);
    if (passingThrough) {
      if (!boundary) {
        next.accept(cp, sourceStart, sourceEnd);
        return;
      }
      passingThrough = false;
    }
    if (size > 0 && boundary) {
      flush();
    }
    if (size == MAX_SEGMENT) {
      for (int i = 0; i < size; i++) {
        next.accept(segment[i], starts[i], ends[i]);
      }
      size = 0;
      passingThrough = true;
      next.accept(cp, sourceStart, sourceEnd);
      return;
    }
    if (size == segment.length) {
      segment = Arrays.copyOf(segment, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    segment[size] = cp;
    starts[size] = sourceStart;
    ends[size] = sourceEnd;
    size++;
  }

  /**
   * A plain code point starts a segment and, followed by another plain one, is a segment of its own
   * that NFKC leaves alone: every code point of the run but the last passes unchanged, and the last
   * waits for what follows it (a combining mark may join it), as in {@link #accept}.
   */
  @Override
  public void acceptPlain(SourceText source, int from, int to) {
    passingThrough = false;
    if (size > 0) {
      flush();
    }
    if (to - from > 1) {
      next.acceptPlain(source, from, to - 1);
    }
    segment[0] = source.codePointAt(to - 1);
    starts[0] = to - 1;
    ends[0] = to;
    size = 1;
  }

  private void flush() {
    if (size == 1 && (isBasicIdeograph(segment[0]) || NFKC.isInert(segment[0]))) {
      next.accept(segment[0], starts[0], ends[0]);
      size = 0;
      return;
    }
    String text = new String(segment, 0, size);
    if (NFKC.isNormalized(text)) {
      for (int i = 0; i < size; i++) {
        next.accept(segment[i], starts[i], ends[i]);
      }
    } else {
      markChanged();
      emitAll(NFKC.normalize(text), starts[0], ends[size - 1]);
    }
    size = 0;
  }

  /**
   * Whether {@code cp} is in the basic block of CJK unified ideographs (U+4E00–U+9FFF), most of a
   * Chinese text: NFKC has a boundary before each and leaves each alone ({@link
   * Normalizer2#isInert}), which this answers without ICU's two table lookups per code point
   * ({@code NfkcRuleTest} checks every one against ICU).
   */
  static boolean isBasicIdeograph(int cp) {
    return cp >= 0x4E00 && cp <= 0x9FFF;
  }

  @Override
  public void finish() {
    if (size > 0) {
      flush();
    }
    super.finish();
  }
}
