package org.clausediff.internal.normalize;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import org.clausediff.text.Span;

/**
 * The way back from normalized (comparison) code points to the source code points that produced
 * them.
 *
 * <p>Every normalized code point {@code i} has a source span {@link #sourceOf(int)}: one source
 * code point for a one-to-one mapping (width folding, punctuation), the same span for every code
 * point of an expansion (㍿ → 株式会社), and a longer span for a contraction (e + ◌́ → é) or a collapsed
 * run of white space. Source code points that were removed (invisible characters, white space next
 * to CJK text) belong to no normalized code point.
 *
 * <p>Invariants: source spans are non-empty, lie within the source, and both their bounds are
 * non-decreasing in {@code i}. The map is stored as runs (a run of one-to-one mappings costs the
 * same as one entry), so lookups are {@code O(log runs)}. Instances are immutable and thread-safe.
 */
public final class OffsetMap {
  private final int normalizedLength;
  private final int sourceLength;

  /** Normalized offset at which each run starts; ascending. */
  private final int[] runStart;

  /** Source start of each run's first code point. */
  private final int[] runSourceStart;

  /** For a shared run, the source end shared by all its code points; for a linear run, -1. */
  private final int[] runSharedEnd;

  OffsetMap(
      int normalizedLength,
      int sourceLength,
      int[] runStart,
      int[] runSourceStart,
      int[] runSharedEnd) {
    this.normalizedLength = normalizedLength;
    this.sourceLength = sourceLength;
    this.runStart = runStart;
    this.runSourceStart = runSourceStart;
    this.runSharedEnd = runSharedEnd;
  }

  /** The number of normalized code points. */
  public int normalizedLength() {
    return normalizedLength;
  }

  /** The number of source code points. */
  public int sourceLength() {
    return sourceLength;
  }

  /** The source span that produced normalized code point {@code index}. */
  public Span sourceOf(int index) {
    checkIndex(index);
    int run = runOf(index);
    if (runSharedEnd[run] >= 0) {
      return Span.of(runSourceStart[run], runSharedEnd[run]);
    }
    int start = runSourceStart[run] + (index - runStart[run]);
    return Span.of(start, start + 1);
  }

  /**
   * {@code sourceOf(index).start()} without building the span (lookups in loops allocate nothing).
   */
  public int sourceStart(int index) {
    checkIndex(index);
    int run = runOf(index);
    return runSharedEnd[run] >= 0
        ? runSourceStart[run]
        : runSourceStart[run] + (index - runStart[run]);
  }

  /** {@code sourceOf(index).end()} without building the span. */
  public int sourceEnd(int index) {
    checkIndex(index);
    int run = runOf(index);
    return runSharedEnd[run] >= 0
        ? runSharedEnd[run]
        : runSourceStart[run] + (index - runStart[run]) + 1;
  }

  private void checkIndex(int index) {
    checkArgument(
        index >= 0 && index < normalizedLength,
        "index must be in [0, %s) but was %s",
        normalizedLength,
        index);
  }

  /**
   * The source span of the normalized range {@code [start, end)}: from the start of the first code
   * point's source to the end of the last one's, so it includes any removed characters in between.
   * An empty range maps to an empty span at the source start of the code point at {@code start}, or
   * after the last code point's source when {@code start} is the end.
   */
  public Span toSource(int start, int end) {
    checkArgument(
        0 <= start && start <= end && end <= normalizedLength,
        "range [%s, %s) must lie within [0, %s]",
        start,
        end,
        normalizedLength);
    if (start == end) {
      int at;
      if (start < normalizedLength) {
        at = sourceStart(start);
      } else {
        at = normalizedLength == 0 ? 0 : sourceEnd(normalizedLength - 1);
      }
      return Span.empty(at);
    }
    return Span.of(sourceStart(start), sourceEnd(end - 1));
  }

  /** The source span of the normalized range {@code range}; see {@link #toSource(int, int)}. */
  public Span toSource(Span range) {
    return toSource(range.start(), range.end());
  }

  /**
   * The normalized range of the code points whose source lies entirely within {@code source}. A
   * normalized code point whose source straddles a bound of {@code source} is left out.
   */
  public Span toNormalized(Span source) {
    checkArgument(
        source.end() <= sourceLength,
        "source span %s must lie within [0, %s]",
        source,
        sourceLength);
    int from = firstWithSourceStartAtLeast(source.start());
    int to = firstWithSourceEndAbove(source.end());
    return to <= from ? Span.empty(from) : Span.of(from, to);
  }

  /** The number of runs the map is stored as; one for an unchanged text. */
  int runCount() {
    return runStart.length;
  }

  private int runOf(int index) {
    int found = Arrays.binarySearch(runStart, index);
    return found >= 0 ? found : -found - 2;
  }

  /**
   * The first normalized index whose source starts at or after {@code sourceOffset}: a binary
   * search over the runs (source starts do not decrease), then arithmetic inside the run.
   */
  private int firstWithSourceStartAtLeast(int sourceOffset) {
    // The last run whose first code point starts before the offset.
    int low = 0;
    int high = runStart.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (runSourceStart[mid] < sourceOffset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int run = low - 1;
    if (run < 0) {
      return 0;
    }
    int runEnd = runEnd(run);
    if (runSharedEnd[run] >= 0) {
      return runEnd;
    }
    return Math.min(runEnd, runStart[run] + (sourceOffset - runSourceStart[run]));
  }

  /**
   * The first normalized index whose source ends after {@code sourceOffset}: a binary search over
   * the runs by the end of their last code point (source ends do not decrease), then arithmetic
   * inside the run.
   */
  private int firstWithSourceEndAbove(int sourceOffset) {
    int low = 0;
    int high = runStart.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (lastSourceEnd(mid) <= sourceOffset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    if (low == runStart.length) {
      return normalizedLength;
    }
    if (runSharedEnd[low] >= 0) {
      return runStart[low];
    }
    return runStart[low] + Math.max(0, sourceOffset - runSourceStart[low]);
  }

  /** The normalized index after the last code point of {@code run}. */
  private int runEnd(int run) {
    return run + 1 < runStart.length ? runStart[run + 1] : normalizedLength;
  }

  /** The source end of the last code point of {@code run}. */
  private int lastSourceEnd(int run) {
    return runSharedEnd[run] >= 0
        ? runSharedEnd[run]
        : runSourceStart[run] + (runEnd(run) - runStart[run]);
  }
}
