package org.clausediff.text;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A half-open range {@code [start, end)} of Unicode code points in a {@link SourceText}.
 *
 * <p>Invariant: {@code 0 <= start <= end}. Whether the span lies inside a particular text is
 * checked by the stage that creates it ({@link SourceText#checkSpan}). Spans are values: equal when
 * their bounds are equal. They order by start, then by end.
 *
 * @param start the first code point in the span
 * @param end one past the last code point in the span
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** Validates the bounds. */
  public Span {
    checkArgument(start >= 0, "start must be >= 0 but was %s", start);
    checkArgument(end >= start, "end must be >= start (%s) but was %s", start, end);
  }

  /** Returns the span {@code [start, end)}. */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /** Returns the empty span at {@code offset}. */
  public static Span empty(int offset) {
    return new Span(offset, offset);
  }

  /** The number of code points in the span. */
  public int length() {
    return end - start;
  }

  /** Whether the span has no code points. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Whether {@code offset} lies in {@code [start, end)}. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Whether {@code other} lies entirely within this span. */
  public boolean encloses(Span other) {
    return other.start >= start && other.end <= end;
  }

  /** Whether the two spans share at least one code point. */
  public boolean overlaps(Span other) {
    return other.start < end && start < other.end;
  }

  /** The smallest span that encloses both spans. */
  public Span span(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** Returns this span moved by {@code delta} code points. */
  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
