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
    checkNotNull(normalized, "normalized");
    int[] text = normalized.codePoints().toArray();
    return new RepeatIndex(normalized, text, SuffixArray.build(text));
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
