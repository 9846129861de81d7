package org.clausediff.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The connected components of an undirected graph given as a dataset of edges {@code (src, dst)} of
 * {@code long} vertices: {@code (vertex, component)} for every vertex of an edge, {@code component}
 * being the smallest vertex of its component.
 *
 * <p>Two ways, with the same answer:
 *
 * <ul>
 *   <li>{@link Strategy#DRIVER}: the edges are collected and joined by union-find on the driver.
 *       Linear and fast, but the driver holds {@code 16 bytes × edges} plus {@code 12 bytes ×
 *       vertices}: up to a few ten million edges with a driver of a few GB.
 *   <li>{@link Strategy#SPARK}: min-label propagation with Spark SQL joins, each round taking the
 *       smallest label among a vertex's neighbours and then its label's label (pointer jumping),
 *       until no label changes. Each round is two shuffles of the edges and labels; the rounds grow
 *       with the logarithm of the components' diameters (a handful for LSH clusters), and no
 *       machine holds more than its partitions: it scales with the cluster.
 * </ul>
 *
 * <p>{@link #of} picks the driver when the edges number at most the given limit.
 */
final class ConnectedComponents {
  /** How components are computed. */
  enum Strategy {
    DRIVER,
    SPARK
  }

  static final StructType SCHEMA =
      new StructType()
          .add("vertex", DataTypes.LongType, false)
          .add("component", DataTypes.LongType, false);

  private ConnectedComponents() {}

  /** The components, on the driver when there are at most {@code driverLimit} edges. */
  static Dataset<Row> of(SparkSession spark, Dataset<Row> edges, long driverLimit) {
    checkArgument(driverLimit >= 0, "driverLimit must be >= 0 but was %s", driverLimit);
    Dataset<Row> persisted = edges.select(col("src"), col("dst")).persist();
    try {
      long count = persisted.count();
      Strategy strategy = count <= driverLimit ? Strategy.DRIVER : Strategy.SPARK;
      return of(spark, persisted, strategy);
    } finally {
      persisted.unpersist();
    }
  }

  /** The components, computed as {@code strategy} says. */
  static Dataset<Row> of(SparkSession spark, Dataset<Row> edges, Strategy strategy) {
    Dataset<Row> pairs = edges.select(col("src").cast("long"), col("dst").cast("long"));
    return strategy == Strategy.DRIVER ? onDriver(spark, pairs) : withJoins(pairs);
  }

  private static Dataset<Row> onDriver(SparkSession spark, Dataset<Row> edges) {
    List<Row> rows = edges.collectAsList();
    long[] src = new long[rows.size()];
    long[] dst = new long[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      src[i] = rows.get(i).getLong(0);
      dst[i] = rows.get(i).getLong(1);
    }
    long[] vertices = new long[2 * rows.size()];
    System.arraycopy(src, 0, vertices, 0, src.length);
    System.arraycopy(dst, 0, vertices, src.length, dst.length);
    Arrays.sort(vertices);
    int n = 0;
    for (int i = 0; i < vertices.length; i++) {
      if (i == 0 || vertices[i] != vertices[i - 1]) {
        vertices[n++] = vertices[i];
      }
    }
    // Parents by index into the sorted vertices: the root of a set is its smallest vertex.
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int e = 0; e < src.length; e++) {
      int a = find(parent, Arrays.binarySearch(vertices, 0, n, src[e]));
      int b = find(parent, Arrays.binarySearch(vertices, 0, n, dst[e]));
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    List<Row> components = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      components.add(RowFactory.create(vertices[i], vertices[find(parent, i)]));
    }
    // Sent back in slices of 100,000 rows: a local relation would travel whole inside one task.
    int slices = Math.max(1, n / 100_000);
    return spark.createDataFrame(
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(components, slices),
        SCHEMA);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static Dataset<Row> withJoins(Dataset<Row> edges) {
    Dataset<Row> both =
        edges.union(edges.select(col("dst").as("src"), col("src").as("dst"))).distinct().persist();
    // Every vertex starts with the smallest of itself and its neighbours.
    Dataset<Row> labels =
        both.groupBy(col("src").as("vertex"))
            .agg(least(col("src"), min(col("dst"))).as("label"))
            .localCheckpoint();
    while (true) {
      Dataset<Row> neighbours =
          both.join(labels, both.col("dst").equalTo(labels.col("vertex")))
              .groupBy(both.col("src").as("vertex"))
              .agg(min(col("label")).as("neighbour"));
      Dataset<Row> propagated =
          labels
              .join(neighbours, "vertex")
              .select(col("vertex"), least(col("label"), col("neighbour")).as("label"));
      Dataset<Row> jumped =
          propagated
              .as("a")
              .join(propagated.as("b"), col("a.label").equalTo(col("b.vertex")), "left_outer")
              .select(
                  col("a.vertex").as("vertex"),
                  least(col("a.label"), coalesce(col("b.label"), col("a.label"))).as("label"))
              .localCheckpoint();
      long changed =
          jumped
              .as("n")
              .join(labels.as("o"), "vertex")
              .where(col("n.label").notEqual(col("o.label")))
              .count();
      labels = jumped;
      if (changed == 0) {
        break;
      }
    }
    both.unpersist();
    return labels.select(col("vertex"), col("label").as("component"));
  }
}
