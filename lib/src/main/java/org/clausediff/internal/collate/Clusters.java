package org.clausediff.internal.collate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausediff.compare.Link;
import org.clausediff.segment.Document;
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
        documents[node] = new BitSet();
        documents[node].set(v);
      }
    }
  }

  /** Clusters over the units (all kinds) of {@code documents}. */
  static Clusters over(List<Document> documents) {
    return new Clusters(documents.stream().mapToInt(d -> d.units().size()).toArray());
  }

  void add(Edge edge) {
    edges.add(edge);
  }

  /**
   * Adds an edge from each left unit of {@code link}, a unit of document {@code a}, to each of its
   * right units, units of document {@code b}, weighted by the link's similarity.
   */
  void add(int a, int b, Link link) {
    for (Unit left : link.leftUnits()) {
      for (Unit right : link.rightUnits()) {
        add(new Edge(a, left, b, right, link.similarity().value()));
      }
    }
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
      BitSet dx = documents[x];
      BitSet dy = documents[y];
      if (dx.intersects(dy)) {
        continue;
      }
      parent[y] = x;
      dx.or(dy);
    }
    edges.clear();
  }

  /**
   * The clusters of {@code units} (per document, in document order): each cluster one entry per
   * document, in the order of the first unit of the lowest document in it. Units of a cluster that
   * are not among {@code units} are left out.
   */
  List<UnitCluster> clusters(List<List<Unit>> units) {
    int documentCount = offsets.length - 1;
    List<List<Optional<Unit>>> members = new ArrayList<>();
    Map<Integer, Integer> clusterOfRoot = new HashMap<>();
    for (int v = 0; v < documentCount; v++) {
      for (Unit unit : units.get(v)) {
        int root = find(node(v, unit));
        Integer c = clusterOfRoot.get(root);
        if (c == null) {
          c = members.size();
          clusterOfRoot.put(root, c);
          members.add(new ArrayList<>(Collections.nCopies(documentCount, Optional.empty())));
        }
        members.get(c).set(v, Optional.of(unit));
      }
    }
    return members.stream().map(UnitCluster::new).toList();
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
