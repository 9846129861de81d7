package org.clausediff.dups;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.clausediff.text.Span;

/**
 * A passage that occurs more than once in a document: one group of the duplicate report.
 *
 * <p>Invariants: at least two occurrences, sorted by start; every occurrence is a non-empty span of
 * code points in the source text; the label is the reason's label; {@code similarity} lies in
 * {@code [0, 1]} and is 1 for an {@link RepeatKind#EXACT} passage. For a {@link RepeatKind#NEAR}
 * passage it is the lowest shingle similarity of a later occurrence to the first.
 *
 * @param kind whether the occurrences are equal after normalization or only similar
 * @param reason why the passage is duplication or boilerplate
 * @param similarity how alike the occurrences are, from 0 to 1
 * @param occurrences where the passage occurs, as source spans in document order
 */
public record DuplicatePassage(
    RepeatKind kind, LabelReason reason, double similarity, List<Span> occurrences) {

  /** Validates the passage and copies its occurrences. */
  public DuplicatePassage {
    checkNotNull(kind, "kind");
    checkNotNull(reason, "reason");
    occurrences = List.copyOf(occurrences);
    checkArgument(
        occurrences.size() >= 2, "a passage needs two occurrences but has %s", occurrences.size());
    checkArgument(
        similarity >= 0 && similarity <= 1, "similarity must be in [0, 1] but was %s", similarity);
    checkArgument(
        kind != RepeatKind.EXACT || similarity == 1,
        "an exact passage has similarity 1, not %s",
        similarity);
    for (int i = 0; i < occurrences.size(); i++) {
      checkArgument(!occurrences.get(i).isEmpty(), "occurrence %s is empty", i);
      checkArgument(
          i == 0 || occurrences.get(i - 1).compareTo(occurrences.get(i)) < 0,
          "occurrences must be sorted and distinct: %s",
          occurrences);
    }
  }

  /** The label: {@link DuplicateLabel#DUPLICATION} or {@link DuplicateLabel#BOILERPLATE}. */
  public DuplicateLabel label() {
    return reason.label();
  }

  /** Whether this passage is duplication (to be removed when cleaning) rather than boilerplate. */
  public boolean isDuplication() {
    return label() == DuplicateLabel.DUPLICATION;
  }

  /** The first occurrence: the one cleaning keeps. */
  public Span first() {
    return occurrences.get(0);
  }

  /** The occurrences after the first: the ones cleaning removes from a duplication. */
  public List<Span> later() {
    return occurrences.subList(1, occurrences.size());
  }
}
