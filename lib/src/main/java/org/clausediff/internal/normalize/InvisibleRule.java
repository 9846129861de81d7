package org.clausediff.internal.normalize;

import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * The first half of {@link NormalizationRule#WHITESPACE}: removes invisible characters before any
 * other rule runs, so that NFKC composes across them — but not bidirectional controls, which change
 * what a reader sees ({@link CodePoints#isBidiControl}): two texts that differ in them differ.
 */
final class InvisibleRule extends Rule {

  InvisibleRule(CodePointSink next) {
    super(next);
  }

  @Override
  public void acceptPlain(SourceText source, int from, int to) {
    next.acceptPlain(source, from, to); // plain code points pass unchanged
  }

  @Override
  public void accept(int cp, int sourceStart, int sourceEnd) {
    if (CodePoints.isInvisible(cp) && !CodePoints.isBidiControl(cp)) {
      markChanged();
      return;
    }
    next.accept(cp, sourceStart, sourceEnd);
  }
}
