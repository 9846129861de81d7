package org.clausediff.internal.normalize;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationOptions;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * Turns a {@link SourceText} into its comparison text, keeping the way back to every source code
 * point.
 *
 * <p>The rules named in the {@link NormalizationOptions} run in a fixed order, as one streaming
 * pass: invisible characters are removed first (part of {@code WHITESPACE}), then {@code WIDTH},
 * {@code NFKC}, {@code PUNCTUATION}, {@code TRADITIONAL_TO_SIMPLIFIED} and {@code OCR_CONFUSABLES},
 * and white space is collapsed last, judging the final characters. The result is idempotent:
 * normalizing a normalized text changes nothing. Time and memory are linear in the length of the
 * text.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TextNormalizer {
  private final NormalizationOptions options;

  private TextNormalizer(NormalizationOptions options) {
    this.options = options;
  }

  /** A normalizer that applies {@code options}. */
  public static TextNormalizer of(NormalizationOptions options) {
    return new TextNormalizer(checkNotNull(options, "options"));
  }

  /** A normalizer with {@link NormalizationOptions#defaults()}. */
  public static TextNormalizer defaults() {
    return of(NormalizationOptions.defaults());
  }

  /** This normalizer's options. */
  public NormalizationOptions options() {
    return options;
  }

  /** Normalizes {@code source}. */
  public NormalizedText normalize(SourceText source) {
    checkNotNull(source, "source");
    OffsetMap.Builder collector = new OffsetMap.Builder(source.length());
    List<RuleStep> steps = new ArrayList<>();
    CodePointSink head = collector;
    // Built back to front: each rule forwards to the one after it.
    if (options.applies(NormalizationRule.WHITESPACE)) {
      head = step(steps, NormalizationRule.WHITESPACE, new WhitespaceRule(head));
    }
    if (options.applies(NormalizationRule.OCR_CONFUSABLES)) {
      head = step(steps, NormalizationRule.OCR_CONFUSABLES, new OcrConfusablesRule(head));
    }
    if (options.applies(NormalizationRule.TRADITIONAL_TO_SIMPLIFIED)) {
      head =
          step(
              steps,
              NormalizationRule.TRADITIONAL_TO_SIMPLIFIED,
              new TraditionalToSimplifiedRule(head));
    }
    if (options.applies(NormalizationRule.PUNCTUATION)) {
      head = step(steps, NormalizationRule.PUNCTUATION, new PunctuationRule(head));
    }
    if (options.applies(NormalizationRule.NFKC)) {
      head = step(steps, NormalizationRule.NFKC, new NfkcRule(head));
    }
    if (options.applies(NormalizationRule.WIDTH)) {
      head = step(steps, NormalizationRule.WIDTH, new WidthRule(head));
    }
    if (options.applies(NormalizationRule.WHITESPACE)) {
      head = step(steps, NormalizationRule.WHITESPACE, new InvisibleRule(head));
    }

    for (int i = 0, n = source.length(); i < n; i++) {
      head.accept(source.codePointAt(i), i, i + 1);
    }
    head.finish();

    ImmutableSet.Builder<NormalizationRule> applied = ImmutableSet.builder();
    for (NormalizationRule rule : NormalizationRule.values()) {
      for (RuleStep step : steps) {
        if (step.rule == rule && step.implementation.changed()) {
          applied.add(rule);
        }
      }
    }
    return new NormalizedText(source, collector.codePoints(), collector.build(), applied.build());
  }

  private static CodePointSink step(List<RuleStep> steps, NormalizationRule rule, Rule impl) {
    steps.add(new RuleStep(rule, impl));
    return impl;
  }

  private static final class RuleStep {
    final NormalizationRule rule;
    final Rule implementation;

    RuleStep(NormalizationRule rule, Rule implementation) {
      this.rule = rule;
      this.implementation = implementation;
    }
  }
}
