package org.clausediff.internal.align;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.clausediff.compare.Link;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Unit;

/**
 * The result of {@link ClauseAligner}: the links between two documents at the aligned level and
 * between their structural units, and the units left without a link.
 *
 * <p>Every unit of the aligned level is in exactly one level link or in {@link #deleted()} (left)
 * or {@link #added()} (right). Each structural unit is in at most one structural link; {@link
 * #deletedStructure()} and {@link #addedStructure()} list the structural units without a link none
 * of whose units of the aligned level is linked either (a section or item dropped or added as a
 * whole). Lists are ordered by the start of their first left unit, then of their first right unit
 * (deleted and added units by their start). Immutable and thread-safe.
 */
public final class Alignment {
  private final UnitKeys.Pair keys;
  private final ImmutableList<Link> links;
  private final ImmutableList<Link> structuralLinks;
  private final ImmutableList<Unit> deleted;
  private final ImmutableList<Unit> added;
  private final ImmutableList<Unit> deletedStructure;
  private final ImmutableList<Unit> addedStructure;

  Alignment(
      UnitKeys.Pair keys,
      ImmutableList<Link> links,
      ImmutableList<Link> structuralLinks,
      ImmutableList<Unit> deleted,
      ImmutableList<Unit> added,
      ImmutableList<Unit> deletedStructure,
      ImmutableList<Unit> addedStructure) {
    this.keys = checkNotNull(keys, "keys");
    this.links = links;
    this.structuralLinks = structuralLinks;
    this.deleted = deleted;
    this.added = added;
    this.deletedStructure = deletedStructure;
    this.addedStructure = addedStructure;
  }

  /** The comparison keys the alignment was computed on. */
  public UnitKeys.Pair keys() {
    return keys;
  }

  /** The links between units of the aligned level (sentences by default). */
  public ImmutableList<Link> links() {
    return links;
  }

  /** The links between structural units (sections, items, sub-items); empty if not aligned. */
  public ImmutableList<Link> structuralLinks() {
    return structuralLinks;
  }

  /** The left units of the aligned level without a link. */
  public ImmutableList<Unit> deleted() {
    return deleted;
  }

  /** The right units of the aligned level without a link. */
  public ImmutableList<Unit> added() {
    return added;
  }

  /** The left structural units that are deleted as a whole. */
  public ImmutableList<Unit> deletedStructure() {
    return deletedStructure;
  }

  /** The right structural units that are added as a whole. */
  public ImmutableList<Unit> addedStructure() {
    return addedStructure;
  }
}
