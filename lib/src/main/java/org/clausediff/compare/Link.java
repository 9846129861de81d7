package org.clausediff.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;

/**
 * A correspondence between units of the left and the right document: 1:1 ({@link Matched}, {@link
 * Moved}), 1:n ({@link Split}) or n:1 ({@link Merged}). Every link carries its similarity with the
 * measure named, and whether it is out of order.
 *
 * <p>Units on a side are in document order; the several units of a split or merge are consecutive
 * at their level. Links are immutable and thread-safe.
 */
public sealed interface Link permits Link.Matched, Link.Moved, Link.Split, Link.Merged {

  /** What happened. */
  Op op();

  /** The left (old) units, in document order; never empty. */
  List<Unit> leftUnits();

  /** The right (new) units, in document order; never empty. */
  List<Unit> rightUnits();

  /** How similar the two sides are. */
  Similarity similarity();

  /** Whether the keys of both sides are identical. */
  boolean identical();

  /** Whether the link is out of order (not on the heaviest increasing subsequence of links). */
  boolean moved();

  /** The first left unit: {@code leftUnits().get(0)}, without building a list. */
  default Unit firstLeft() {
    return leftUnits().get(0);
  }

  /** The first right unit: {@code rightUnits().get(0)}, without building a list. */
  default Unit firstRight() {
    return rightUnits().get(0);
  }

  /**
   * The level of the link: the kind of its left units. Structural links may join units of different
   * kinds (an item to a section); {@link #rightLevel()} is the kind on the right.
   */
  default UnitKind level() {
    return firstLeft().kind();
  }

  /** The kind of the right units. */
  default UnitKind rightLevel() {
    return firstRight().kind();
  }

  /**
   * Units in order with their keys similar, or identical when {@code identical}: {@link Op#EQUAL}
   * or {@link Op#MODIFIED}.
   *
   * @param left the left unit
   * @param right the right unit
   * @param similarity how similar they are
   * @param identical whether their keys are identical
   */
  record Matched(Unit left, Unit right, Similarity similarity, boolean identical) implements Link {
    /** Validates the link. */
    public Matched {
      checkNotNull(left, "left");
      checkNotNull(right, "right");
      checkNotNull(similarity, "similarity");
    }

    @Override
    public Op op() {
      return identical ? Op.EQUAL : Op.MODIFIED;
    }

    @Override
    public List<Unit> leftUnits() {
      return List.of(left);
    }

    @Override
    public Unit firstLeft() {
      return left;
    }

    @Override
    public List<Unit> rightUnits() {
      return List.of(right);
    }

    @Override
    public Unit firstRight() {
      return right;
    }

    @Override
    public boolean moved() {
      return false;
    }
  }

  /**
   * Units out of order, identical or modified: {@link Op#MOVED}.
   *
   * @param left the left unit
   * @param right the right unit
   * @param similarity how similar they are
   * @param identical whether their keys are identical (moved verbatim) or not (moved and modified)
   */
  record Moved(Unit left, Unit right, Similarity similarity, boolean identical) implements Link {
    /** Validates the link. */
    public Moved {
      checkNotNull(left, "left");
      checkNotNull(right, "right");
      checkNotNull(similarity, "similarity");
    }

    @Override
    public Op op() {
      return Op.MOVED;
    }

    @Override
    public List<Unit> leftUnits() {
      return List.of(left);
    }

    @Override
    public Unit firstLeft() {
      return left;
    }

    @Override
    public List<Unit> rightUnits() {
      return List.of(right);
    }

    @Override
    public Unit firstRight() {
      return right;
    }

    @Override
    public boolean moved() {
      return true;
    }
  }

  /**
   * One left unit that became several consecutive right units: {@link Op#SPLIT}.
   *
   * @param left the left unit
   * @param right the right units, at least two, in document order
   * @param similarity how similar the left unit is to the right units joined
   * @param identical whether the joined keys equal the left key
   * @param moved whether the link is out of order
   */
  record Split(Unit left, List<Unit> right, Similarity similarity, boolean identical, boolean moved)
      implements Link {
    /** Validates the link and copies the units. */
    public Split {
      checkNotNull(left, "left");
      right = List.copyOf(right);
      checkArgument(right.size() >= 2, "a split has at least two right units");
      checkNotNull(similarity, "similarity");
    }

    @Override
    public Op op() {
      return Op.SPLIT;
    }

    @Override
    public List<Unit> leftUnits() {
      return List.of(left);
    }

    @Override
    public Unit firstLeft() {
      return left;
    }

    @Override
    public List<Unit> rightUnits() {
      return right;
    }
  }

  /**
   * Several consecutive left units that became one right unit: {@link Op#MERGED}.
   *
   * @param left the left units, at least two, in document order
   * @param right the right unit
   * @param similarity how similar the left units joined are to the right unit
   * @param identical whether the joined keys equal the right key
   * @param moved whether the link is out of order
   */
  record Merged(
      List<Unit> left, Unit right, Similarity similarity, boolean identical, boolean moved)
      implements Link {
    /** Validates the link and copies the units. */
    public Merged {
      left = List.copyOf(left);
      checkArgument(left.size() >= 2, "a merge has at least two left units");
      checkNotNull(right, "right");
      checkNotNull(similarity, "similarity");
    }

    @Override
    public Op op() {
      return Op.MERGED;
    }

    @Override
    public List<Unit> leftUnits() {
      return left;
    }

    @Override
    public List<Unit> rightUnits() {
      return List.of(right);
    }

    @Override
    public Unit firstRight() {
      return right;
    }
  }
}
