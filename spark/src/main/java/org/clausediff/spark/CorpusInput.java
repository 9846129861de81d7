package org.clausediff.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import com.google.common.collect.Iterators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clausediff.ClauseDiffException;
import org.clausediff.text.Encoding;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;

/**
 * Where a job's documents come from: a directory of text files, or a Parquet or JSON-lines dataset
 * of {@code (id, text)}.
 *
 * <p>Files are found recursively ({@code *.txt} in any case; Spark skips names that start with
 * {@code .} or {@code _}) and decoded by the library's {@link TextDecoder} (encoding detected), as
 * {@code corpus index} reads them; a document is named by its path ({@code /abs/path} for local
 * files, the full URI elsewhere), so the names match the one-machine index's. Dataset ids are taken
 * as they are (cast to strings). Every text becomes a {@link SourceText} in the executors;
 * documents that cannot be decoded, or hold unpaired surrogates, are kept with their problem
 * instead of their text: {@link #read} gives them as rows whose {@code problem} is set.
 */
public final class CorpusInput {
  /** The kinds of input. */
  public enum Format {
    /** A directory of text files, read recursively. */
    FILES,
    /** A Parquet dataset with the columns {@code id} and {@code text}. */
    PARQUET,
    /** A JSON-lines dataset with the fields {@code id} and {@code text}. */
    JSON;

    /** The format named {@code name} ({@code files}, {@code parquet}, {@code json}). */
    public static Format parse(String name) {
      for (Format format : values()) {
        if (format.name().equalsIgnoreCase(name)) {
          return format;
        }
      }
      throw new IllegalArgumentException(
          "unknown input format " + name + " (expected files, parquet or json)");
    }
  }

  /** {@code (id, text, encoding, problem)}: {@code text} null when {@code problem} is set. */
  static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, true)
          .add("encoding", DataTypes.StringType, true)
          .add("problem", DataTypes.StringType, true);

  private CorpusInput() {}

  /**
   * The documents at {@code path}: one row per document, {@code (id, text, encoding, problem)}.
   *
   * @throws CorpusJobException if {@code path} does not exist, a dataset lacks a column, or an id
   *     occurs more than once
   */
  public static Dataset<Row> read(SparkSession spark, Format format, String path) {
    checkNotNull(spark, "spark");
    checkNotNull(format, "format");
    checkNotNull(path, "path");
    checkExists(spark, path);
    Dataset<Row> documents;
    if (format == Format.FILES) {
      Dataset<Row> files =
          spark
              .read()
              .format("binaryFile")
              .option("recursiveFileLookup", "true")
              .option("pathGlobFilter", "*.[tT][xX][tT]")
              .load(path)
              .select(col("path"), col("content"));
      documents = files.mapPartitions(decodeFiles(), Encoders.row(SCHEMA));
    } else {
      Dataset<Row> dataset =
          format == Format.PARQUET ? spark.read().parquet(path) : spark.read().json(path);
      for (String column : List.of("id", "text")) {
        if (!List.of(dataset.columns()).contains(column)) {
          throw new CorpusJobException(path, "has no column " + column + " (id and text needed)");
        }
      }
      documents =
          dataset
              .select(col("id").cast(DataTypes.StringType), col("text").cast(DataTypes.StringType))
              .mapPartitions(checkTexts(), Encoders.row(SCHEMA));
      // File paths are unique; dataset ids must be (one machine keys documents by path).
      List<Row> twice =
          dataset
              .groupBy("id")
              .agg(count("*").as("n"))
              .where(col("n").gt(1))
              .limit(1)
              .collectAsList();
      if (!twice.isEmpty()) {
        throw new CorpusJobException(
            path, "has the id " + twice.get(0).get(0) + " " + twice.get(0).getLong(1) + " times");
      }
    }
    return documents;
  }

  private static void checkExists(SparkSession spark, String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(p)) {
        throw new CorpusJobException(path, "no such file or directory");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name of a file: its local path for {@code file:} URIs, else the URI. */
  static String name(String uri) {
    Path path = new Path(uri);
    String scheme = path.toUri().getScheme();
    return scheme == null || scheme.equals("file") ? path.toUri().getPath() : uri;
  }

  private static MapPartitionsFunction<Row, Row> decodeFiles() {
    return rows -> {
      TextDecoder decoder = TextDecoder.defaults();
      return Iterators.transform(
          rows,
          row -> {
            String name = name(row.getString(0));
            try {
              SourceText text = decoder.decode(name, (byte[]) row.get(1));
              return RowFactory.create(name, text.text(), encodingName(text), null);
            } catch (ClauseDiffException e) {
              return RowFactory.create(name, null, null, e.getMessage());
            }
          });
    };
  }

  private static MapPartitionsFunction<Row, Row> checkTexts() {
    return rows ->
        Iterators.transform(
            rows,
            row -> {
              if (row.isNullAt(0)) {
                return RowFactory.create("", null, null, "a document has no id");
              }
              String id = row.getString(0);
              if (row.isNullAt(1)) {
                return RowFactory.create(id, null, null, id + ": no text");
              }
              try {
                SourceText text = SourceText.of(id, row.getString(1));
                return RowFactory.create(id, text.text(), encodingName(text), null);
              } catch (ClauseDiffException e) {
                return RowFactory.create(id, null, null, e.getMessage());
              }
            });
  }

  /** The name of the encoding {@code text} was decoded from, as the one-machine index stores it. */
  private static String encodingName(SourceText text) {
    return text.encoding().map(Encoding::name).orElse(null);
  }
}
