package org.clausediff.internal.collate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.clausediff.segment.Unit;

/**
 * Corresponding units of several versions, at most one per version.
 *
 * @param units each version's unit, empty for the versions that have none; at least one present
 */
record UnitCluster(List<Optional<Unit>> units) {

  /** Validates the cluster and copies its units. */
  UnitCluster {
    units = List.copyOf(units);
    checkArgument(units.stream().anyMatch(Optional::isPresent), "a cluster has a unit");
  }

  /** The number of versions. */
  int size() {
    return units.size();
  }

  /** Version {@code v}'s unit, if it has one. */
  Optional<Unit> unit(int v) {
    return units.get(v);
  }

  /** Whether version {@code v} has a unit here. */
  boolean has(int v) {
    return units.get(v).isPresent();
  }

  /** The number of versions that have a unit here. */
  int shared() {
    return (int) units.stream().filter(Optional::isPresent).count();
  }
}
