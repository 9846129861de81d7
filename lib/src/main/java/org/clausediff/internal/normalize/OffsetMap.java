package org.clausediff.internal.normalize;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import org.clausediff.text.SourceText;
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

  private OffsetMap(
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

  /** Collects the normalized code points and their runs; the last sink of the chain. */
  static final class Builder implements CodePointSink {
    private final int sourceLength;
    private final int from;
    private final ImmutableIntArray.Builder codePoints;
    private int length;
    private int[] runStart = new int[16];
    private int[] runSourceStart = new int[16];
    private int[] runSharedEnd = new int[16];
    private int runs;
    private int lastSourceStart;
    private int lastSourceEnd;

    Builder(int sourceLength) {
      this(sourceLength, 0, sourceLength);
    }

    /**
     * A builder that keeps only the code points whose source starts at {@code from} or later, with
     * room for {@code capacity} of them (it grows when needed).
     */
    Builder(int sourceLength, int from, int capacity) {
      this.sourceLength = sourceLength;
      this.from = from;
      // Sized for the common case, a text no longer than its source.
      this.codePoints = ImmutableIntArray.builder(Math.max(16, capacity));
    }

    @Override
    public void accept(int cp, int sourceStart, int sourceEnd) {
      if (sourceStart < from) {
        return;
      }
      if (sourceStart < lastSourceStart
          || sourceEnd < lastSourceEnd
          || sourceEnd <= sourceStart
          || sourceEnd > sourceLength) {
        throw new AssertionError(
            "source span ["
                + sourceStart
                + ","
                + sourceEnd
                + ") out of order after ["
                + lastSourceStart
                + ","
                + lastSourceEnd
                + ")");
      }
      if (!extendsLastRun(sourceStart, sourceEnd)) {
        startRun(length, sourceStart, sourceEnd);
      }
      codePoints.add(cp);
      length++;
      lastSourceStart = sourceStart;
      lastSourceEnd = sourceEnd;
    }

    /** The first code point as {@link #accept} takes it; the others go on its (one-to-one) run. */
    @Override
    public void acceptPlain(SourceText source, int runFrom, int runTo) {
      int start = Math.max(runFrom, from);
      if (start >= runTo) {
        return;
      }
      accept(source.codePointAt(start), start, start + 1);
      for (int i = start + 1; i < runTo; i++) {
        codePoints.add(source.codePointAt(i));
      }
      length += runTo - start - 1;
      lastSourceStart = runTo - 1;
      lastSourceEnd = runTo;
    }

    private boolean extendsLastRun(int sourceStart, int sourceEnd) {
      if (runs == 0) {
        return false;
      }
      int last = runs - 1;
      if (runSharedEnd[last] >= 0) {
        return sourceStart == runSourceStart[last] && sourceEnd == runSharedEnd[last];
      }
      int expected = runSourceStart[last] + (length - runStart[last]);
      return sourceEnd - sourceStart == 1 && sourceStart == expected;
    }

    private void startRun(int start, int sourceStart, int sourceEnd) {
      if (runs == runStart.length) {
        runStart = Arrays.copyOf(runStart, runs * 2);
        runSourceStart = Arrays.copyOf(runSourceStart, runs * 2);
        runSharedEnd = Arrays.copyOf(runSharedEnd, runs * 2);
      }
      runStart[runs] = start;
      runSourceStart[runs] = sourceStart;
      runSharedEnd[runs] = sourceEnd - sourceStart == 1 ? -1 : sourceEnd;
      runs++;
    }

    @Override
    public void finish() {}

    /**
     * Appends what {@code next} collected, as if its code points had come to this builder: a run of
     * one-to-one mappings that goes on in {@code next} stays one run.
     */
    void append(Builder next) {
      for (int r = 0; r < next.runs; r++) {
        int sourceStart = next.runSourceStart[r];
        int sourceEnd = next.runSharedEnd[r] >= 0 ? next.runSharedEnd[r] : sourceStart + 1;
        if (sourceStart < lastSourceStart || sourceEnd < lastSourceEnd) {
          throw new AssertionError("appended runs start before the last one ends");
        }
        if (r > 0 || !extendsLastRun(sourceStart, sourceEnd)) {
          startRun(length + next.runStart[r], sourceStart, sourceEnd);
        }
      }
      codePoints.addAll(next.codePoints.build());
      length += next.length;
      if (next.length > 0) {
        lastSourceStart = next.lastSourceStart;
        lastSourceEnd = next.lastSourceEnd;
      }
    }

    /** The normalized code points; call once, after the last {@link #accept}. */
    ImmutableIntArray codePoints() {
      // build() shares the builder's array (sized for the source); trimmed() copies it. Text that
      // fills three quarters of it (Chinese, where normalization removes little) keeps it as it is:
      // the copy would only add 4 bytes per code point of garbage.
      ImmutableIntArray built = codePoints.build();
      boolean mostlyFull =
          built.length() <= sourceLength && built.length() >= sourceLength - sourceLength / 4;
      return mostlyFull ? built : built.trimmed();
    }

    OffsetMap build() {
      return new OffsetMap(
          length,
          sourceLength,
          Arrays.copyOf(runStart, runs),
          Arrays.copyOf(runSourceStart, runs),
          Arrays.copyOf(runSharedEnd, runs));
    }
  }
}
