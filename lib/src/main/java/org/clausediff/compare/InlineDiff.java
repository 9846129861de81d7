package org.clausediff.compare;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The character diff inside one link: its {@link Edit}s in order, covering both sides' keys.
 *
 * @param edits every edit, equal stretches included, in order on both sides
 * @param truncated whether the differing middle was longer than the differ's bound and is reported
 *     as one replacement instead of character by character
 */
public record InlineDiff(List<Edit> edits, boolean truncated) {

  /** Copies the edits. */
  public InlineDiff {
    edits = List.copyOf(edits);
  }

  /** A diff of nothing: no edits. */
  public static InlineDiff none() {
    return new InlineDiff(List.of(), false);
  }

  /** The edits that change something: insertions, deletions and replacements. */
  public List<Edit> changes() {
    return edits.stream().filter(Edit::isChange).collect(ImmutableList.toImmutableList());
  }
}
