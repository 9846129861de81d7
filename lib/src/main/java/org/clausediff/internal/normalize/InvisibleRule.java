package org.clausediff.internal.normalize;

import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * The first half of {@link NormalizationRule#WHITESPACE}: removes invisible characters before any
 * other rule runs, so that NFKC composes across them.
 */
final class InvisibleRule extends Rule {

  InvisibleRule(CodePointSink next) {
    super(next);
  }

  @Override
  public void accept(int cp, int sourceStart, int sourceEnd) {
    if (CodePoints.isInvisible(cp)) {
      markChanged();
      return;
    }
    next.accept(cp, sourceStart, sourceEnd);
  }
}
