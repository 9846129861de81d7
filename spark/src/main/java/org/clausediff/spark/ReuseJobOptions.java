package org.clausediff.spark;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What {@link ReuseJob} reports: the options of {@code corpus reuse}, with the same meaning and
 * defaults, and where the job computes connected components.
 *
 * @param minDocs the fewest documents a passage must occur in, at least 2
 * @param minLength the shortest unit taken into account, in key tokens, at least 4
 * @param near the lowest estimated Jaccard similarity of two near units, in {@code (0, 1]}
 * @param boilerplateGroups the fewest groups of related documents a BOILERPLATE passage occurs in
 * @param maxPairs the number of document pairs reported
 * @param driverEdges connected components are computed on the driver (union-find over the collected
 *     edges) up to this many edges, with Spark SQL joins above it; at least 0
 */
public record ReuseJobOptions(
    int minDocs,
    int minLength,
    double near,
    int boilerplateGroups,
    int maxPairs,
    long driverEdges) {

  /** The default limit of {@link #driverEdges()}: about 300 MB of driver memory. */
  public static final long DEFAULT_DRIVER_EDGES = 10_000_000L;

  /** Validates the options. */
  public ReuseJobOptions {
    checkArgument(minDocs >= 2, "minDocs must be at least 2 but was %s", minDocs);
    checkArgument(minLength >= 4, "minLength must be at least 4 but was %s", minLength);
    checkArgument(near > 0 && near <= 1, "near must be in (0, 1] but was %s", near);
    checkArgument(
        boilerplateGroups >= 2,
        "boilerplateGroups must be at least 2 but was %s",
        boilerplateGroups);
    checkArgument(maxPairs >= 0, "maxPairs must be >= 0 but was %s", maxPairs);
    checkArgument(driverEdges >= 0, "driverEdges must be >= 0 but was %s", driverEdges);
  }

  /** As {@code corpus reuse}: 2 documents, 20 tokens, near at 0.7, 3 groups, 20 pairs. */
  public static ReuseJobOptions defaults() {
    return new ReuseJobOptions(2, 20, 0.7, 3, 20, DEFAULT_DRIVER_EDGES);
  }

  /** Returns a copy with {@code minDocs}. */
  public ReuseJobOptions withMinDocs(int minDocs) {
    return new ReuseJobOptions(minDocs, minLength, near, boilerplateGroups, maxPairs, driverEdges);
  }

  /** Returns a copy with {@code minLength}. */
  public ReuseJobOptions withMinLength(int minLength) {
    return new ReuseJobOptions(minDocs, minLength, near, boilerplateGroups, maxPairs, driverEdges);
  }

  /** Returns a copy with {@code near}. */
  public ReuseJobOptions withNear(double near) {
    return new ReuseJobOptions(minDocs, minLength, near, boilerplateGroups, maxPairs, driverEdges);
  }

  /** Returns a copy with {@code boilerplateGroups}. */
  public ReuseJobOptions withBoilerplateGroups(int boilerplateGroups) {
    return new ReuseJobOptions(minDocs, minLength, near, boilerplateGroups, maxPairs, driverEdges);
  }

  /** Returns a copy with {@code maxPairs}. */
  public ReuseJobOptions withMaxPairs(int maxPairs) {
    return new ReuseJobOptions(minDocs, minLength, near, boilerplateGroups, maxPairs, driverEdges);
  }

  /** Returns a copy with {@code driverEdges}. */
  public ReuseJobOptions withDriverEdges(long driverEdges) {
    return new ReuseJobOptions(minDocs, minLength, near, boilerplateGroups, maxPairs, driverEdges);
  }
}
