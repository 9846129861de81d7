package org.clausediff.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clausediff.ClauseDiffException;
import org.clausediff.api.Segmentation;
import org.clausediff.report.SegmentJsonWriter;
import org.clausediff.segment.Segmenter;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TestData;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.clausediff.text.TextDecoder;
import org.clausediff.text.normalize.NormalizationOptions;
import org.clausediff.text.normalize.NormalizationRule;
import org.clausediff.text.normalize.NormalizedText;
import org.clausediff.text.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link TextDecoder}, one {@link TextNormalizer} per rule set and one {@link Segmenter},
 * shared by 8 threads that each work through every input in an order of their own, give exactly
 * what one thread gives working through them one by one.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 2;

  private static final TextDecoder DECODER = TextDecoder.defaults();
  private static final TextNormalizer DEFAULT_RULES = TextNormalizer.defaults();
  private static final TextNormalizer ALL_RULES =
      TextNormalizer.of(
          NormalizationOptions.defaults()
              .with(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED)
              .with(NormalizationRule.OCR_CONFUSABLES));
  private static final Segmenter SEGMENTER = Segmenter.defaults();
  private static final SegmentJsonWriter JSON = SegmentJsonWriter.downTo(UnitKind.CLAUSE);

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void sharedInstancesGiveTheSequentialResults() throws Exception {
    List<byte[]> inputs = inputs();
    List<String> expected = new ArrayList<>();
    for (byte[] input : inputs) {
      expected.add(process(input));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        threads.add(
            pool.submit(
                () -> {
                  start.await();
                  return processInOwnOrder(inputs, seed);
                }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<String> actual = threads.get(t).get(4, TimeUnit.MINUTES);
        for (int i = 0; i < inputs.size(); i++) {
          assertThat(actual.get(i)).as("thread %s, input %s", t, i).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Processes every input {@link #ROUNDS} times in a shuffled order; results by input index. */
  private static List<String> processInOwnOrder(List<byte[]> inputs, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      order.add(i);
    }
    String[] results = new String[inputs.size()];
    Random random = new Random(seed);
    for (int round = 0; round < ROUNDS; round++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        String result = process(inputs.get(i));
        if (round > 0 && !result.equals(results[i])) {
          throw new AssertionError("input " + i + " changed between rounds in thread " + seed);
        }
        results[i] = result;
      }
    }
    return List.of(results);
  }

  /** Everything the stages say about one input, as one string. */
  private static String process(byte[] input) {
    SourceText text;
    try {
      text = DECODER.decode("input", input);
    } catch (ClauseDiffException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    StringBuilder out = new StringBuilder(text.encoding()).append('\n');
    NormalizedText normalized = DEFAULT_RULES.normalize(text);
    describe(normalized, out);
    describe(ALL_RULES.normalize(text), out);
    out.append(JSON.render(new Segmentation(SEGMENTER.segment(text), normalized)));
    return out.toString();
  }

  private static void describe(NormalizedText normalized, StringBuilder out) {
    out.append(normalized).append('\n').append(normalized.appliedRules()).append('\n');
    for (int i = 0; i < normalized.length(); i++) {
      Span source = normalized.offsetMap().sourceOf(i);
      out.append(source.start()).append(',').append(source.end()).append(' ');
    }
    out.append('\n');
  }

  /** The seed documents, generated awkward text in several encodings, and some bad bytes. */
  private static List<byte[]> inputs() {
    List<byte[]> inputs = new ArrayList<>();
    for (String seed : TestData.SEEDS) {
      inputs.add(TestData.text(seed).text().getBytes(StandardCharsets.UTF_8));
    }
    Charset[] charsets = {
      StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16LE
    };
    for (int seed = 0; seed < 24; seed++) {
      TextGenerator generator = TextGenerator.seeded(seed);
      String text = seed % 2 == 0 ? generator.chineseProse(3000) : generator.text(1500);
      Charset charset = charsets[seed % charsets.length];
      String withMark = charset.equals(StandardCharsets.UTF_16LE) ? "\uFEFF" + text : text;
      inputs.add(withMark.getBytes(charset));
    }
    for (BadInputs.BadInput input : BadInputs.small()) {
      inputs.add(input.bytes());
    }
    return inputs;
  }
}
