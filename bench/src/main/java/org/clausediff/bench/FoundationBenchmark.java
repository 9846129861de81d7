package org.clausediff.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.segment.Document;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.testing.Stages;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import org.clausediff.text.normalize.NormalizationOptions;
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
 * Decode, normalize and segment, on the seeds repeated to about 1 MB and 10 MB of UTF-8 (350 000
 * and 3 500 000 code points). Decoding is the public {@link TextDecoder}; normalization and
 * segmentation are the engine's stages, reached through {@link Stages}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FoundationBenchmark {
  /** Approximate size of the input, in code points. */
  @Param({"350000", "3500000"})
  public int codePoints;

  private byte[] utf8;
  private SourceText source;

  /** Builds the input. */
  @Setup
  public void setUp() {
    String text = Corpus.repeatedSeeds(codePoints);
    utf8 = text.getBytes(StandardCharsets.UTF_8);
    source = SourceText.of("bench", text);
  }

  /** UTF-8 bytes to a {@link SourceText}, the encoding detected. */
  @Benchmark
  public SourceText decode() {
    return TextDecoder.defaults().decode("bench", utf8);
  }

  /** The comparison text, with the default rules. */
  @Benchmark
  public NormalizedText normalize() {
    return Stages.normalize(source, NormalizationOptions.defaults());
  }

  /** The unit tree, down to clauses. */
  @Benchmark
  public Document segment() {
    return Stages.segment(source, SegmentOptions.defaults());
  }
}
