package org.clausediff.compare;

import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.segment.UnitKind;

/**
 * One entry of a {@link Comparison}: a link between units of the two documents and the character
 * diff inside it. Links between structural units (sections, items) carry no inline diff — the links
 * of their sentences do — and so do links of identical keys.
 *
 * @param link which units correspond, how similar they are, and whether they moved
 * @param diff the edits inside the link; {@link InlineDiff#none()} for structural and equal links
 */
public record Correspondence(Link link, InlineDiff diff) {

  /** Validates the entry. */
  public Correspondence {
    checkNotNull(link, "link");
    checkNotNull(diff, "diff");
  }

  /** What happened. */
  public Op op() {
    return link.op();
  }

  /** The kind of the left units. */
  public UnitKind level() {
    return link.level();
  }

  /** How similar the two sides are. */
  public Similarity similarity() {
    return link.similarity();
  }
}
