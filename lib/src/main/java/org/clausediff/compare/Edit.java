package org.clausediff.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.text.Span;

/**
 * One step of an {@link InlineDiff}: a stretch of the left text and the stretch of the right text
 * it became. Spans are code points of the source texts; the span of the side an insertion or
 * deletion does not touch is empty and marks where the change happens.
 *
 * <p>The edits of a diff are in order on both sides, do not overlap, and each lies within one unit
 * on each side.
 */
public sealed interface Edit permits Edit.Equal, Edit.Insert, Edit.Delete, Edit.Replace {

  /** The left (old) stretch; empty for an insertion. */
  Span left();

  /** The right (new) stretch; empty for a deletion. */
  Span right();

  /** Whether this edit changes something (it is not an {@link Equal}). */
  default boolean isChange() {
    return !(this instanceof Equal);
  }

  /**
   * Text that is the same on both sides (after normalization).
   *
   * @param left the left stretch
   * @param right the right stretch
   */
  record Equal(Span left, Span right) implements Edit {
    /** Validates the spans. */
    public Equal {
      checkNotNull(left, "left");
      checkNotNull(right, "right");
      checkArgument(!left.isEmpty() && !right.isEmpty(), "an equal stretch is not empty");
    }
  }

  /**
   * Text added on the right.
   *
   * @param left the empty span where the text goes in the left text
   * @param right the added text
   */
  record Insert(Span left, Span right) implements Edit {
    /** Validates the spans. */
    public Insert {
      checkNotNull(left, "left");
      checkNotNull(right, "right");
      checkArgument(left.isEmpty() && !right.isEmpty(), "an insertion has only a right side");
    }
  }

  /**
   * Text removed from the left.
   *
   * @param left the removed text
   * @param right the empty span where the text was, in the right text
   */
  record Delete(Span left, Span right) implements Edit {
    /** Validates the spans. */
    public Delete {
      checkNotNull(left, "left");
      checkNotNull(right, "right");
      checkArgument(!left.isEmpty() && right.isEmpty(), "a deletion has only a left side");
    }
  }

  /**
   * Text replaced by other text.
   *
   * @param left the old text
   * @param right the new text
   */
  record Replace(Span left, Span right) implements Edit {
    /** Validates the spans. */
    public Replace {
      checkNotNull(left, "left");
      checkNotNull(right, "right");
      checkArgument(!left.isEmpty() && !right.isEmpty(), "a replacement has both sides");
    }
  }
}
