package org.clausediff.internal.dups;

import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.LabelReason;
import org.clausediff.dups.RepeatKind;
import org.clausediff.text.Span;

/**
 * A repeat found by one of the finders, in normalized offsets: the occurrences {@code [starts[i],
 * ends[i])}, sorted and distinct. Internal to this package; {@link DuplicateDetector} maps it to a
 * {@link DuplicatePassage} with source spans.
 */
record Repeat(RepeatKind kind, LabelReason reason, double similarity, int[] starts, int[] ends) {

  int size() {
    return starts.length;
  }

  Span occurrence(int i) {
    return Span.of(starts[i], ends[i]);
  }
}
