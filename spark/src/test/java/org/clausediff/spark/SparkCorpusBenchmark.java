package org.clausediff.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clausediff.corpus.testing.CorpusGenerator;
import org.clausediff.corpus.testing.GeneratedCorpora;

/**
 * The local-mode benchmark of the Spark jobs on a generated corpus (not a test): generates {@code
 * N} documents (families of 3 to 20) unless the directory holds them, then runs the reuse job and
 * the all-pairs similar job, each writing its output, and prints for each the wall and CPU time and
 * what Spark read and shuffled.
 *
 * <pre>
 * java [the --add-opens flags of docs/SPARK.md] -Xmx6g -cp CLASSPATH \
 *     org.clausediff.spark.SparkCorpusBenchmark DIR N [TOP_K [MASTER [SHUFFLE_PARTITIONS]]]
 * </pre>
 */
public final class SparkCorpusBenchmark {
  private SparkCorpusBenchmark() {}

  /** Totals of the tasks that ended since the last {@link #reset}. */
  private static final class Metrics extends SparkListener {
    final AtomicLong shuffleWrite = new AtomicLong();
    final AtomicLong input = new AtomicLong();
    final AtomicLong tasks = new AtomicLong();
    final AtomicLong spilled = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() == null) {
        return;
      }
      shuffleWrite.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
      input.addAndGet(end.taskMetrics().inputMetrics().bytesRead());
      spilled.addAndGet(end.taskMetrics().diskBytesSpilled());
      tasks.incrementAndGet();
    }

    void reset() {
      shuffleWrite.set(0);
      input.set(0);
      tasks.set(0);
      spilled.set(0);
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int documents = Integer.parseInt(args[1]);
    String top = args.length > 2 ? args[2] : "10";
    String master = args.length > 3 ? args[3] : "local[2]";
    String partitions = args.length > 4 ? args[4] : "8";
    Path docs = dir.resolve("docs");
    if (!Files.isDirectory(docs)) {
      CorpusGenerator.Generated generated = GeneratedCorpora.write(docs, 15, documents);
      System.out.printf(
          Locale.ROOT,
          "generated %d documents, %.1f MB%n",
          generated.documents(),
          generated.bytes() / 1e6);
    }
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("clausediff-spark-benchmark")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", partitions)
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Metrics metrics = new Metrics();
    spark.sparkContext().addSparkListener(metrics);
    try {
      measure(spark, metrics, dir, docs, "reuse");
      measure(spark, metrics, dir, docs, "similar", "--top", top);
    } finally {
      spark.stop();
    }
  }

  private static void measure(
      SparkSession spark, Metrics metrics, Path dir, Path docs, String job, String... options)
      throws IOException {
    Path out = dir.resolve("out-" + job + "-" + System.nanoTime());
    metrics.reset();
    long cpu = cpuNanos();
    long start = System.nanoTime();
    List<String> args =
        new ArrayList<>(List.of(job, "--input", docs.toString(), "--output", out.toString()));
    args.addAll(List.of(options));
    int status = CorpusJobMain.run(spark, args.toArray(new String[0]), System.err);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (cpuNanos() - cpu) / 1e9;
    Dataset<Row> written =
        spark
            .read()
            .json(
                out.resolve("json")
                    .resolve(job.equals("reuse") ? "clusters" : "results")
                    .toString());
    System.out.printf(
        Locale.ROOT,
        "%s: status %d, %.1f s wall, %.1f s CPU (driver JVM, all threads), %d records, %d tasks,"
            + " %.1f MB read, %.1f MB shuffled, %.1f MB spilled%n%s%n",
        job,
        status,
        seconds,
        cpuSeconds,
        written.count(),
        metrics.tasks.get(),
        metrics.input.get() / 1e6,
        metrics.shuffleWrite.get() / 1e6,
        metrics.spilled.get() / 1e6,
        Files.readString(out.resolve("summary.json")));
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
