package org.clausediff.internal.normalize;

import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationRule;

/** {@link NormalizationRule#WIDTH}: full-width ASCII forms and U+FFE0–U+FFE6 to ordinary ones. */
final class WidthRule extends Rule {
  private static final int[] FULLWIDTH_SIGNS = {0xA2, 0xA3, 0xAC, 0xAF, 0xA6, 0xA5, 0x20A9};

  WidthRule(CodePointSink next) {
    super(next);
  }

  @Override
  public void acceptPlain(SourceText source, int from, int to) {
    next.acceptPlain(source, from, to); // plain code points pass unchanged
  }

  @Override
  public void accept(int cp, int sourceStart, int sourceEnd) {
    int folded = fold(cp);
    if (folded != cp) {
      markChanged();
    }
    next.accept(folded, sourceStart, sourceEnd);
  }

  static int fold(int cp) {
    if (cp >= 0xFFE0 && cp <= 0xFFE6) {
      return FULLWIDTH_SIGNS[cp - 0xFFE0];
    }
    return CodePoints.foldWidth(cp);
  }
}
