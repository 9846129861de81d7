package org.clausediff.internal.normalize;

/**
 * A stage of the normalization chain: receives comparison code points, each with the source span
 * {@code [sourceStart, sourceEnd)} that produced it. Source spans arrive in non-decreasing order of
 * both bounds. Implementations are single-use and not thread-safe; {@link TextNormalizer} builds a
 * fresh chain per text.
 */
interface CodePointSink {

  /** Receives the next code point and the source span it came from. */
  void accept(int cp, int sourceStart, int sourceEnd);

  /** Flushes anything buffered; called once after the last code point. */
  void finish();
}
