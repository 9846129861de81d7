package org.clausediff.dups;

import org.clausediff.ClauseDiff;
import org.clausediff.bench.LadderInputs;
import org.clausediff.internal.dups.NearRepeatFinder;
import org.clausediff.internal.dups.Repeat;
import org.clausediff.internal.dups.RepeatIndex;
import org.clausediff.internal.dups.Sentences;
import org.clausediff.internal.dups.SuffixArray;
import org.clausediff.internal.pipeline.Fork;
import org.clausediff.report.DuplicatesJsonWriter;
import org.clausediff.segment.Segmentation;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages of {@code dups} after segmentation, on a garbled document of the scale ladder ({@link
 * LadderInputs#garbled}, 30% of sentences repeated): the suffix array with its LCP array, the near
 * repeat search (MinHash, LSH, verification), the whole detection, and writing the JSON report.
 *
 * <p>In package {@code dups} to reach the package-private stages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DupsBenchmark {
  /** Size of the document in bytes of UTF-8, as in the ladder: {@code 1m} or {@code 10m}. */
  @Param({"1m"})
  public String size;

  private Segmentation segmentation;
  private RepeatIndex index;
  private Sentences sentences;
  private boolean[] noneExcluded;
  private DuplicateReport report;

  @Setup
  public void setUp() {
    segmentation =
        ClauseDiff.create().segment(
            LadderInputs.garbled(LadderInputs.parseSize(size)).source("garbled-" + size));
    index = RepeatIndex.of(segmentation.normalized());
    sentences = Sentences.of(segmentation.document(), segmentation.normalized(), index.text());
    noneExcluded = new boolean[sentences.count()];
    report = ClauseDiff.create().duplicates(segmentation, DuplicateOptions.defaults());
  }

  /** The suffix array and LCP array of the comparison text. */
  @Benchmark
  public SuffixArray suffixArray() {
    return SuffixArray.build(index.text());
  }

  /** Near repeats among all body sentences: shingles, MinHash signatures, LSH, verification. */
  @Benchmark
  public List<Repeat> nearRepeats() {
    DuplicateOptions options = DuplicateOptions.defaults();
    NearRepeatFinder near =
        new NearRepeatFinder(
            options.nearThreshold().getAsDouble(), options.shingleSize(), options.minLength());
    return near.find(
        sentences, near.sketch(sentences, segmentation.normalized().codePoints()), noneExcluded);
  }

  /** The whole detection after segmentation: suffix array, exact and near repeats, labels. */
  @Benchmark
  public DuplicateReport detect() {
    return ClauseDiff.create().duplicates(segmentation, DuplicateOptions.defaults());
  }

  /** The JSON report, in memory. */
  @Benchmark
  public String json() {
    return DuplicatesJsonWriter.create().render(report);
  }
}
