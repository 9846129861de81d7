package org.clausediff.spark;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.clausediff.fingerprint.FingerprintOptions;
import org.clausediff.fingerprint.UnitFingerprint;
import org.clausediff.text.LineColumn;
import org.clausediff.text.SourceText;

/**
 * {@code corpus reuse} as a Spark job: the passages shared between documents, clustered and
 * labelled BOILERPLATE or REUSE, and the document pairs that share the most.
 *
 * <p>The same steps as the one-machine reuse, each a distributed stage:
 *
 * <ol>
 *   <li>Every document is fingerprinted by the library in the executors; its units (sentences) of
 *       at least the minimum length are exploded into rows.
 *   <li>Units with equal keys are one vertex (grouped by key hash). Near candidates are pairs of
 *       distinct keys in one LSH bucket (a band key of the library's unit signature), each key
 *       paired with the next {@value #BUCKET_PAIRS} of its bucket in order of first occurrence, as
 *       one machine does; a candidate is kept when the library's {@link
 *       org.clausediff.fingerprint.MinHash#jaccard} estimate reaches the threshold. Components are
 *       the {@link ConnectedComponents} of the kept pairs.
 *   <li>Components with units in at least {@code minDocs} documents are shared. A component is
 *       continued by another when every one of its occurrences is followed by it and both have as
 *       many units (a self-join on the next position); the runs of continued components in each
 *       document (a window over its units) are the occurrences of one passage.
 *   <li>Pairs of documents are summed over the passages they share (those in at most {@value
 *       #PAIR_CAP} documents); documents that share two passages making up 30% of either are
 *       related, groups of related documents are connected components again, and a passage in at
 *       least {@code boilerplateGroups} groups is BOILERPLATE — twice, the second time without the
 *       first round's boilerplate, as one machine does.
 * </ol>
 *
 * <p>Documents are ordered by name wherever one machine orders them (buckets, reference units,
 * occurrences): Spark compares names by code point, Java by UTF-16 unit, which differ only for
 * names with characters above U+FFFF.
 */
public final class ReuseJob {
  /** Members of an LSH bucket are compared with this many following members. */
  static final int BUCKET_PAIRS = 16;

  /** Passages in more documents do not count toward document pairs. */
  static final int PAIR_CAP = 64;

  /** Documents are related when they share this share of either one's unit text. */
  static final double RELATED = 0.3;

  private static final StructType BAND =
      new StructType()
          .add("band", DataTypes.IntegerType, false)
          .add("bandKey", DataTypes.LongType, false)
          .add("doc", DataTypes.StringType, false)
          .add("pos", DataTypes.IntegerType, false)
          .add("keyHash", DataTypes.LongType, false);

  private static final StructType PAIR =
      new StructType().add("src", DataTypes.LongType, false).add("dst", DataTypes.LongType, false);

  private static final StructType LOCATED =
      new StructType()
          .add("head", DataTypes.LongType, false)
          .add("document", DataTypes.StringType, false)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("line", DataTypes.IntegerType, false)
          .add("column", DataTypes.IntegerType, false)
          .add("endLine", DataTypes.IntegerType, false)
          .add("endColumn", DataTypes.IntegerType, false)
          .add("sectionPath", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, true);

  private final SparkSession spark;
  private final ReuseJobOptions options;

  private ReuseJob(SparkSession spark, ReuseJobOptions options) {
    this.spark = spark;
    this.options = options;
  }

  /**
   * Runs the job on {@code documents} (as {@link CorpusInput#read} gives them). The result's
   * datasets are computed when written or collected; the fingerprints stay cached until {@link
   * ReuseOutput#close()}.
   */
  public static ReuseOutput run(
      SparkSession spark, Dataset<Row> documents, ReuseJobOptions options) {
    checkNotNull(spark, "spark");
    checkNotNull(documents, "documents");
    checkNotNull(options, "options");
    return new ReuseJob(spark, options).run(documents);
  }

  private ReuseOutput run(Dataset<Row> documents) {
    List<Dataset<Row>> cached = new ArrayList<>();
    Dataset<Row> fingerprints =
        cache(
            cached,
            FingerprintRows.fingerprint(documents, FingerprintOptions.defaults())
                .persist(StorageLevel.MEMORY_AND_DISK()));
    Dataset<Row> failures =
        fingerprints
            .where(col("problem").isNotNull())
            .select(col("doc").as("path"), col("problem").as("message"))
            .orderBy("path");
    Dataset<Row> docs = fingerprints.where(col("problem").isNull());
    long documentCount = docs.count();

    Dataset<Row> units =
        cache(
            cached,
            docs.select(col("doc"), explode(col("units")).as("u"))
                .select(
                    col("doc"),
                    col("u.pos").as("pos"),
                    col("u.start").as("start"),
                    col("u.end").as("end"),
                    col("u.sectionPath").as("sectionPath"),
                    col("u.keyHash").as("keyHash"),
                    col("u.keyLength").as("keyLength"),
                    col("u.signature").as("signature"))
                .where(col("keyLength").geq(options.minLength()))
                .persist(StorageLevel.MEMORY_AND_DISK()));
    long unitCount = units.count();

    Dataset<Row> components = components(units);
    Dataset<Row> shared = cache(cached, shared(units, components));
    Dataset<Row> occurrences = cache(cached, occurrences(shared));
    Dataset<Row> passages =
        cache(
            cached,
            occurrences
                .groupBy("head")
                .agg(
                    countDistinct("doc").as("documents"),
                    min("exact").as("exact"),
                    min("estimate").as("similarity"),
                    min(struct(col("doc"), col("start"), col("end"))).as("first"))
                .withColumn("length", col("first.end").minus(col("first.start")))
                .persist(StorageLevel.MEMORY_AND_DISK()));

    Dataset<Row> perDoc =
        cache(
            cached,
            occurrences
                .groupBy("head", "doc")
                .agg(sum(col("end").minus(col("start"))).as("len"))
                .persist(StorageLevel.MEMORY_AND_DISK()));
    Dataset<Row> docIds = cache(cached, docIds(docs));
    Dataset<Row> boilerplate = passages.select(col("head"), lit(false).as("boilerplate"));
    for (int round = 0; round < 2; round++) {
      boilerplate =
          cache(
              cached,
              labels(perDoc, passages, boilerplate, docIds)
                  .persist(StorageLevel.MEMORY_AND_DISK()));
    }
    Dataset<Row> pairs = topPairs(perDoc, passages, boilerplate, docIds);
    Dataset<Row> clusters = clusters(docs, occurrences, passages, boilerplate);
    return new ReuseOutput(options, documentCount, unitCount, clusters, pairs, failures, cached);
  }

  private static Dataset<Row> cache(List<Dataset<Row>> cached, Dataset<Row> dataset) {
    cached.add(dataset);
    return dataset;
  }

  /** {@code (vertex, component)} of the key hashes joined by near pairs. */
  private Dataset<Row> components(Dataset<Row> units) {
    // One representative per distinct key: its first occurrence. Equal keys have equal shingles,
    // so any occurrence's signature is the key's.
    Dataset<Row> keys =
        units
            .groupBy("keyHash")
            .agg(
                min(struct(col("doc"), col("pos"))).as("first"),
                first(col("signature")).as("signature"));
    FlatMapFunction<Row, Row> bands =
        row -> {
          long[] keysOfBands =
              Signatures.decode((byte[]) row.get(3)).bandKeys(UnitFingerprint.BAND_ROWS);
          List<Row> out = new ArrayList<>(keysOfBands.length);
          for (int band = 0; band < keysOfBands.length; band++) {
            out.add(
                RowFactory.create(
                    band, keysOfBands[band], row.getString(1), row.getInt(2), row.getLong(0)));
          }
          return out.iterator();
        };
    Dataset<Row> bandRows =
        keys.where(length(col("signature")).gt(0))
            .select(col("keyHash"), col("first.doc"), col("first.pos"), col("signature"))
            .flatMap(bands, Encoders.row(BAND));
    FlatMapFunction<Row, Row> neighbours =
        row -> {
          List<Row> members = row.getList(0);
          List<Row> out = new ArrayList<>();
          for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < Math.min(members.size(), a + 1 + BUCKET_PAIRS); b++) {
              long x = members.get(a).getLong(2);
              long y = members.get(b).getLong(2);
              out.add(RowFactory.create(Math.min(x, y), Math.max(x, y)));
            }
          }
          return out.iterator();
        };
    Dataset<Row> candidates =
        bandRows
            .groupBy("band", "bandKey")
            .agg(sort_array(collect_list(struct(col("doc"), col("pos"), col("keyHash")))).as("m"))
            .where(size(col("m")).geq(2))
            .select("m")
            .flatMap(neighbours, Encoders.row(PAIR))
            .distinct();
    Dataset<Row> signatures = keys.select(col("keyHash"), col("signature"));
    double threshold = options.near();
    Dataset<Row> near =
        candidates
            .join(signatures.toDF("src", "a"), "src")
            .join(signatures.toDF("dst", "b"), "dst")
            .filter(
                (FilterFunction<Row>)
                    row ->
                        Signatures.decode((byte[]) row.getAs("a"))
                                .jaccard(Signatures.decode((byte[]) row.getAs("b")))
                            >= threshold)
            .select("src", "dst");
    return ConnectedComponents.of(spark, near, options.driverEdges());
  }

  /**
   * The units of shared components: {@code (doc, pos, start, end, sectionPath, comp, size, exact,
   * estimate)}, {@code exact} and {@code estimate} against the component's first unit.
   */
  private Dataset<Row> shared(Dataset<Row> units, Dataset<Row> components) {
    Dataset<Row> withComponent =
        units
            .join(components, units.col("keyHash").equalTo(components.col("vertex")), "left_outer")
            .withColumn("comp", coalesce(col("component"), col("keyHash")))
            .drop("vertex", "component");
    Dataset<Row> stats =
        withComponent
            .groupBy("comp")
            .agg(
                count("*").as("size"),
                countDistinct("doc").as("docs"),
                min(struct(
                        col("doc"), col("pos"), col("keyHash"), col("keyLength"), col("signature")))
                    .as("ref"))
            .where(col("docs").geq(options.minDocs()));
    Column exact =
        col("keyHash")
            .equalTo(col("ref.keyHash"))
            .and(col("keyLength").equalTo(col("ref.keyLength")));
    return withComponent
        .join(stats, "comp")
        .withColumn("exact", exact)
        .withColumn(
            "estimate",
            when(exact, lit(1.0))
                .otherwise(
                    org.apache
                        .spark
                        .sql
                        .functions
                        .udf(
                            (org.apache.spark.sql.api.java.UDF2<byte[], byte[], Double>)
                                (a, b) -> Signatures.decode(a).jaccard(Signatures.decode(b)),
                            DataTypes.DoubleType)
                        .apply(col("signature"), col("ref.signature"))))
        .select("doc", "pos", "start", "end", "sectionPath", "comp", "size", "exact", "estimate")
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * The occurrences of passages: {@code (doc, head, start, end, sectionPath, estimate, exact)}, one
   * per run of continued components in a document, {@code head} the run's first component.
   */
  private static Dataset<Row> occurrences(Dataset<Row> shared) {
    Dataset<Row> a = shared.select(col("doc"), col("pos"), col("comp"), col("size"));
    Dataset<Row> b =
        shared.select(
            col("doc").as("nextDoc"),
            col("pos").as("nextPos"),
            col("comp").as("next"),
            col("size").as("nextSize"));
    Dataset<Row> follows =
        a.join(
                b,
                a.col("doc")
                    .equalTo(b.col("nextDoc"))
                    .and(b.col("nextPos").equalTo(a.col("pos").plus(1))),
                "left_outer")
            .groupBy("comp")
            .agg(
                count("*").as("n"),
                count("next").as("followed"),
                min("next").as("minNext"),
                max("next").as("maxNext"),
                min("nextSize").as("nextSize"));
    // d continues c when every occurrence of c is followed by d and both have as many units;
    // then every occurrence of d follows one of c, so runs never break inside a passage.
    Dataset<Row> continued =
        follows
            .where(
                col("followed")
                    .equalTo(col("n"))
                    .and(col("minNext").equalTo(col("maxNext")))
                    .and(col("minNext").notEqual(col("comp")))
                    .and(col("nextSize").equalTo(col("n"))))
            .select(col("minNext").as("comp"), lit(true).as("continues"));
    Dataset<Row> runs =
        shared
            .join(continued, "comp", "left_outer")
            .withColumn(
                "run",
                sum(when(col("continues").isNull(), lit(1)).otherwise(lit(0)))
                    .over(Window.partitionBy("doc").orderBy("pos")));
    return runs.groupBy("doc", "run")
        .agg(
            min(struct(col("pos"), col("comp"), col("start"), col("sectionPath"))).as("first"),
            max(struct(col("pos"), col("end"))).as("last"),
            min("estimate").as("estimate"),
            min(col("exact").cast(DataTypes.IntegerType)).as("exact"))
        .select(
            col("doc"),
            col("first.comp").as("head"),
            col("first.start").as("start"),
            col("last.end").as("end"),
            col("first.sectionPath").as("sectionPath"),
            col("estimate"),
            col("exact"))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** {@code (doc, docId, unitLength)}: a number for every document, for connected components. */
  private Dataset<Row> docIds(Dataset<Row> docs) {
    StructType schema =
        new StructType()
            .add("doc", DataTypes.StringType, false)
            .add("docId", DataTypes.LongType, false)
            .add("unitLength", DataTypes.LongType, false);
    return spark
        .createDataFrame(
            docs.select("doc", "unitLength")
                .javaRDD()
                .zipWithIndex()
                .map(t -> RowFactory.create(t._1().getString(0), t._2(), t._1().getLong(1))),
            schema)
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * Per pair of documents {@code (left < right)} sharing passages that are not skipped and in at
   * most {@value #PAIR_CAP} documents: {@code (left, right, leftLength, rightLength, passages)}.
   */
  private static Dataset<Row> pairs(Dataset<Row> perDoc, Dataset<Row> passages, Dataset<Row> skip) {
    Dataset<Row> counted =
        perDoc.join(
            passages
                .where(col("documents").leq(PAIR_CAP))
                .join(skip.where(col("boilerplate").equalTo(false)), "head")
                .select("head"),
            "head");
    Dataset<Row> a = counted.toDF("head", "left", "leftLength");
    Dataset<Row> b = counted.toDF("head2", "right", "rightLength");
    return a.join(b, a.col("head").equalTo(b.col("head2")).and(a.col("left").lt(b.col("right"))))
        .groupBy("left", "right")
        .agg(
            sum("leftLength").as("leftLength"),
            sum("rightLength").as("rightLength"),
            count("*").as("passages"));
  }

  /** {@code (head, boilerplate)} from the groups of documents related through {@code skip}. */
  private Dataset<Row> labels(
      Dataset<Row> perDoc, Dataset<Row> passages, Dataset<Row> skip, Dataset<Row> docIds) {
    Dataset<Row> left = docIds.toDF("left", "src", "leftUnits");
    Dataset<Row> right = docIds.toDF("right", "dst", "rightUnits");
    Dataset<Row> related =
        pairs(perDoc, passages, skip)
            .join(left, "left")
            .join(right, "right")
            .where(
                col("passages")
                    .geq(2)
                    .and(
                        col("leftLength")
                            .geq(col("leftUnits").multiply(RELATED))
                            .or(col("rightLength").geq(col("rightUnits").multiply(RELATED)))))
            .select("src", "dst");
    Dataset<Row> groups = ConnectedComponents.of(spark, related, options.driverEdges());
    Dataset<Row> groupOf =
        docIds
            .join(groups, docIds.col("docId").equalTo(groups.col("vertex")), "left_outer")
            .select(col("doc"), coalesce(col("component"), col("docId")).as("group"));
    return perDoc
        .select("head", "doc")
        .join(groupOf, "doc")
        .groupBy("head")
        .agg(countDistinct("group").as("groups"))
        .select(col("head"), col("groups").geq(options.boilerplateGroups()).as("boilerplate"));
  }

  /** The document pairs with the most shared REUSE text, in the shape of the one-machine JSON. */
  private Dataset<Row> topPairs(
      Dataset<Row> perDoc, Dataset<Row> passages, Dataset<Row> boilerplate, Dataset<Row> docIds) {
    Dataset<Row> left = docIds.select(col("doc").as("left"), col("unitLength").as("leftUnits"));
    Dataset<Row> right = docIds.select(col("doc").as("right"), col("unitLength").as("rightUnits"));
    return pairs(perDoc, passages, boilerplate)
        .join(left, "left")
        .join(right, "right")
        .select(
            col("left"),
            col("right"),
            col("leftLength").as("sharedLength"),
            Rounding.share(col("leftLength"), col("leftUnits")).as("leftShare"),
            Rounding.share(col("rightLength"), col("rightUnits")).as("rightShare"))
        .orderBy(col("sharedLength").desc(), col("left"), col("right"))
        .limit(options.maxPairs());
  }

  /** The clusters in the shape of the one-machine JSON, in its order. */
  private static Dataset<Row> clusters(
      Dataset<Row> docs,
      Dataset<Row> occurrences,
      Dataset<Row> passages,
      Dataset<Row> boilerplate) {
    Dataset<Row> byDoc =
        occurrences
            .join(passages.select("head", "first"), "head")
            .withColumn(
                "isFirst",
                col("doc").equalTo(col("first.doc")).and(col("start").equalTo(col("first.start"))))
            .groupBy("doc")
            .agg(
                collect_list(
                        struct(
                            col("head"),
                            col("start"),
                            col("end"),
                            col("sectionPath"),
                            col("isFirst")))
                    .as("occurrences"))
            .join(docs.select("doc", "text", "encoding"), "doc");
    FlatMapFunction<Row, Row> locate =
        row -> {
          String name = row.getString(0);
          SourceText text = SourceText.of(name, row.getString(2));
          List<Row> out = new ArrayList<>();
          for (Row occurrence : row.<Row>getList(1)) {
            int start = occurrence.getInt(1);
            int end = occurrence.getInt(2);
            LineColumn from = text.lineColumn(start);
            LineColumn to = text.lineColumn(end);
            out.add(
                RowFactory.create(
                    occurrence.getLong(0),
                    name,
                    start,
                    end,
                    from.line(),
                    from.column(),
                    to.line(),
                    to.column(),
                    occurrence.getString(3),
                    occurrence.getBoolean(4) ? text.substring(start, end) : null));
          }
          return out.iterator();
        };
    Dataset<Row> located = byDoc.flatMap(locate, Encoders.row(LOCATED));
    Dataset<Row> grouped =
        located
            .groupBy("head")
            .agg(
                sort_array(
                        collect_list(
                            struct(
                                col("document"),
                                col("start"),
                                col("end"),
                                struct(col("line"), col("column"), col("endLine"), col("endColumn"))
                                    .as("source"),
                                col("sectionPath"))))
                    .as("occurrences"),
                max("text").as("text"));
    return passages
        .join(grouped, "head")
        .join(boilerplate, "head")
        .select(
            when(col("exact").equalTo(1), lit("EXACT")).otherwise(lit("NEAR")).as("kind"),
            when(col("boilerplate"), lit("BOILERPLATE")).otherwise(lit("REUSE")).as("label"),
            col("length").cast(DataTypes.IntegerType).as("length"),
            col("documents").cast(DataTypes.IntegerType).as("documents"),
            Rounding.rounded(col("similarity")).as("similarity"),
            col("text"),
            col("occurrences"))
        .orderBy(
            col("documents").desc(),
            col("length").desc(),
            col("occurrences").getItem(0).getField("document"),
            col("occurrences").getItem(0).getField("start"),
            col("occurrences").getItem(0).getField("end"));
  }
}
