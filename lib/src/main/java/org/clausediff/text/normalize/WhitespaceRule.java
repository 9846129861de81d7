package org.clausediff.text.normalize;

import org.clausediff.text.CodePoints;

/**
 * The second half of {@link NormalizationRule#WHITESPACE}, run after every other rule so that it
 * judges the final characters: removes white space next to wide East Asian text and at both ends,
 * and collapses the rest to one space.
 */
final class WhitespaceRule extends Rule {
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
      if (emittedAny && !previousWide && !wide) {
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
