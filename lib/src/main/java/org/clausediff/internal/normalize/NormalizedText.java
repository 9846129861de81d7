package org.clausediff.internal.normalize;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.ImmutableIntArray;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * The comparison text of a {@link SourceText}: its code points after normalization, the {@link
 * OffsetMap} back to the source, and the rules that changed something.
 *
 * <p>Normalized offsets are for matching only and never leave the stage that uses them: convert
 * every result to source spans with {@link #toSource(int, int)}. Instances are immutable and
 * thread-safe.
 */
public final class NormalizedText {
  private final SourceText source;
  private final ImmutableIntArray codePoints;
  private final OffsetMap offsetMap;
  private final ImmutableSet<NormalizationRule> appliedRules;

  NormalizedText(
      SourceText source,
      ImmutableIntArray codePoints,
      OffsetMap offsetMap,
      ImmutableSet<NormalizationRule> appliedRules) {
    this.source = checkNotNull(source, "source");
    this.codePoints = checkNotNull(codePoints, "codePoints");
    this.offsetMap = checkNotNull(offsetMap, "offsetMap");
    this.appliedRules = checkNotNull(appliedRules, "appliedRules");
  }

  /** The text this was normalized from. */
  public SourceText source() {
    return source;
  }

  /** The normalized code points. */
  public ImmutableIntArray codePoints() {
    return codePoints;
  }

  /** The number of normalized code points. */
  public int length() {
    return codePoints.length();
  }

  /** The way back to the source. */
  public OffsetMap offsetMap() {
    return offsetMap;
  }

  /** The rules that changed at least one character, in the order they run. */
  public ImmutableSet<NormalizationRule> appliedRules() {
    return appliedRules;
  }

  /** The source span of the normalized range {@code [start, end)}. */
  public Span toSource(int start, int end) {
    return offsetMap.toSource(start, end);
  }

  /** The source span of the normalized range {@code range}. */
  public Span toSource(Span range) {
    return offsetMap.toSource(range);
  }

  /** The normalized range of the code points that come from within {@code sourceSpan}. */
  public Span toNormalized(Span sourceSpan) {
    return offsetMap.toNormalized(sourceSpan);
  }

  /** The normalized text of the normalized range {@code range}. */
  public String substring(Span range) {
    int[] cps = codePoints.subArray(range.start(), range.end()).toArray();
    return new String(cps, 0, cps.length);
  }

  /** The normalized text of the source span {@code sourceSpan}. */
  public String normalizedSubstring(Span sourceSpan) {
    return substring(toNormalized(sourceSpan));
  }

  /** The whole normalized text. */
  @Override
  public String toString() {
    return substring(Span.of(0, length()));
  }
}
