package org.clausediff.internal.normalize;

import com.ibm.icu.text.Normalizer2;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * The second half of {@link NormalizationRule#WHITESPACE}, run after every other rule so that it
 * judges the final characters: removes white space next to wide East Asian text and at both ends,
 * and collapses the rest to one space.
 */
final class WhitespaceRule extends Rule {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private boolean inRun;
  private int runStart;
  private int runEnd;
  private boolean runIsOneSpace;
  private int lastStart;
  private int lastEnd;
  private boolean emittedAny;
  private boolean previousWide;

  WhitespaceRule(CodePointSink next) {
    super(next);
  }

  @Override
  public void accept(int cp, int sourceStart, int sourceEnd) {
    if (CodePoints.isWhitespace(cp)) {
      lastStart = sourceStart;
      lastEnd = sourceEnd;
      if (inRun) {
        runEnd = sourceEnd;
        runIsOneSpace = false;
      } else {
        inRun = true;
        runStart = sourceStart;
        runEnd = sourceEnd;
        runIsOneSpace = cp == ' ';
      }
      return;
    }
    boolean wide = CodePoints.isWide(cp);
    if (inRun) {
      if (isCombiningMark(cp)) {
        // A space that carries a combining mark is a visible character, not white space; removing
        // it would let the mark combine with the character before and break idempotence. Keep
        // the run's last white space (its span may be shared with the mark, by NFKC) as a space.
        if (!runIsOneSpace) {
          markChanged();
        }
        next.accept(' ', lastStart, lastEnd);
      } else if (emittedAny && !previousWide && !wide) {
        if (!runIsOneSpace) {
          markChanged();
        }
        next.accept(' ', runStart, runEnd);
      } else {
        markChanged();
      }
      inRun = false;
    }
    next.accept(cp, sourceStart, sourceEnd);
    emittedAny = true;
    previousWide = wide;
  }

  /**
   * The first code point of the run ends any white space before it; the others follow a plain code
   * point and pass unchanged.
   */
  @Override
  public void acceptPlain(SourceText source, int from, int to) {
    accept(source.codePointAt(from), from, from + 1);
    if (to - from > 1) {
      next.acceptPlain(source, from + 1, to);
      previousWide = CodePoints.isWide(source.codePointAt(to - 1));
    }
  }

  /**
   * Whether normalization may join {@code cp} to the character before it: a combining mark, or a
   * character without a normalization boundary before it, such as a conjoining Hangul jamo (가 +
   * U+11A8 is 각).
   */
  private static boolean isCombiningMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || !NFKC.hasBoundaryBefore(cp);
  }

  @Override
  public void finish() {
    if (inRun) {
      markChanged();
      inRun = false;
    }
    super.finish();
  }
}
