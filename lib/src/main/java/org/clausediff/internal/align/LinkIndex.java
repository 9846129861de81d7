package org.clausediff.internal.align;

import java.util.OptionalInt;

/**
 * Which structural link, by its position in a {@link StructureSelection}, each structural unit of
 * one side belongs to. Mutable; one per side and selection.
 */
final class LinkIndex {
  /** {@code i + 1} for link {@code i}; 0 for a unit not linked. */
  private final int[] links;

  LinkIndex(int units) {
    links = new int[units];
  }

  OptionalInt get(int unit) {
    return links[unit] == 0 ? OptionalInt.empty() : OptionalInt.of(links[unit] - 1);
  }

  boolean free(int unit) {
    return links[unit] == 0;
  }

  void set(int unit, int link) {
    links[unit] = link + 1;
  }

  void clear(int unit) {
    links[unit] = 0;
  }
}
