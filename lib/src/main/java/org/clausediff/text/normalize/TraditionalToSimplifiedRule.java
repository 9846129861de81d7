package org.clausediff.text.normalize;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;
import org.clausediff.text.CodePoints;

/**
 * {@link NormalizationRule#TRADITIONAL_TO_SIMPLIFIED}: ICU's {@code Traditional-Simplified}
 * transliteration, applied character by character so that every output code point maps back to the
 * character it came from.
 */
final class TraditionalToSimplifiedRule extends Rule {
  private final Transliterator transliterator =
      Transliterator.getInstance("Traditional-Simplified");
  private final Map<Integer, String> cache = new HashMap<>();

  TraditionalToSimplifiedRule(CodePointSink next) {
    super(next);
  }

  @Override
  public void accept(int cp, int sourceStart, int sourceEnd) {
    if (!CodePoints.isIdeograph(cp)) {
      next.accept(cp, sourceStart, sourceEnd);
      return;
    }
    String simplified =
        cache.computeIfAbsent(cp, c -> transliterator.transliterate(Character.toString(c)));
    if (simplified.codePointCount(0, simplified.length()) == 1 && simplified.codePointAt(0) == cp) {
      next.accept(cp, sourceStart, sourceEnd);
      return;
    }
    markChanged();
    emitAll(simplified, sourceStart, sourceEnd);
  }
}
