package org.clausediff.internal.normalize;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import org.clausediff.text.SourceText;

/**
 * Collects the normalized code points and their runs into an {@link OffsetMap}: the last sink of
 * the normalization chain. Used once; not thread-safe.
 */
final class OffsetMapBuilder implements CodePointSink {
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

  /**
   * A builder that keeps only the code points whose source starts at {@code from} or later, with
   * room for {@code capacity} of them (it grows when needed).
   */
  OffsetMapBuilder(int sourceLength, int from, int capacity) {
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
  void append(OffsetMapBuilder next) {
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
