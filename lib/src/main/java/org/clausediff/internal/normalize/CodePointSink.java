package org.clausediff.internal.normalize;

import org.clausediff.text.SourceText;

/**
 * A stage of the normalization chain: receives comparison code points, each with the source span
 * {@code [sourceStart, sourceEnd)} that produced it. Source spans arrive in non-decreasing order of
 * both bounds. Implementations are single-use and not thread-safe; {@link TextNormalizer} builds a
 * fresh chain per text.
 */
interface CodePointSink {

  /** Receives the next code point and the source span it came from. */
  void accept(int cp, int sourceStart, int sourceEnd);

  /**
   * Receives the source code points {@code [from, to)} of {@code source}, each plain ({@link
   * TextNormalizer#isPlain}) and each at its own source offset: what {@link #accept} would receive
   * one by one, in one call, so that a rule that passes plain code points through unchanged can
   * pass the whole run on without looking at each (most of a Chinese text is such runs).
   */
  default void acceptPlain(SourceText source, int from, int to) {
    for (int i = from; i < to; i++) {
      accept(source.codePointAt(i), i, i + 1);
    }
  }

  /** Flushes anything buffered; called once after the last code point. */
  void finish();
}
