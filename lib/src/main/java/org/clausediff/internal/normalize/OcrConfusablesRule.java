package org.clausediff.internal.normalize;

import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * {@link NormalizationRule#OCR_CONFUSABLES}: {@code 十} (U+5341) becomes {@code +} after {@code 网}
 * (as in 互联网十 for 互联网＋) or after an ASCII letter (as in 5G十), white space between them ignored.
 */
final class OcrConfusablesRule extends Rule {
  private int previous = -1;

  OcrConfusablesRule(CodePointSink next) {
    super(next);
  }

  @Override
  public void accept(int cp, int sourceStart, int sourceEnd) {
    int out = cp;
    if (cp == '十' && (previous == '网' || isAsciiLetter(previous))) {
      out = '+';
      markChanged();
    }
    if (!CodePoints.isWhitespace(cp)) {
      previous = cp;
    }
    next.accept(out, sourceStart, sourceEnd);
  }

  @Override
  public void acceptPlain(SourceText source, int from, int to) {
    // A plain code point is not 十 and not white space: it passes unchanged and is the one before.
    previous = source.codePointAt(to - 1);
    next.acceptPlain(source, from, to);
  }

  private static boolean isAsciiLetter(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
}
