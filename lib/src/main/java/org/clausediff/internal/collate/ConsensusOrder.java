package org.clausediff.internal.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * Puts clusters of corresponding units into a reconstructed order: by the relative position (start
 * / length) of the unit of the version present in most of them (the pivot), or, for a cluster
 * without the pivot, by the median relative position of its units; ties by the order given.
 * Immutable.
 */
final class ConsensusOrder {
  private final List<Document> documents;

  ConsensusOrder(List<Document> documents) {
    this.documents = List.copyOf(documents);
  }

  /** Sorts {@code clusters} in place into the reconstructed order. */
  void sort(List<UnitCluster> clusters) {
    int n = documents.size();
    int[] present = new int[n];
    for (UnitCluster cluster : clusters) {
      for (int v = 0; v < n; v++) {
        present[v] += cluster.has(v) ? 1 : 0;
      }
    }
    int pivot = 0;
    for (int v = 1; v < n; v++) {
      if (present[v] > present[pivot]) {
        pivot = v;
      }
    }
    int p = pivot;
    clusters.sort(
        Comparator.comparingDouble(
            c -> c.has(p) ? relativePosition(p, c.unit(p).orElseThrow()) : medianPosition(c)));
  }

  private double relativePosition(int v, Unit unit) {
    return (double) unit.span().start() / Math.max(1, documents.get(v).source().length());
  }

  /**
   * The median of the units' starts relative to their documents' lengths (the mean of the two
   * middle ones for an even count): one version's displaced unit does not move the rest.
   */
  private double medianPosition(UnitCluster cluster) {
    List<Double> positions = new ArrayList<>();
    for (int v = 0; v < cluster.size(); v++) {
      if (cluster.has(v)) {
        positions.add(relativePosition(v, cluster.unit(v).orElseThrow()));
      }
    }
    positions.sort(null);
    int size = positions.size();
    return (positions.get((size - 1) / 2) + positions.get(size / 2)) / 2;
  }
}
