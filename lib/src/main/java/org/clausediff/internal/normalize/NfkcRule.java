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
  /** The characters NFKC may fold: all but those that would change what the text says. */
  private static final UnicodeSet FOLDABLE =
      new UnicodeSet(
              "[^[:Decomposition_Type=Super:][:Decomposition_Type=Sub:]"
                  + "[:Decomposition_Type=Fraction:]"
                  + "[[:Decomposition_Type=Circle:]-[:Numeric_Type=None:]]]")
          .freeze();

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
