package org.clausediff.bench;

import java.util.concurrent.TimeUnit;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.internal.align.Alignment;
import org.clausediff.internal.align.StructureIndex;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.testing.PlantedEdits;
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
 * The stages of {@code compare}, warm, on a version pair of the scale ladder ({@link
 * LadderInputs#pair}, about 10% of sentences edited): the keys of both segmented texts, the
 * structure index, the alignment (identical and fuzzy links, moves, structural links), completing
 * the comparison (inline diffs of the changed links, document similarity), the whole comparison
 * from the two texts on the calling thread, and writing the JSON and text reports. Each stage is
 * the engine's own, reached through {@link Stages}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompareBenchmark {
  private static final CompareOptions OPTIONS = CompareOptions.defaults();

  /** Size of each version in bytes of UTF-8, as in the ladder: {@code 1m} or {@code 10m}. */
  @Param({"1m"})
  public String size;

  private SourceText left;
  private SourceText right;
  private SegmentedText leftPrepared;
  private SegmentedText rightPrepared;
  private UnitKeys.Pair keys;
  private StructureIndex structure;
  private Alignment alignment;
  private Comparison comparison;

  /** Builds the inputs and the result of each stage, for the stage after it. */
  @Setup
  public void setUp() {
    PlantedEdits.Pair pair = LadderInputs.pair(LadderInputs.parseSize(size));
    left = SourceText.of("old", pair.left());
    right = SourceText.of("new", pair.right());
    leftPrepared = Stages.prepare(left, OPTIONS);
    rightPrepared = Stages.prepare(right, OPTIONS);
    keys = keys();
    structure = structureIndex();
    alignment = alignment();
    comparison = complete();
  }

  /** Keys of both segmented texts: normalized unit texts, diff tokens and shingle sets, paired. */
  @Benchmark
  public UnitKeys.Pair keys() {
    return Stages.keys(leftPrepared, rightPrepared, OPTIONS);
  }

  /** Shingle frequencies, TF-IDF vectors and titles of the structural units of both documents. */
  @Benchmark
  public StructureIndex structureIndex() {
    return Stages.structureIndex(keys);
  }

  /** The alignment from the keys and the structure index: level links, moves, structural links. */
  @Benchmark
  public Alignment alignment() {
    return Stages.align(keys, structure, OPTIONS);
  }

  /** The inline diffs of every link that is not identical, and the document similarity. */
  @Benchmark
  public Comparison complete() {
    return Stages.complete(alignment, OPTIONS);
  }

  /** The whole comparison from the two texts on the calling thread, as the library runs it. */
  @Benchmark
  public Comparison compare() {
    return ClauseDiff.create().compare(left, right, OPTIONS);
  }

  /** The JSON report, in memory. */
  @Benchmark
  public String json() {
    return ReportType.COMPARISON.writer(ReportFormat.JSON).render(comparison);
  }

  /** The text report, in memory. */
  @Benchmark
  public String text() {
    return ReportType.COMPARISON.writer(ReportFormat.TEXT).render(comparison);
  }
}
