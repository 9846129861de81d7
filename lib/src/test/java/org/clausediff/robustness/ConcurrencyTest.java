package org.clausediff.robustness;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.clausediff.ClauseDiffException;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportOptions;
import org.clausediff.report.ReportType;
import org.clausediff.report.ReportWriter;
import org.clausediff.segment.Segmentation;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TestData;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.clausediff.text.TextDecoder;
import org.clausediff.text.normalize.NormalizationOptions;
import org.clausediff.text.normalize.NormalizationRule;
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
  private static final ReportWriter<Segmentation> JSON =
      ReportType.SEGMENTATION.writer(
          ReportFormat.JSON, ReportOptions.defaults().withLevel(UnitKind.CLAUSE));

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void sharedInstancesGiveTheSequentialResults() throws Exception {
    List<Supplier<String>> tasks = new ArrayList<>();
    for (byte[] input : inputs()) {
      tasks.add(() -> process(input));
    }

    SharedUse.assertSequentialResultsInEveryThread(tasks, THREADS, ROUNDS);
  }

  /** Everything the stages say about one input, as one string. */
  private static String process(byte[] input) {
    SourceText text;
    try {
      text = DECODER.decode("input", input);
    } catch (ClauseDiffException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    StringBuilder out = new StringBuilder(text.encoding().orElseThrow().name()).append('\n');
    NormalizedText normalized = DEFAULT_RULES.normalize(text);
    describe(normalized, out);
    describe(ALL_RULES.normalize(text), out);
    out.append(
        JSON.render(new Segmentation(SEGMENTER.segment(text), normalized.appliedRules().asList())));
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
