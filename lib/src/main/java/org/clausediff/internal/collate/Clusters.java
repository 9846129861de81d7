package org.clausediff.internal.collate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clausediff.segment.Unit;

/**
 * Groups units of several documents into clusters of corresponding units, at most one per document,
 * from pairwise links: the links are taken best first, and two clusters join when they have no
 * document in common (so a chain of links never puts two units of one document together). Not
 * thread-safe; used inside one collation.
 */
final class Clusters {
  /** A pairwise link between unit {@code a} of document {@code va} and {@code b} of {@code vb}. */
  record Edge(int va, Unit a, int vb, Unit b, double weight) {}

  private final int[] offsets;
  private final int[] parent;
  private final BitSet[] documents;
  private final List<Edge> edges = new ArrayList<>();

  /** Clusters over documents with {@code unitCounts[v]} units each (all kinds). */
  Clusters(int[] unitCounts) {
    offsets = new int[unitCounts.length + 1];
    for (int v = 0; v < unitCounts.length; v++) {
      offsets[v + 1] = offsets[v] + unitCounts[v];
    }
    parent = new int[offsets[unitCounts.length]];
    documents = new BitSet[parent.length];
    for (int v = 0; v < unitCounts.length; v++) {
      for (int node = offsets[v]; node < offsets[v + 1]; node++) {
        parent[node] = node;
      }
    }
  }

  void add(Edge edge) {
    edges.add(edge);
  }

  /**
   * Joins the clusters along the edges added: first the edges between units of the same kind, then
   * the others (an item that became a section), each best first, ties in a fixed order.
   */
  void join() {
    edges.sort(
        Comparator.comparing((Edge e) -> e.a().kind() != e.b().kind())
            .thenComparingDouble((Edge e) -> -e.weight())
            .thenComparingInt(Edge::va)
            .thenComparingInt(e -> e.a().index())
            .thenComparingInt(Edge::vb)
            .thenComparingInt(e -> e.b().index()));
    for (Edge edge : edges) {
      int x = find(node(edge.va(), edge.a()));
      int y = find(node(edge.vb(), edge.b()));
      if (x == y) {
        continue;
      }
      BitSet dx = documentsOf(x);
      BitSet dy = documentsOf(y);
      if (dx.intersects(dy)) {
        continue;
      }
      parent[y] = x;
      dx.or(dy);
      documents[y] = null;
    }
    edges.clear();
  }

  /**
   * The clusters of {@code units} (per document, in document order): each cluster one entry per
   * document, in the order of the first unit of the lowest document in it. Units of a cluster that
   * are not among {@code units} are left out.
   */
  List<List<Optional<Unit>>> clusters(List<List<Unit>> units) {
    int documentCount = offsets.length - 1;
    List<List<Optional<Unit>>> result = new ArrayList<>();
    int[] slot = new int[parent.length];
    java.util.Arrays.fill(slot, -1);
    for (int v = 0; v < documentCount; v++) {
      for (Unit unit : units.get(v)) {
        int root = find(node(v, unit));
        if (slot[root] < 0) {
          slot[root] = result.size();
          List<Optional<Unit>> cluster = new ArrayList<>();
          for (int w = 0; w < documentCount; w++) {
            cluster.add(Optional.empty());
          }
          result.add(cluster);
        }
        result.get(slot[root]).set(v, Optional.of(unit));
      }
    }
    return result;
  }

  private BitSet documentsOf(int root) {
    if (documents[root] == null) {
      BitSet set = new BitSet();
      set.set(documentOf(root));
      documents[root] = set;
    }
    return documents[root];
  }

  private int documentOf(int node) {
    int v = 0;
    while (offsets[v + 1] <= node) {
      v++;
    }
    return v;
  }

  private int node(int v, Unit unit) {
    return offsets[v] + unit.index();
  }

  private int find(int node) {
    while (parent[node] != node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  }
}
