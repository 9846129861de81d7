package org.clausediff.text.normalize;

import com.ibm.icu.text.Normalizer2;
import org.clausediff.text.CodePoints;

/**
 * The second half of {@link NormalizationRule#WHITESPACE}, run after every other rule so that it
 * judges the final characters: removes white space next to wide East Asian text and at both ends,
 * and collapses the rest to one space.
 *
 * <p>White space before a combining mark (any character that Unicode normalization may join to the
 * one before it, such as U+3099 or U+0301) is never removed inside the text but becomes one space:
 * removing it would attach the mark to another character, which a second normalization would then
 * compose or reorder, and normalization would no longer be idempotent.
 */
final class WhitespaceRule extends Rule {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private boolean inRun;
  private int runStart;
  private int runEnd;
  private boolean runIsOneSpace;
  private boolean emittedAny;
  private boolean previousWide;

  WhitespaceRule(CodePointSink next) {
    super(next);
  }

  @Override
  public void accept(int cp, int sourceStart, int sourceEnd) {
    if (CodePoints.isWhitespace(cp)) {
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
      if (emittedAny && ((!previousWide && !wide) || !NFKC.hasBoundaryBefore(cp))) {
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

  @Override
  public void finish() {
    if (inRun) {
      markChanged();
      inRun = false;
    }
    super.finish();
  }
}
