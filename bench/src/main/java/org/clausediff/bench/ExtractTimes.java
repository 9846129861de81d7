package org.clausediff.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.clausediff.formats.DocumentReader;
import org.clausediff.formats.Extraction;
import org.clausediff.text.SourceText;

/**
 * Times {@link DocumentReader} on files, the way a process meets it: the first run is cold (class
 * loading and JIT compilation included), later runs in the same JVM are warm. Prints, per run and
 * file: wall and CPU milliseconds, the file's size, the extracted code points and source-map runs,
 * and the heap in use after the run. Inputs: bench/format-inputs.sh writes a 300-page PDF and a 10
 * MB .docx.
 *
 * <p>Usage: {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -cp
 * bench/target/benchmarks.jar org.clausediff.bench.ExtractTimes RUNS FILE...}
 */
public final class ExtractTimes {
  private ExtractTimes() {}

  /** Reads each file {@code args[0]} times; see the class comment. */
  public static void main(String[] args) throws IOException {
    int runs = Integer.parseInt(args[0]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    DocumentReader reader = DocumentReader.defaults();
    for (int run = 1; run <= runs; run++) {
      for (int i = 1; i < args.length; i++) {
        Path file = Path.of(args[i]);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        Extraction e = reader.extract(file);
        long wall = System.nanoTime() - wall0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        SourceText text = e.text();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
            Locale.ROOT,
            "run %d %-40s %6d ms wall %6d ms cpu  %,11d bytes -> %,10d code points, %,7d map runs,"
                + " heap used %4d MB%n",
            run,
            file.getFileName(),
            wall / 1_000_000,
            cpu / 1_000_000,
            Files.size(file),
            text.length(),
            text.sourceMap().runs().size(),
            (rt.totalMemory() - rt.freeMemory()) >> 20);
      }
    }
  }
}
