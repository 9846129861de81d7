package org.clausediff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both ways of computing connected components give the components of a breadth-first search (the
 * oracle) on random graphs: long chains (many rounds of propagation), stars, isolated edges,
 * self-loops, duplicate edges and vertices spread over the whole {@code long} range.
 */
class ConnectedComponentsProperties {
  private static final StructType EDGE =
      new StructType().add("src", DataTypes.LongType).add("dst", DataTypes.LongType);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void bothStrategiesFindTheComponentsOfABreadthFirstSearch(long seed) {
    Random random = new Random(seed);
    List<long[]> edges = new ArrayList<>();
    long[] vertices = new long[60];
    for (int i = 0; i < vertices.length; i++) {
      vertices[i] = random.nextLong();
    }
    // A chain of 20 (diameter 19), a star of 10, then random edges among the rest.
    for (int i = 0; i < 19; i++) {
      edges.add(new long[] {vertices[i], vertices[i + 1]});
    }
    for (int i = 21; i < 30; i++) {
      edges.add(new long[] {vertices[20], vertices[i]});
    }
    for (int i = 0; i < 25; i++) {
      int a = 30 + random.nextInt(30);
      int b = 30 + random.nextInt(30);
      edges.add(new long[] {vertices[a], vertices[b]});
    }
    edges.add(new long[] {vertices[3], vertices[2]});
    edges.add(new long[] {vertices[5], vertices[5]});

    Map<Long, Long> expected = oracle(edges);
    List<Row> rows = new ArrayList<>();
    for (long[] edge : edges) {
      rows.add(RowFactory.create(edge[0], edge[1]));
    }
    Dataset<Row> dataset = LocalSpark.session().createDataFrame(rows, EDGE);
    for (ConnectedComponents.Strategy strategy : ConnectedComponents.Strategy.values()) {
      Map<Long, Long> actual = new TreeMap<>();
      for (Row row :
          ConnectedComponents.of(LocalSpark.session(), dataset, strategy).collectAsList()) {
        actual.put(row.getLong(0), row.getLong(1));
      }
      assertThat(actual).as("%s, seed %s", strategy, seed).isEqualTo(expected);
    }
  }

  /** Vertex → smallest vertex of its component, by breadth-first search. */
  private static Map<Long, Long> oracle(List<long[]> edges) {
    Map<Long, List<Long>> adjacent = new TreeMap<>();
    for (long[] edge : edges) {
      adjacent.computeIfAbsent(edge[0], k -> new ArrayList<>()).add(edge[1]);
      adjacent.computeIfAbsent(edge[1], k -> new ArrayList<>()).add(edge[0]);
    }
    Map<Long, Long> component = new TreeMap<>();
    for (long start : adjacent.keySet()) {
      if (component.containsKey(start)) {
        continue;
      }
      // Keys are visited in ascending order, so start is the smallest vertex of its component.
      List<Long> queue = new ArrayList<>(List.of(start));
      component.put(start, start);
      for (int i = 0; i < queue.size(); i++) {
        for (long next : adjacent.get(queue.get(i))) {
          if (!component.containsKey(next)) {
            component.put(next, start);
            queue.add(next);
          }
        }
      }
    }
    return component;
  }
}
