package org.clausediff.internal.normalize;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.normalize.NormalizationRule;

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
    String simplified = cache.computeIfAbsent(cp, this::simplify);
    if (simplified.codePointCount(0, simplified.length()) == 1 && simplified.codePointAt(0) == cp) {
      next.accept(cp, sourceStart, sourceEnd);
      return;
    }
    markChanged();
    emitAll(simplified, sourceStart, sourceEnd);
  }

  /**
   * The simplified form of {@code cp}. ICU's table maps a few characters in a cycle (苎 and 苧 to
   * each other); following the mapping to a fixed point, and taking the smallest code point of a
   * cycle, keeps the rule idempotent.
   */
  private String simplify(int cp) {
    int current = cp;
    int smallest = cp;
    for (int step = 0; step < 8; step++) {
      String next = transliterator.transliterate(Character.toString(current));
      if (next.codePointCount(0, next.length()) != 1) {
        return next;
      }
      int nextCp = next.codePointAt(0);
      if (nextCp == current) {
        return next;
      }
      if (nextCp == cp) {
        return Character.toString(smallest);
      }
      smallest = Math.min(smallest, nextCp);
      current = nextCp;
    }
    return Character.toString(current);
  }
}
