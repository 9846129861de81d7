package org.clausediff.align;

import org.clausediff.ClauseDiff;
import org.clausediff.bench.LadderInputs;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.InlineDiff;
import org.clausediff.compare.Link;
import org.clausediff.internal.align.AlignOptions;
import org.clausediff.internal.align.Alignment;
import org.clausediff.internal.align.ClauseAligner;
import org.clausediff.internal.align.ShingleIndex;
import org.clausediff.internal.diff.InlineDiffer;
import org.clausediff.internal.pipeline.Fork;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.report.CompareJsonWriter;
import org.clausediff.report.CompareTextWriter;
import org.clausediff.segment.Segmentation;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.text.SourceText;
import java.util.ArrayList;
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
 * The stages of {@code compare} after segmentation, on a version pair of the scale ladder ({@link
 * LadderInputs#pair}, about 10% of sentences edited): keys (normalized unit texts, diff tokens and
 * shingles), the shingle index of candidate search, the whole alignment (exact and fuzzy matching,
 * moves, structure), the inline diffs of the changed links, and writing the JSON and text reports.
 *
 * <p>In package {@code align} to reach the package-private {@link ShingleIndex}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompareBenchmark {
  /** Size of each version in bytes of UTF-8, as in the ladder: {@code 1m} or {@code 10m}. */
  @Param({"1m"})
  public String size;

  private Segmentation left;
  private Segmentation right;
  private UnitKeys.Pair keys;
  private int[] allLeft;
  private Alignment alignment;
  private Comparison comparison;

  @Setup
  public void setUp() {
    PlantedEdits.Pair pair = LadderInputs.pair(LadderInputs.parseSize(size));
    left = ClauseDiff.create().segment(SourceText.of("old", pair.left()));
    right = ClauseDiff.create().segment(SourceText.of("new", pair.right()));
    keys = keys();
    allLeft = new int[keys.left().size()];
    for (int p = 0; p < allLeft.length; p++) {
      allLeft[p] = p;
    }
    alignment = ClauseAligner.defaults().align(keys);
    comparison = ClauseDiff.create().compare(left, right, CompareOptions.defaults());
  }

  /** Keys of both documents: normalized unit texts, diff tokens and shingle sets. */
  @Benchmark
  public UnitKeys.Pair keys() {
    AlignOptions options = AlignOptions.defaults();
    return UnitKeys.forPair(
        left.document(),
        left.normalized(),
        right.document(),
        right.normalized(),
        options.level(),
        options.ignoreLabels());
  }

  /** The inverted shingle index over every unit of the left document. */
  @Benchmark
  public ShingleIndex shingleIndex() {
    return ShingleIndex.of(keys.left(), allLeft);
  }

  /** The whole alignment from the keys: exact and fuzzy links, moves, structural links. */
  @Benchmark
  public Alignment alignment() {
    return ClauseAligner.defaults().align(keys);
  }

  /** The inline diffs of every link that is not identical. */
  @Benchmark
  public List<InlineDiff> inlineDiff() {
    UnitKeys l = keys.left();
    UnitKeys r = keys.right();
    InlineDiffer differ = InlineDiffer.defaults();
    List<InlineDiff> diffs = new ArrayList<>();
    for (Link link : alignment.links()) {
      if (!link.identical()) {
        int lFrom = l.positionOf(link.leftUnits().get(0));
        int rFrom = r.positionOf(link.rightUnits().get(0));
        diffs.add(
            differ.diff(
                l,
                lFrom,
                lFrom + link.leftUnits().size(),
                r,
                rFrom,
                rFrom + link.rightUnits().size()));
      }
    }
    return diffs;
  }

  /** Everything after segmentation: keys, alignment, inline diffs, document similarity. */
  @Benchmark
  public Comparison compare() {
    return ClauseDiff.create().compare(left, right, CompareOptions.defaults());
  }

  /** The JSON report, in memory. */
  @Benchmark
  public String json() {
    return new CompareJsonWriter().render(comparison);
  }

  /** The text report, in memory. */
  @Benchmark
  public String text() {
    return CompareTextWriter.plain().render(comparison);
  }
}
