package org.clausediff.internal.dups;

import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.internal.normalize.NormalizedText;

/**
 * A comparison text with its suffix array: what exact-repeat search needs, built once per text.
 *
 * <p>Building it is the costliest step of duplicate detection (linear, but memory-bound), and it
 * needs only the normalized text, not the segmentation; so a caller may build it while the same
 * text is segmented elsewhere, then pass both to {@link DuplicateDetector#detect(
 * org.clausediff.segment.Document, RepeatIndex)}. Instances are immutable and thread-safe.
 */
public final class RepeatIndex {
  private final NormalizedText normalized;
  private final int[] text;
  private final SuffixArray suffixArray;

  private RepeatIndex(NormalizedText normalized, int[] text, SuffixArray suffixArray) {
    this.normalized = normalized;
    this.text = text;
    this.suffixArray = suffixArray;
  }

  /** Builds the index of {@code normalized}. */
  public static RepeatIndex of(NormalizedText normalized) {
    Sorting sorting = sort(normalized);
    return sorting.lcp(0, sorting.length()).rankOrder(0, sorting.length()).index();
  }

  /**
   * Sorts the suffixes of {@code normalized}: the index without the LCP array yet, which {@link
   * Sorting#lcp} and then {@link Sorting#rankOrder} compute in ranges that may run side by side on
   * different threads. Gives the index that {@link #of} gives.
   */
  public static Sorting sort(NormalizedText normalized) {
    checkNotNull(normalized, "normalized");
    int[] text = normalized.codePoints().toArray();
    return new Sorting(normalized, text, SuffixArray.sort(text));
  }

  /**
   * An index whose LCP array is being computed, range by range, in two passes: {@link #lcp} over
   * ranges of the text, then {@link #rankOrder} over ranges of ranks. Each range is computed once,
   * on any thread; a pass starts, and {@link #index()} is called, on a thread that has seen every
   * range of the pass before finish (after joining the threads that computed them).
   */
  public static final class Sorting {
    private final NormalizedText normalized;
    private final int[] text;
    private final SuffixArray.Sorted sorted;

    private Sorting(NormalizedText normalized, int[] text, SuffixArray.Sorted sorted) {
      this.normalized = normalized;
      this.text = text;
      this.sorted = sorted;
    }

    /** The number of code points of the comparison text. */
    public int length() {
      return sorted.length();
    }

    /**
     * Computes the LCP values of the suffixes that start in {@code [from, to)} of the comparison
     * text; returns this.
     */
    public Sorting lcp(int from, int to) {
      sorted.lcp(from, to);
      return this;
    }

    /**
     * Puts the LCP values of the ranks {@code [from, to)} in rank order, once every range of the
     * text is computed; returns this.
     */
    public Sorting rankOrder(int from, int to) {
      sorted.rankOrder(from, to);
      return this;
    }

    /** The index, once every range of ranks is in order. */
    public RepeatIndex index() {
      return new RepeatIndex(normalized, text, sorted.build());
    }
  }

  /** The comparison text this indexes. */
  public NormalizedText normalized() {
    return normalized;
  }

  /** The suffix array of the comparison text's code points. */
  public SuffixArray suffixArray() {
    return suffixArray;
  }

  /** The comparison text's code points; not copied, never to be changed. */
  int[] text() {
    return text;
  }
}
