package org.clausediff.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * For every code point offset of a {@link SourceText}, the {@link SourceLocation} it came from in
 * the source file: a run-length map, looked up by binary search.
 *
 * <p>The map is a list of {@link Run}s with strictly increasing starts, the first at offset 0.
 * Offset {@code i} belongs to the last run that starts at or before it. Within a run, a {@link
 * SourceLocation.Line} advances its column by one per code point (so one run covers a whole line of
 * a plain text); every other kind of location holds for the whole run. Offset {@link #length()}
 * (the end of the text) has a location too, as the end of a {@link Span} does. A plain text's map
 * is its line and column ({@link #lines(SourceText)}), the same as {@link SourceText#lineColumn}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class SourceMap {
  private final int length;
  private final int[] starts;
  private final SourceLocation[] locations;

  /**
   * A run of the map: from {@code start} to the start of the next run, the code points come from
   * {@code location} (a {@link SourceLocation.Line} advancing its column per code point).
   *
   * @param start the code point offset at which the run starts
   * @param location where the run's first code point came from
   */
  public record Run(int start, SourceLocation location) {
    /** Validates the run. */
    public Run {
      checkArgument(start >= 0, "start must be >= 0 but was %s", start);
      checkNotNull(location, "location");
    }
  }

  private SourceMap(int length, int[] starts, SourceLocation[] locations) {
    this.length = length;
    this.starts = starts;
    this.locations = locations;
  }

  /**
   * Returns the map of a text of {@code length} code points made of {@code runs}.
   *
   * @throws IllegalArgumentException unless the first run starts at 0, the starts increase strictly
   *     and no start is beyond {@code length} (a run at {@code length} gives only the location of
   *     the end)
   */
  public static SourceMap of(int length, List<Run> runs) {
    checkArgument(length >= 0, "length must be >= 0 but was %s", length);
    checkArgument(!runs.isEmpty(), "a source map needs at least one run");
    int[] starts = new int[runs.size()];
    SourceLocation[] locations = new SourceLocation[runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      if (i == 0) {
        checkArgument(run.start() == 0, "the first run must start at 0 but starts at %s", run);
      } else {
        checkArgument(
            run.start() > starts[i - 1],
            "run starts must increase: %s after %s",
            run,
            runs.get(i - 1));
        checkArgument(
            run.start() <= length, "run %s must start inside the text of length %s", run, length);
      }
      starts[i] = run.start();
      locations[i] = run.location();
    }
    return new SourceMap(length, starts, locations);
  }

  /** The map of a plain text: each offset's line and column, as {@link SourceText#lineColumn}. */
  public static SourceMap lines(SourceText text) {
    Builder builder = builder();
    for (int line = 1; line <= text.lineCount(); line++) {
      builder.add(text.lineStart(line), new SourceLocation.Line(line, 1));
    }
    return builder.build(text.length());
  }

  /**
   * A builder that appends runs in order and merges a run into the one before when it continues it.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of code points of the text this map is for. */
  public int length() {
    return length;
  }

  /**
   * Where the code point at {@code offset} came from; at {@code offset == length()}, where the text
   * ends.
   *
   * @throws IllegalArgumentException if {@code offset} is outside {@code [0, length()]}
   */
  public SourceLocation location(int offset) {
    checkArgument(offset >= 0 && offset <= length, "offset %s outside [0, %s]", offset, length);
    int index = Arrays.binarySearch(starts, offset);
    int run = index >= 0 ? index : -index - 2;
    SourceLocation location = locations[run];
    if (location instanceof SourceLocation.Line && offset > starts[run]) {
      SourceLocation.Line line = (SourceLocation.Line) location;
      return new SourceLocation.Line(line.line(), line.column() + offset - starts[run]);
    }
    return location;
  }

  /** The runs of the map, in order of their starts; the list is unmodifiable. */
  public List<Run> runs() {
    List<Run> runs = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      runs.add(new Run(starts[i], locations[i]));
    }
    return Collections.unmodifiableList(runs);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceMap
        && length == ((SourceMap) o).length
        && Arrays.equals(starts, ((SourceMap) o).starts)
        && Arrays.equals(locations, ((SourceMap) o).locations);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * length + Arrays.hashCode(starts)) + Arrays.hashCode(locations);
  }

  @Override
  public String toString() {
    return "SourceMap[" + length + " code points, " + starts.length + " runs]";
  }

  /**
   * Collects runs in order. A run whose location equals the one before (or, for a {@link
   * SourceLocation.Line}, continues it column by column) is merged into it; a run at the same start
   * as the one before replaces it. Not thread-safe.
   */
  public static final class Builder {
    private final List<Run> runs = new ArrayList<>();

    private Builder() {}

    /**
     * Says that from {@code start} on, the code points come from {@code location}.
     *
     * @throws IllegalArgumentException if {@code start} is before the previous run's start
     */
    public Builder add(int start, SourceLocation location) {
      Run run = new Run(start, location);
      if (!runs.isEmpty()) {
        Run last = runs.get(runs.size() - 1);
        checkArgument(start >= last.start(), "run %s starts before %s", run, last);
        if (start == last.start()) {
          runs.remove(runs.size() - 1);
        } else if (continues(last, run)) {
          return this;
        }
      }
      if (!runs.isEmpty() && continues(runs.get(runs.size() - 1), run)) {
        return this;
      }
      runs.add(run);
      return this;
    }

    /** Builds the map of a text of {@code length} code points; see {@link SourceMap#of}. */
    public SourceMap build(int length) {
      return SourceMap.of(length, runs);
    }

    private static boolean continues(Run last, Run next) {
      if (last.location() instanceof SourceLocation.Line
          && next.location() instanceof SourceLocation.Line) {
        SourceLocation.Line a = (SourceLocation.Line) last.location();
        SourceLocation.Line b = (SourceLocation.Line) next.location();
        return a.line() == b.line() && b.column() - a.column() == next.start() - last.start();
      }
      return last.location().equals(next.location());
    }
  }
}
