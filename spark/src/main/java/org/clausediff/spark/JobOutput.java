package org.clausediff.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a job's datasets under one output directory, never half of it: everything goes to a
 * sibling {@code NAME._incomplete} first, which is renamed to {@code NAME} when all is written.
 *
 * <pre>
 * OUT/summary.json         {"schemaVersion": 1, "job", "options", "documents", ...}
 * OUT/json/NAME/part-*     JSON lines, one record per line, in the datasets' order
 * OUT/parquet/NAME/part-*  the same records as Parquet
 * </pre>
 */
final class JobOutput {
  private final FileSystem fs;
  private final Path target;
  private final Path temporary;

  private JobOutput(FileSystem fs, Path target, Path temporary) {
    this.fs = fs;
    this.target = target;
    this.temporary = temporary;
  }

  /**
   * Prepares writing to {@code directory}.
   *
   * @throws CorpusJobException if {@code directory} exists
   */
  static JobOutput create(SparkSession spark, String directory) throws IOException {
    Path target = new Path(directory);
    FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (fs.exists(target)) {
      throw new CorpusJobException(directory, "already exists; name a new output directory");
    }
    Path temporary = new Path(target.getParent(), target.getName() + "._incomplete");
    fs.delete(temporary, true);
    return new JobOutput(fs, target, temporary);
  }

  /** Writes {@code dataset} as JSON lines and as Parquet under {@code name}. */
  void write(String name, Dataset<Row> dataset) {
    String json = new Path(new Path(temporary, "json"), name).toString();
    String parquet = new Path(new Path(temporary, "parquet"), name).toString();
    dataset.write().mode(SaveMode.ErrorIfExists).json(json);
    dataset.write().mode(SaveMode.ErrorIfExists).parquet(parquet);
  }

  /** Writes {@code summary.json}: one JSON object of numbers and fixed names. */
  void summary(Map<String, Object> fields) throws IOException {
    StringBuilder out = new StringBuilder("{\n  \"schemaVersion\": 1");
    append(out, fields, "  ");
    out.append("\n}\n");
    try (OutputStream stream = fs.create(new Path(temporary, "summary.json"), false)) {
      stream.write(out.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  @SuppressWarnings("unchecked")
  private static void append(StringBuilder out, Map<String, Object> fields, String indent) {
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      out.append(",\n").append(indent).append('"').append(field.getKey()).append("\": ");
      Object value = field.getValue();
      if (value instanceof Map) {
        out.append('{');
        StringBuilder inner = new StringBuilder();
        append(inner, (Map<String, Object>) value, indent + "  ");
        out.append(inner.substring(1)).append('\n').append(indent).append('}');
      } else if (value instanceof String) {
        out.append('"').append(value).append('"');
      } else {
        out.append(value);
      }
    }
  }

  /** Renames the finished output to its name. */
  void commit() throws IOException {
    if (!fs.rename(temporary, target)) {
      throw new IOException("could not rename " + temporary + " to " + target);
    }
  }

  /** Removes what was written, after a failure. */
  void abort() throws IOException {
    fs.delete(temporary, true);
  }
}
