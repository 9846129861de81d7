package org.clausediff.compare;

/** What happened to the units of a {@link Link}. */
public enum Op {
  /** The keys are identical (after normalization, heading labels left out) and in order. */
  EQUAL,
  /** The keys are similar but not identical, and in order. */
  MODIFIED,
  /**
   * The link is out of order: it is not on the heaviest increasing subsequence of links. The keys
   * may be identical or modified; {@link Link#identical()} and the similarity tell which.
   */
  MOVED,
  /** One left unit corresponds to several consecutive right units. */
  SPLIT,
  /** Several consecutive left units correspond to one right unit. */
  MERGED;

  /** The mirror image of this op when the two documents swap sides. */
  public Op mirror() {
    return this == SPLIT ? MERGED : this == MERGED ? SPLIT : this;
  }
}
