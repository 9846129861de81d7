package org.clausediff.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.clausediff.corpus.Corpus;
import org.clausediff.corpus.CorpusStatus;
import org.clausediff.corpus.IndexOptions;
import org.clausediff.corpus.IndexProgress;
import org.clausediff.corpus.IndexReport;
import org.clausediff.corpus.ReuseLabel;
import org.clausediff.corpus.ReuseOptions;
import org.clausediff.corpus.ReuseReport;
import org.clausediff.corpus.SimilarResult;
import org.clausediff.corpus.testing.CorpusGenerator;
import org.clausediff.corpus.testing.GeneratedCorpora;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;

/**
 * The corpus scale ladder: for each size, generates a corpus of document families from the seeds
 * (seed 2026, families of 3 to 20), indexes it from scratch on two threads, indexes it again
 * (nothing changed), queries {@code similar} with 50 family originals on the warm index (top K =
 * family size; recall, and the time per query), and runs {@code reuse} over the whole corpus.
 *
 * <pre>
 * java -Xmx2g -cp bench/target/benchmarks.jar org.clausediff.bench.CorpusScale DIR 1000 10000 30000
 * </pre>
 *
 * <p>Prints one line per measurement; a benchmark, not a test.
 */
public final class CorpusScale {
  private CorpusScale() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    for (String size : Arrays.copyOfRange(args, 1, args.length)) {
      run(dir, Integer.parseInt(size));
    }
  }

  private static void run(Path dir, int documents) throws Exception {
    Path docs = dir.resolve("docs-" + documents);
    Path index = dir.resolve("index-" + documents);
    CorpusGenerator.Generated generated = GeneratedCorpora.write(docs, 2026, documents);
    print(
        documents,
        "corpus",
        "%d documents, %.1f MB, %d families",
        generated.documents(),
        generated.bytes() / 1e6,
        generated.families().size());
    delete(index);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Corpus corpus = Corpus.open(index)) {
      long start = System.nanoTime();
      double cpu = cpu();
      IndexReport report =
          corpus.index(List.of(docs), IndexOptions.defaults(), pool, IndexProgress.none());
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = cpu() - cpu;
      Runtime runtime = Runtime.getRuntime();
      print(
          documents,
          "index",
          "%.1f s wall, %.1f s CPU (%d added, %d failed), heap max %d MB, used after %d MB",
          seconds,
          cpuSeconds,
          report.added(),
          report.failures().size(),
          runtime.maxMemory() >> 20,
          (runtime.totalMemory() - runtime.freeMemory()) >> 20);
      start = System.nanoTime();
      report = corpus.index(List.of(docs), IndexOptions.defaults(), pool, IndexProgress.none());
      print(
          documents,
          "reindex",
          "%.1f s (%d unchanged)",
          (System.nanoTime() - start) / 1e9,
          report.unchanged());
      CorpusStatus status = corpus.status();
      print(
          documents,
          "status",
          "%d documents, %d units, %d code points, index %.1f MB",
          status.documents(),
          status.units(),
          status.codePoints(),
          status.indexBytes() / 1e6);

      List<CorpusGenerator.Family> families = generated.families();
      List<CorpusGenerator.Family> queries = new ArrayList<>();
      for (int i = 0; i < 50 && i < families.size(); i++) {
        queries.add(
            families.get((int) ((long) i * families.size() / Math.min(50, families.size()))));
      }
      for (CorpusGenerator.Family family : queries.subList(0, Math.min(10, queries.size()))) {
        corpus.similar(
            TextDecoder.defaults().read(family.original()), family.members().size(), pool);
      }
      double similarCpu = cpu();
      long[] times = new long[queries.size()];
      long found = 0;
      long expected = 0;
      for (int q = 0; q < queries.size(); q++) {
        CorpusGenerator.Family family = queries.get(q);
        SourceText text = TextDecoder.defaults().read(family.original());
        long t = System.nanoTime();
        SimilarResult result = corpus.similar(text, family.members().size(), pool);
        times[q] = System.nanoTime() - t;
        Set<String> hits = new HashSet<>();
        result.hits().forEach(h -> hits.add(h.path()));
        for (Path member : family.members()) {
          expected++;
          found += hits.contains(member.toAbsolutePath().normalize().toString()) ? 1 : 0;
        }
      }
      similarCpu = cpu() - similarCpu;
      Arrays.sort(times);
      print(
          documents,
          "similar",
          "%d queries, top K = family size: median %.0f ms, p95 %.0f ms, max %.0f ms, %.0f ms CPU"
              + " per query; recall %.4f (%d of %d)",
          times.length,
          times[times.length / 2] / 1e6,
          times[(int) (times.length * 0.95)] / 1e6,
          times[times.length - 1] / 1e6,
          similarCpu * 1000 / times.length,
          (double) found / expected,
          found,
          expected);
      double top10Cpu = cpu();
      long[] top10 = new long[queries.size()];
      for (int q = 0; q < queries.size(); q++) {
        SourceText text = TextDecoder.defaults().read(queries.get(q).original());
        long t = System.nanoTime();
        corpus.similar(text, 10, pool);
        top10[q] = System.nanoTime() - t;
      }
      top10Cpu = cpu() - top10Cpu;
      Arrays.sort(top10);
      print(
          documents,
          "similar",
          "top 10: median %.0f ms, p95 %.0f ms, %.0f ms CPU per query",
          top10[top10.length / 2] / 1e6,
          top10[(int) (top10.length * 0.95)] / 1e6,
          top10Cpu * 1000 / top10.length);

      start = System.nanoTime();
      double reuseCpu = cpu();
      ReuseReport reuse = corpus.reuse(ReuseOptions.defaults());
      reuseCpu = cpu() - reuseCpu;
      long boilerplate =
          reuse.clusters().stream().filter(c -> c.label() == ReuseLabel.BOILERPLATE).count();
      long occurrences = reuse.clusters().stream().mapToLong(c -> c.occurrences().size()).sum();
      print(
          documents,
          "reuse",
          "%.1f s wall, %.1f s CPU: %d clusters (%d BOILERPLATE), %d occurrences, %d units",
          (System.nanoTime() - start) / 1e9,
          reuseCpu,
          reuse.clusters().size(),
          boilerplate,
          occurrences,
          reuse.units());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * CPU seconds of this process so far (all threads): steadier than wall time on a busy machine.
   */
  private static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  private static void print(int documents, String what, String format, Object... args) {
    System.out.println(
        String.format(Locale.ROOT, "%6d  %-8s ", documents, what)
            + String.format(Locale.ROOT, format, args));
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
