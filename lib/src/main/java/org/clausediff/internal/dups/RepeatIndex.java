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
    return sorting.lcp(0, sorting.length()).index();
  }

  /**
   * Sorts the suffixes of {@code normalized}: the index without the LCP array yet, which {@link
   * Sorting#lcp} computes in ranges that may run side by side on different threads. Gives the index
   * that {@link #of} gives.
   */
  public static Sorting sort(NormalizedText normalized) {
    checkNotNull(normalized, "normalized");
    int[] text = normalized.codePoints().toArray();
    return new Sorting(normalized, text, SuffixArray.sort(text));
  }

  /**
   * An index whose LCP array is being computed, range by range. Each range is computed once, on any
   * thread; {@link #index()} is called once every range is done, on a thread that has seen them
   * finish (after joining the threads that computed them).
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

    /** The index, once the LCP values of every range are computed. */
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
