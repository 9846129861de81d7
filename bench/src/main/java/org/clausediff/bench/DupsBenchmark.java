package org.clausediff.bench;

import java.util.concurrent.TimeUnit;
import org.clausediff.ClauseDiff;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.internal.dups.RepeatIndex;
import org.clausediff.internal.dups.SentenceSketches;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.testing.Stages;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages of {@code dups}, warm, on a garbled document of the scale ladder ({@link
 * LadderInputs#garbled}, 30% of sentences repeated): the repeat index (suffix array and LCP array),
 * the sentences and their near-repeat sketches (shingles, MinHash), detection from those two (exact
 * repeats, the LSH search for near repeats, labels), the whole detection from the text on the
 * calling thread, and writing the JSON report. Each stage is the engine's own, reached through
 * {@link Stages}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DupsBenchmark {
  private static final DuplicateOptions OPTIONS = DuplicateOptions.defaults();

  /** Size of the document in bytes of UTF-8, as in the ladder: {@code 1m} or {@code 10m}. */
  @Param({"1m"})
  public String size;

  private SourceText text;
  private SegmentedText prepared;
  private RepeatIndex index;
  private SentenceSketches sketches;
  private DuplicateReport report;

  /** Builds the input and the result of each stage, for the stage after it. */
  @Setup
  public void setUp() {
    text = LadderInputs.garbled(LadderInputs.parseSize(size)).source("garbled-" + size);
    prepared = Stages.prepareSentences(text);
    index = repeatIndex();
    sketches = sketch();
    report = detect();
  }

  /** The suffix array and LCP array of the comparison text. */
  @Benchmark
  public RepeatIndex repeatIndex() {
    return Stages.repeatIndex(prepared.normalized());
  }

  /** The sentences in the comparison text and their MinHash signatures. */
  @Benchmark
  public SentenceSketches sketch() {
    return Stages.sketch(prepared, OPTIONS);
  }

  /** Detection from the index and the sketches: exact and near repeats, labels, passages. */
  @Benchmark
  public DuplicateReport detect() {
    return Stages.duplicates(sketches, index, OPTIONS);
  }

  /** The whole detection from the text on the calling thread, as the library runs it. */
  @Benchmark
  public DuplicateReport duplicates() {
    return ClauseDiff.create().duplicates(text, OPTIONS);
  }

  /** The JSON report, in memory. */
  @Benchmark
  public String json() {
    return ReportType.DUPLICATES.writer(ReportFormat.JSON).render(report);
  }
}
