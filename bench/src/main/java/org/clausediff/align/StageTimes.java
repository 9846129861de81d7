package org.clausediff.align;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import org.clausediff.api.ClauseDiff;
import org.clausediff.api.CompareOptions;
import org.clausediff.api.Comparison;
import org.clausediff.api.Segmentation;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.report.CompareJsonWriter;
import org.clausediff.report.CompareTextWriter;
import org.clausediff.report.DuplicatesJsonWriter;
import org.clausediff.report.DuplicatesTextWriter;
import org.clausediff.similarity.UnitKeys;
import org.clausediff.text.SourceText;

/**
 * Times the stages of one cold run, in one thread, the way a whole process meets them (no warm-up:
 * class loading and JIT compilation included). A complement to the JMH benchmarks, which measure
 * warm code. Prints one line per stage: milliseconds of wall time and of this thread's CPU time.
 *
 * <p>Usage: {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp bench/target/benchmarks.jar
 * org.clausediff.align.StageTimes compare OLD NEW} or {@code ... StageTimes dups FILE}.
 */
public final class StageTimes {
  private long wall = System.nanoTime();
  private long cpu = cpuNow();

  private StageTimes() {}

  /** Runs the stages named by {@code args}; see the class comment. */
  public static void main(String[] args) throws IOException {
    StageTimes t = new StageTimes();
    if (args[0].equals("compare")) {
      SourceText left = ClauseDiff.read(Path.of(args[1]));
      SourceText right = ClauseDiff.read(Path.of(args[2]));
      t.lap("read+decode");
      left.sha256();
      right.sha256();
      t.lap("sha256");
      Segmentation l = ClauseDiff.segment(left);
      Segmentation r = ClauseDiff.segment(right);
      t.lap("normalize+segment");
      AlignOptions options = AlignOptions.defaults();
      UnitKeys.Pair keys =
          UnitKeys.forPair(
              l.document(),
              l.normalized(),
              r.document(),
              r.normalized(),
              options.level(),
              options.ignoreLabels());
      t.lap("keys");
      ClauseAligner.defaults().align(keys);
      t.lap("align (from keys)");
      Comparison c = ClauseDiff.compare(l, r, CompareOptions.defaults());
      t.lap("compare (keys, align, inline diffs; warm)");
      write(new CompareJsonWriter().render(c));
      t.lap("json");
      write(CompareTextWriter.plain().render(c));
      t.lap("text");
    } else {
      SourceText text = ClauseDiff.read(Path.of(args[1]));
      t.lap("read+decode");
      Segmentation s = ClauseDiff.segment(text);
      t.lap("normalize+segment");
      DuplicateReport report = ClauseDiff.duplicates(s, DuplicateOptions.defaults());
      t.lap("detect");
      write(DuplicatesJsonWriter.create().render(report));
      t.lap("json");
      write(DuplicatesTextWriter.create().render(report));
      t.lap("text");
    }
  }

  private static void write(String report) throws IOException {
    try (Writer out = java.nio.file.Files.newBufferedWriter(Path.of("/dev/null"))) {
      out.write(report);
    }
  }

  private void lap(String stage) {
    long w = System.nanoTime();
    long c = cpuNow();
    System.out.printf(
        Locale.ROOT,
        "%-45s %7.0f ms wall %7.0f ms cpu%n",
        stage,
        (w - wall) / 1e6,
        (c - cpu) / 1e6);
    wall = w;
    cpu = c;
  }

  private static long cpuNow() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
