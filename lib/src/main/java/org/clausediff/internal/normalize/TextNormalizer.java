package org.clausediff.internal.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
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
    return join(source, List.of(part(source, 0, source.length())));
  }

  /**
   * What {@link #normalize} gives, computed by handing every code point to the rules one by one,
   * without passing runs of plain code points on whole: the plain reference that {@code
   * TextNormalizerProperties} compares the normalizer with.
   */
  NormalizedText normalizeOneByOne(SourceText source) {
    return join(source, List.of(part(source, 0, source.length(), false)));
  }

  /**
   * The comparison text of the source code points {@code [from, to)} of {@code source}, to be
   * {@link #join joined} with the parts before and after it; {@code from} and {@code to} are 0, the
   * length of the source or a {@link #cutNear cut}. Parts are independent of each other, so they
   * may be normalized on different threads; joined, they give what {@link #normalize} gives.
   *
   * <p>A cut lies after two code points that every rule passes through one by one and before a
   * third (see {@link #isPlain}); the part after it is normalized from those two code points on, as
   * a warm-up, and keeps only what comes from {@code from} on. Every rule's state at the cut is
   * then what it is in one pass over the whole text: the rules look back at most one code point
   * (the OCR rule at the one before, which the first warm-up code point sets), white space and NFKC
   * segments end at a plain code point, and what a plain code point becomes depends on nothing
   * before the one before it.
   */
  public Part part(SourceText source, int from, int to) {
    return part(source, from, to, true);
  }

  private Part part(SourceText source, int from, int to, boolean inRuns) {
    checkNotNull(source, "source");
    checkArgument(
        0 <= from && from <= to && to <= source.length(),
        "part [%s, %s) must lie within [0, %s]",
        from,
        to,
        source.length());
    checkArgument(
        from == 0 || isCut(source, from),
        "a part must start at 0 or at a cut but starts at %s",
        from);
    checkArgument(
        to == source.length() || isCut(source, to),
        "a part must end at the text's end or at a cut but ends at %s",
        to);
    OffsetMapBuilder collector =
        new OffsetMapBuilder(source.length(), from, from == 0 ? source.length() : to - from);
    List<RuleStep> steps = new ArrayList<>();
    CodePointSink head = chain(collector, steps);
    int i = from == 0 ? 0 : from - WARM_UP;
    while (i < to) {
      int end = inRuns ? plainRunEnd(source, i, to) : i;
      if (end - i >= MIN_RUN) {
        head.acceptPlain(source, i, end);
        i = end;
      } else {
        head.accept(source.codePointAt(i), i, i + 1);
        i++;
      }
    }
    head.finish();
    EnumSet<NormalizationRule> changed = EnumSet.noneOf(NormalizationRule.class);
    for (RuleStep step : steps) {
      if (step.implementation.changed()) {
        changed.add(step.rule);
      }
    }
    return new Part(from, to, collector, changed);
  }

  /**
   * Joins {@code parts}, which cover {@code source} from its start to its end in order, into its
   * comparison text.
   */
  public NormalizedText join(SourceText source, List<Part> parts) {
    checkNotNull(source, "source");
    checkArgument(!parts.isEmpty(), "no parts to join");
    checkArgument(parts.get(0).from == 0, "the first part must start at 0");
    checkArgument(
        parts.get(parts.size() - 1).to == source.length(), "the last part must end at the end");
    OffsetMapBuilder collector = parts.get(0).collector;
    EnumSet<NormalizationRule> changed = EnumSet.copyOf(parts.get(0).changed);
    for (int k = 1; k < parts.size(); k++) {
      Part part = parts.get(k);
      checkArgument(
          part.from == parts.get(k - 1).to, "parts must follow each other, without gap or overlap");
      collector.append(part.collector);
      changed.addAll(part.changed);
    }
    ImmutableSet.Builder<NormalizationRule> applied = ImmutableSet.builder();
    for (NormalizationRule rule : NormalizationRule.values()) {
      if (changed.contains(rule)) {
        applied.add(rule);
      }
    }
    return new NormalizedText(source, collector.codePoints(), collector.build(), applied.build());
  }

  /**
   * A cut at or after {@code offset} and before {@code limit} (a place where {@code source} may be
   * split into {@link #part parts}), the first one found; empty if there is none. Time linear in
   * the distance to it.
   */
  public static OptionalInt cutNear(SourceText source, int offset, int limit) {
    checkNotNull(source, "source");
    for (int i = Math.max(offset, WARM_UP); i < Math.min(limit, source.length()); i++) {
      if (isCut(source, i)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private static boolean isCut(SourceText source, int i) {
    return i >= WARM_UP
        && i < source.length()
        && isPlain(source.codePointAt(i - 2))
        && isPlain(source.codePointAt(i - 1))
        && isPlain(source.codePointAt(i));
  }

  /**
   * Whether every rule takes {@code cp} on its own: a CJK unified ideograph or an ASCII letter or
   * digit, which no rule removes or joins to its neighbours (none is white space or invisible, none
   * has a width variant, each starts and ends an NFKC segment when its neighbours are plain too),
   * and which is not 十 (whose OCR reading depends on the code point before it).
   */
  static boolean isPlain(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF && cp != '十')
        || (cp >= 'a' && cp <= 'z')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= '0' && cp <= '9');
  }

  /** The end of the run of plain code points that starts at {@code from}, at most {@code to}. */
  private static int plainRunEnd(SourceText source, int from, int to) {
    int end = from;
    while (end < to && isPlain(source.codePointAt(end))) {
      end++;
    }
    return end;
  }

  /** The shortest run of plain code points handed to the rules whole. */
  private static final int MIN_RUN = 3;

  /** The code points before a cut that the part after it runs through its rules first. */
  private static final int WARM_UP = 2;

  private CodePointSink chain(CodePointSink collector, List<RuleStep> steps) {
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
    return head;
  }

  /**
   * The comparison text of a stretch of a source text, with the rules that changed something in it:
   * what {@link #join} joins. Used once; not thread-safe until handed over (by a join of the thread
   * that made it).
   */
  public static final class Part {
    private final int from;
    private final int to;
    private final OffsetMapBuilder collector;
    private final EnumSet<NormalizationRule> changed;

    private Part(int from, int to, OffsetMapBuilder collector, EnumSet<NormalizationRule> changed) {
      this.from = from;
      this.to = to;
      this.collector = collector;
      this.changed = changed;
    }
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
