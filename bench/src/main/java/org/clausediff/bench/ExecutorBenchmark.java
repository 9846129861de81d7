package org.clausediff.bench;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.text.SourceText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole {@code compare} and {@code dups} through the public API, from decoded texts to the
 * result, on the calling thread ({@link ClauseDiff#create()}) and with a pool of one or two threads
 * ({@link ClauseDiff#using}) in the same run: the reference for speeding up the pipeline and its
 * executor path. The inputs are the scale ladder's, 10 MB by default ({@link LadderInputs#pair},
 * {@link LadderInputs#garbled}).
 *
 * <p>The forked JVM gets a fixed 4 GB heap and otherwise the JVM's defaults (C2, G1), as an
 * application embedding the library would; the command line's own JVM settings are measured by the
 * scale ladder instead. With a pool, the calling thread works too: a pool of one already gives two
 * threads, as the command line uses on a two-core machine.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ExecutorBenchmark {

  /** Where the library runs its parallel steps. */
  @State(Scope.Benchmark)
  public static class Runner {
    /**
     * {@code create}: every step on the calling thread; {@code using-1}, {@code using-2}: a fixed
     * pool of that many threads besides the calling one.
     */
    @Param({"create", "using-1", "using-2"})
    public String executor;

    private Optional<ExecutorService> pool = Optional.empty();
    private ClauseDiff clauseDiff;

    /** Starts the pool, if any. */
    @Setup
    public void setUp() {
      if (executor.equals("create")) {
        clauseDiff = ClauseDiff.create();
      } else if (executor.startsWith("using-")) {
        ExecutorService threads = pool(Integer.parseInt(executor.substring("using-".length())));
        pool = Optional.of(threads);
        clauseDiff = ClauseDiff.using(threads);
      } else {
        throw new IllegalArgumentException(
            "executor must be create or using-N but was " + executor);
      }
    }

    /** Stops the pool, if any. */
    @TearDown
    public void tearDown() {
      pool.ifPresent(ExecutorService::shutdownNow);
    }

    private static ExecutorService pool(int threads) {
      AtomicInteger count = new AtomicInteger();
      return Executors.newFixedThreadPool(
          threads,
          task -> {
            Thread thread = new Thread(task, "bench-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
    }
  }

  /** The two versions compared. */
  @State(Scope.Benchmark)
  public static class Versions {
    /** Size of each version in bytes of UTF-8, as in the ladder: {@code 1m} or {@code 10m}. */
    @Param({"10m"})
    public String size;

    private SourceText left;
    private SourceText right;

    /** Builds the versions. */
    @Setup
    public void setUp() {
      PlantedEdits.Pair pair = LadderInputs.pair(LadderInputs.parseSize(size));
      left = SourceText.of("old", pair.left());
      right = SourceText.of("new", pair.right());
    }
  }

  /** The garbled document searched for duplicates. */
  @State(Scope.Benchmark)
  public static class Garbled {
    /** Size of the document in bytes of UTF-8, as in the ladder: {@code 1m} or {@code 10m}. */
    @Param({"10m"})
    public String size;

    private SourceText text;

    /** Builds the document. */
    @Setup
    public void setUp() {
      text = LadderInputs.garbled(LadderInputs.parseSize(size)).source("garbled-" + size);
    }
  }

  /** Segments, normalizes, keys and compares the two versions. */
  @Benchmark
  public Comparison compare(Runner runner, Versions versions) {
    return runner.clauseDiff.compare(versions.left, versions.right);
  }

  /** Segments and normalizes the document and finds its exact and near repeats. */
  @Benchmark
  public DuplicateReport duplicates(Runner runner, Garbled garbled) {
    return runner.clauseDiff.duplicates(garbled.text);
  }
}
