package org.clausediff.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import com.google.common.collect.Iterators;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Measure;
import org.clausediff.fingerprint.DocumentFingerprint;
import org.clausediff.fingerprint.DocumentMatch;
import org.clausediff.fingerprint.FingerprintIndex;
import org.clausediff.fingerprint.FingerprintOptions;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;

/**
 * An all-pairs {@code corpus similar} as a Spark job: for every document, the documents most like
 * it, verified with the library's {@code compare}.
 *
 * <p>The same steps as one {@code corpus similar} query, for all documents at once:
 *
 * <ol>
 *   <li>Candidates: the documents that share the most of a document's sentence keys (sentences of
 *       at least 8 key tokens, each shared key weighed by {@code ln(1 + N / df)} as an inverse
 *       document frequency), and those that share the most band keys of its document signature (64
 *       bands of 2 MinHash values): the best {@code pool} of each, by Spark SQL joins on the keys.
 *       Keys in more than {@code maxDocumentFrequency} documents make no pairs. One machine also
 *       pools BM25 over CJK bigrams; that needs a full-text index and is left out here.
 *   <li>Estimates: each candidate's fingerprint is matched with the document's by the library's
 *       {@link FingerprintIndex} (units matching from an estimated Jaccard similarity of 0.7).
 *   <li>Verification: the best {@code topK + max(3, topK / 4)} estimates are compared with {@link
 *       ClauseDiff#compare}; hits are ranked by that similarity, then the estimate, then path.
 * </ol>
 *
 * <p>A document is not its own hit (one machine finds the query itself when it is indexed).
 */
public final class SimilarJob {
  /** Sentences shorter than this (in key tokens) make no candidates, as in one machine. */
  static final int MIN_KEY_LENGTH = 8;

  /** Two units match in the estimates from this estimated Jaccard similarity, as in one machine. */
  static final double UNIT_MATCH = 0.7;

  private static final StructType ESTIMATE =
      new StructType()
          .add("q", DataTypes.StringType, false)
          .add("c", DataTypes.StringType, false)
          .add("estimate", DataTypes.DoubleType, false)
          .add("exactUnits", DataTypes.IntegerType, false);

  private static final StructType VERIFIED =
      new StructType()
          .add("q", DataTypes.StringType, false)
          .add("c", DataTypes.StringType, false)
          .add("similarity", DataTypes.DoubleType, false)
          .add("coverage", DataTypes.DoubleType, false);

  private final SimilarJobOptions options;

  private SimilarJob(SimilarJobOptions options) {
    this.options = options;
  }

  /**
   * Runs the job on {@code documents} (as {@link CorpusInput#read} gives them). The result's
   * datasets are computed when written or collected.
   */
  public static SimilarOutput run(
      SparkSession spark, Dataset<Row> documents, SimilarJobOptions options) {
    checkNotNull(spark, "spark");
    checkNotNull(documents, "documents");
    checkNotNull(options, "options");
    return new SimilarJob(options).run(documents);
  }

  private SimilarOutput run(Dataset<Row> documents) {
    List<Dataset<Row>> cached = new ArrayList<>();
    FingerprintOptions fingerprintOptions = FingerprintOptions.defaults();
    Dataset<Row> fingerprints =
        FingerprintRows.fingerprint(documents, fingerprintOptions)
            .persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(fingerprints);
    Dataset<Row> failures =
        fingerprints
            .where(col("problem").isNotNull())
            .select(col("doc").as("path"), col("problem").as("message"))
            .orderBy("path");
    Dataset<Row> docs = fingerprints.where(col("problem").isNull());
    long documentCount = docs.count();

    Dataset<Row> keyPostings =
        docs.select(col("doc"), explode(col("units")).as("u"))
            .where(col("u.keyLength").geq(MIN_KEY_LENGTH))
            .select(col("doc"), col("u.keyHash").as("term"))
            .distinct();
    Dataset<Row> bandPostings =
        docs.select(
                col("doc"),
                posexplode(
                        org.apache
                            .spark
                            .sql
                            .functions
                            .udf(
                                (org.apache.spark.sql.api.java.UDF1<byte[], long[]>)
                                    bytes ->
                                        Signatures.decode(bytes)
                                            .bandKeys(DocumentFingerprint.BAND_ROWS),
                                DataTypes.createArrayType(DataTypes.LongType, false))
                            .apply(col("signature")))
                    .as(new String[] {"band", "key"}))
            .select(col("doc"), struct(col("band"), col("key")).cast("string").as("term"))
            .distinct();
    Dataset<Row> candidates =
        best(keyPostings, documentCount)
            .union(best(bandPostings, documentCount))
            .distinct()
            .persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(candidates);
    Dataset<Row> candidateCounts = candidates.groupBy("q").agg(count("*").as("candidates"));

    Dataset<Row> fingerprintColumns =
        docs.select(col("doc"), col("sha256"), col("length"), col("units"), col("signature"));
    Dataset<Row> estimates =
        candidates
            .join(fingerprintColumns.toDF("q", "qSha", "qLength", "qUnits", "qSignature"), "q")
            .join(fingerprintColumns.toDF("c", "cSha", "cLength", "cUnits", "cSignature"), "c")
            .mapPartitions(estimate(fingerprintOptions), Encoders.row(ESTIMATE));
    Dataset<Row> toVerify =
        estimates
            .withColumn(
                "rank",
                row_number()
                    .over(Window.partitionBy("q").orderBy(col("estimate").desc(), col("c"))))
            .where(col("rank").leq(options.verified()))
            .drop("rank");
    Dataset<Row> texts = docs.select(col("doc"), col("text"));
    Dataset<Row> verified =
        toVerify
            .select("q", "c")
            .join(texts.toDF("q", "qText"), "q")
            .join(texts.toDF("c", "cText"), "c")
            .mapPartitions(verify(), Encoders.row(VERIFIED))
            .join(toVerify, new String[] {"q", "c"});
    Dataset<Row> hits =
        verified
            .join(
                docs.select(
                    col("doc").as("c"), col("sha256").as("cSha"), col("length").as("cLength")),
                "c")
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("q")
                            .orderBy(col("similarity").desc(), col("estimate").desc(), col("c"))))
            .where(col("rank").leq(options.topK()))
            .groupBy("q")
            .agg(
                collect_list(
                        struct(
                            col("rank"),
                            struct(
                                    col("c").as("path"),
                                    col("cSha").as("sha256"),
                                    col("cLength").as("length"),
                                    Rounding.rounded(col("similarity")).as("similarity"),
                                    lit(Measure.ALIGNED_EDIT.id()).as("measure"),
                                    Rounding.rounded(col("coverage")).as("coverage"),
                                    Rounding.rounded(col("estimate")).as("estimate"),
                                    col("exactUnits"))
                                .as("hit")))
                    .as("ranked"))
            .select(col("q"), expr("transform(sort_array(ranked), x -> x.hit)").as("hits"));
    Dataset<Row> results =
        docs.select(
                col("doc").as("q"),
                struct(
                        col("doc").as("name"),
                        col("length"),
                        col("sha256"),
                        size(col("units")).as("units"))
                    .as("query"))
            .join(candidateCounts, new String[] {"q"}, "left_outer")
            .join(hits, new String[] {"q"}, "left_outer")
            .select(
                col("query"),
                org.apache
                    .spark
                    .sql
                    .functions
                    .coalesce(col("candidates"), lit(0L))
                    .cast(DataTypes.IntegerType)
                    .as("candidates"),
                org.apache
                    .spark
                    .sql
                    .functions
                    .coalesce(
                        col("hits"), expr("array()").cast(hits.schema().apply("hits").dataType()))
                    .as("hits"))
            .orderBy(col("query.name"));
    return new SimilarOutput(options, documentCount, results, failures, cached);
  }

  /**
   * {@code (q, c)}: for every document {@code q}, the best {@code pool} other documents by the
   * inverse-document-frequency weight of the terms they share.
   */
  private Dataset<Row> best(Dataset<Row> postings, long documents) {
    Dataset<Row> frequencies =
        postings
            .groupBy("term")
            .agg(count("*").as("df"))
            .where(col("df").geq(2).and(col("df").leq(options.maxDocumentFrequency())))
            .select(
                col("term"),
                log(lit(1.0).plus(lit((double) documents).divide(col("df")))).as("weight"));
    Dataset<Row> weighted = postings.join(frequencies, "term");
    Dataset<Row> a = weighted.toDF("term", "q", "weight");
    Dataset<Row> b = weighted.select(col("term"), col("doc").as("c"));
    return a.join(b, "term")
        .where(col("q").notEqual(col("c")))
        .groupBy("q", "c")
        .agg(sum("weight").as("score"))
        .withColumn(
            "rank",
            row_number().over(Window.partitionBy("q").orderBy(col("score").desc(), col("c"))))
        .where(col("rank").leq(options.pool()))
        .select("q", "c");
  }

  private static MapPartitionsFunction<Row, Row> estimate(FingerprintOptions options) {
    return rows ->
        Iterators.transform(
            rows,
            row -> {
              DocumentFingerprint query =
                  FingerprintRows.toFingerprint(
                      row.getString(row.fieldIndex("q")),
                      row.getString(row.fieldIndex("qSha")),
                      row.getInt(row.fieldIndex("qLength")),
                      row.getList(row.fieldIndex("qUnits")),
                      (byte[]) row.get(row.fieldIndex("qSignature")),
                      options);
              DocumentFingerprint candidate =
                  FingerprintRows.toFingerprint(
                      row.getString(row.fieldIndex("c")),
                      row.getString(row.fieldIndex("cSha")),
                      row.getInt(row.fieldIndex("cLength")),
                      row.getList(row.fieldIndex("cUnits")),
                      (byte[]) row.get(row.fieldIndex("cSignature")),
                      options);
              DocumentMatch match = FingerprintIndex.of(query).match(candidate, UNIT_MATCH);
              return RowFactory.create(
                  query.name(), candidate.name(), match.similarity(), match.exactUnits());
            });
  }

  private static MapPartitionsFunction<Row, Row> verify() {
    return rows -> {
      ClauseDiff clauseDiff = ClauseDiff.create();
      return Iterators.transform(
          rows,
          row -> {
            SourceText query =
                SourceText.of(
                    row.getString(row.fieldIndex("q")), row.getString(row.fieldIndex("qText")));
            SourceText candidate =
                SourceText.of(
                    row.getString(row.fieldIndex("c")), row.getString(row.fieldIndex("cText")));
            Comparison comparison = clauseDiff.compare(query, candidate, CompareOptions.defaults());
            return RowFactory.create(
                query.name(),
                candidate.name(),
                comparison.similarity().value(),
                coverage(comparison));
          });
    };
  }

  /** The share of the query's sentences that {@code compare} links, as one machine reports it. */
  static double coverage(Comparison comparison) {
    int sentences = comparison.left().document().units(UnitKind.SENTENCE).size();
    long unlinked = 0;
    for (Unit unit : comparison.deleted()) {
      if (unit.kind() == UnitKind.SENTENCE) {
        unlinked++;
      }
    }
    return sentences == 0 ? 0 : (double) (sentences - unlinked) / sentences;
  }
}
