package org.clausediff.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.clausediff.text.Span;

/**
 * One unit of a {@link Document}: a section, item, sub-item, paragraph, sentence or clause.
 *
 * <p>Invariants: the span is not empty and starts and ends on a character that is not white space;
 * children are ordered, do not overlap, lie within the span, and are of a deeper kind (sub-items
 * may contain sub-items). Only sections, items and sub-items have a heading. Clauses have no
 * children; sentences have clauses, or none in a document segmented without clauses ({@link
 * SegmentOptions#clauses()}); every other unit has at least one child. {@code index} is the unit's
 * position in {@link Document#units()} (pre-order).
 *
 * @param index the unit's pre-order position in its document
 * @param kind the level of the unit
 * @param span where the unit is, in source code points
 * @param heading the heading of a numbered unit
 * @param children the units inside, in document order
 */
public record Unit(
    int index, UnitKind kind, Span span, Optional<Heading> heading, List<Unit> children) {

  /** Validates the unit and copies its children. */
  public Unit {
    checkArgument(index >= 0, "index must be >= 0 but was %s", index);
    checkNotNull(kind, "kind");
    checkNotNull(span, "span");
    checkNotNull(heading, "heading");
    children = List.copyOf(children);
    checkArgument(!span.isEmpty(), "a %s must not be empty", kind.id());
    checkArgument(heading.isEmpty() || kind.isStructural(), "a %s has no heading", kind.id());
    checkArgument(
        kind == UnitKind.CLAUSE
            ? children.isEmpty()
            : kind == UnitKind.SENTENCE || !children.isEmpty(),
        "a %s with %s children",
        kind.id(),
        children.size());
    int previousEnd = span.start();
    for (int c = 0; c < children.size(); c++) {
      Unit child = children.get(c);
      checkArgument(
          child.span.start() >= previousEnd && child.span.end() <= span.end(),
          "child %s out of order or outside %s %s",
          child.span,
          kind.id(),
          span);
      checkArgument(
          child.kind.ordinal() > kind.ordinal()
              || (child.kind == UnitKind.SUBITEM && kind == child.kind),
          "a %s cannot contain a %s",
          kind.id(),
          child.kind.id());
      previousEnd = child.span.end();
    }
  }

  /** Whether this is a leaf: a clause, or a sentence not cut into clauses. */
  public boolean isLeaf() {
    return children.isEmpty();
  }

  /** The heading's label, or an empty string. */
  public String label() {
    return heading.map(Heading::label).orElse("");
  }

  /** The heading's title, or an empty string. */
  public String title() {
    return heading.map(Heading::title).orElse("");
  }
}
