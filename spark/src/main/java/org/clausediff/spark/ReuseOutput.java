package org.clausediff.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link ReuseJob} computed: the clusters and pairs in the shapes of the one-machine {@code
 * corpus reuse --format json} ({@code clusters[]} and {@code pairs[]}), in its order, and the
 * documents that could not be read.
 *
 * <p>{@code clusters}: {@code (kind, label, length, documents, similarity, text, occurrences:
 * [(document, start, end, source: (line, column, endLine, endColumn), sectionPath)])}; {@code
 * pairs}: {@code (left, right, sharedLength, leftShare, rightShare)}; {@code failures}: {@code
 * (path, message)}. {@link #close()} drops the cached intermediate datasets.
 *
 * @param options the options the job ran with
 * @param documents the number of documents examined
 * @param units the number of units examined (those of at least the minimum length)
 * @param clusters the shared passages, by documents and length (descending), then first occurrence
 * @param pairs the document pairs with the most shared REUSE text
 * @param failures the documents that could not be read, by path
 * @param cached the datasets to unpersist
 */
public record ReuseOutput(
    ReuseJobOptions options,
    long documents,
    long units,
    Dataset<Row> clusters,
    Dataset<Row> pairs,
    Dataset<Row> failures,
    List<Dataset<Row>> cached)
    implements AutoCloseable {

  /** Copies the list. */
  public ReuseOutput {
    cached = List.copyOf(cached);
  }

  /** Unpersists the intermediate datasets. */
  @Override
  public void close() {
    for (Dataset<Row> dataset : cached) {
      dataset.unpersist();
    }
  }
}
