package org.clausediff.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link SimilarJob} computed: for every document, the shape of the one-machine {@code corpus
 * similar --format json} with that document as the query.
 *
 * <p>{@code results}: {@code (query: (name, length, sha256, units), candidates, hits: [(path,
 * sha256, length, similarity, measure, coverage, estimate, exactUnits)])}, hits best first, by
 * query name; {@code failures}: {@code (path, message)}. {@link #close()} drops the cached
 * intermediate datasets.
 *
 * @param options the options the job ran with
 * @param documents the number of documents examined
 * @param results one row per document
 * @param failures the documents that could not be read, by path
 * @param cached the datasets to unpersist
 */
public record SimilarOutput(
    SimilarJobOptions options,
    long documents,
    Dataset<Row> results,
    Dataset<Row> failures,
    List<Dataset<Row>> cached)
    implements AutoCloseable {

  /** Copies the list. */
  public SimilarOutput {
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
