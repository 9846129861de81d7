package org.clausediff.internal.dups;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.clausediff.dups.DuplicateLabel;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.dups.LabelReason;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.segment.Document;
import org.clausediff.text.Span;

/**
 * Finds the passages that occur more than once in a document and labels them DUPLICATION or
 * BOILERPLATE.
 *
 * <p>Matching runs on the comparison text ({@link NormalizedText}), so a copy with a line break, a
 * full-width digit or a different quotation mark inside still matches; every occurrence is reported
 * as a span of the source text. Exact repeats come from a suffix array ({@link ExactRepeatFinder}):
 * passages of whole sentences where whole sentences repeat, phrases otherwise. Near repeats are
 * sentences whose shingle similarity reaches the threshold ({@link NearRepeatFinder}); sentences
 * already inside a later occurrence of an exact duplication are not compared again. Each passage is
 * labelled by the rule of {@link LabelReason}.
 *
 * <p>Passages are sorted by their first occurrence, then exact before near, then longer first;
 * occurrences by position. Time is linear in the length of the text, apart from sorting. Instances
 * are immutable and thread-safe.
 */
public final class DuplicateDetector {
  /**
   * The steps of {@link #detect(SentenceSketches, RepeatIndex, Consumer)} after its inputs are
   * built, in the order they end.
   */
  public enum Step {
    /** The exact repeats found on the suffix array. */
    EXACT_REPEATS,
    /** The near repeats found among the sketched sentences (nothing to do when switched off). */
    NEAR_REPEATS,
    /** The repeats mapped to source spans, labelled and sorted into passages. */
    PASSAGES
  }

  private final DuplicateOptions options;

  private DuplicateDetector(DuplicateOptions options) {
    this.options = options;
  }

  /** A detector with {@code options}. */
  public static DuplicateDetector of(DuplicateOptions options) {
    return new DuplicateDetector(checkNotNull(options, "options"));
  }

  /** A detector with {@link DuplicateOptions#defaults()}. */
  public static DuplicateDetector defaults() {
    return of(DuplicateOptions.defaults());
  }

  /** This detector's options. */
  public DuplicateOptions options() {
    return options;
  }

  /**
   * Finds the repeated passages of {@code document}, matching on {@code normalized}.
   *
   * @throws IllegalArgumentException if the two do not belong to the same source text
   */
  public DuplicateReport detect(Document document, NormalizedText normalized) {
    checkNotNull(document, "document");
    checkNotNull(normalized, "normalized");
    checkSameSource(document, normalized);
    return detect(document, RepeatIndex.of(normalized));
  }

  /**
   * Finds the repeated passages of {@code document}, matching on the comparison text of {@code
   * index}.
   *
   * @throws IllegalArgumentException if the two do not belong to the same source text
   */
  public DuplicateReport detect(Document document, RepeatIndex index) {
    checkNotNull(document, "document");
    checkNotNull(index, "index");
    return detect(sketch(document, index.normalized(), index.text()), index);
  }

  /**
   * The part of detection that needs the segmentation but not the suffix array: the sentences of
   * {@code document} in the comparison text and the signatures for near-repeat search. A caller may
   * build it side by side with {@link RepeatIndex#of} (on another thread) and pass both to {@link
   * #detect(SentenceSketches, RepeatIndex)}; the result is the same as {@link #detect(Document,
   * RepeatIndex)}.
   *
   * @throws IllegalArgumentException if the two do not belong to the same source text
   */
  public SentenceSketches sketch(Document document, NormalizedText normalized) {
    checkNotNull(document, "document");
    checkNotNull(normalized, "normalized");
    return sketch(document, normalized, normalized.codePoints().toArray());
  }

  private SentenceSketches sketch(Document document, NormalizedText normalized, int[] text) {
    LocatedSentences located = locate(document, normalized, text);
    return located.join(List.of(located.sketch(0, 1)));
  }

  /**
   * The quick first part of {@link #sketch}: the sentences of {@code document} located in {@code
   * normalized}, of which the exact repeats can be found ({@link #findExact}) while the near-repeat
   * sketches are made in parts ({@link LocatedSentences#sketch(int, int)}), on other threads.
   *
   * @throws IllegalArgumentException if the two do not belong to the same source text
   */
  public LocatedSentences locate(Document document, NormalizedText normalized) {
    checkNotNull(document, "document");
    checkNotNull(normalized, "normalized");
    return locate(document, normalized, normalized.codePoints().toArray());
  }

  private LocatedSentences locate(Document document, NormalizedText normalized, int[] text) {
    checkSameSource(document, normalized);
    return new LocatedSentences(
        options, document, normalized, Sentences.of(document, normalized, text), nearFinder());
  }

  /**
   * The exact repeats of the comparison text of {@code index}, whose sentences are {@code
   * sentences}: the first step of {@link #detect(SentenceSketches, RepeatIndex)}, which needs no
   * sketches.
   *
   * @throws IllegalArgumentException if {@code sentences} were located by a detector with other
   *     options or in another comparison text than {@code index}'s
   */
  public ExactRepeats findExact(LocatedSentences sentences, RepeatIndex index) {
    checkNotNull(sentences, "sentences");
    checkNotNull(index, "index");
    checkArgument(
        sentences.options().equals(options),
        "sentences located with other options than %s",
        options);
    checkArgument(
        sentences.normalized() == index.normalized(),
        "sentences and index must be of one comparison text");
    List<Repeat> repeats =
        new ExactRepeatFinder(options.minLength()).find(sentences.sentences(), index.suffixArray());
    return new ExactRepeats(
        sentences,
        index,
        repeats,
        SourcePassages.of(repeats, index.normalized(), options.minLength()));
  }

  /**
   * Finds the repeated passages of the document of {@code sketches}, matching on the comparison
   * text of {@code index}.
   *
   * @throws IllegalArgumentException if {@code sketches} were made by a detector with other options
   *     or of another comparison text than {@code index}'s
   */
  public DuplicateReport detect(SentenceSketches sketches, RepeatIndex index) {
    return detect(sketches, index, step -> {});
  }

  /**
   * Detects as {@link #detect(SentenceSketches, RepeatIndex)} does, telling {@code stepEnded} on
   * this thread as each {@link Step} ends. A hook for timers: the stage timer of the benchmarks
   * times the steps of this method, not a copy of it that could drift from it.
   */
  public DuplicateReport detect(
      SentenceSketches sketches, RepeatIndex index, Consumer<Step> stepEnded) {
    checkNotNull(sketches, "sketches");
    checkNotNull(stepEnded, "stepEnded");
    checkArgument(
        sketches.options().equals(options), "sketches made with other options than %s", options);
    ExactRepeats exact = findExact(sketches.located(), index);
    stepEnded.accept(Step.EXACT_REPEATS);
    return detect(sketches, exact, stepEnded);
  }

  /**
   * Finds the repeated passages of the document of {@code sketches}, given its exact repeats: the
   * rest of {@link #detect(SentenceSketches, RepeatIndex)}, which gives the same report.
   *
   * @throws IllegalArgumentException if {@code sketches} were made by a detector with other options
   *     or of other sentences than {@code exact}, or {@code exact} was found on another index
   */
  public DuplicateReport detect(SentenceSketches sketches, ExactRepeats exact, RepeatIndex index) {
    checkNotNull(sketches, "sketches");
    checkNotNull(exact, "exact");
    checkNotNull(index, "index");
    checkArgument(
        sketches.options().equals(options), "sketches made with other options than %s", options);
    checkArgument(
        sketches.located() == exact.sentences() && exact.index() == index,
        "sketches, exact repeats and index must be of one comparison text");
    return detect(sketches, exact, step -> {});
  }

  private DuplicateReport detect(
      SentenceSketches sketches, ExactRepeats exact, Consumer<Step> stepEnded) {
    Document document = sketches.document();
    NormalizedText normalized = sketches.normalized();
    Sentences sentences = sketches.sentences();
    List<DuplicatePassage> passages = new ArrayList<>(exact.passages());
    if (sketches.near().isPresent()) {
      List<Repeat> near =
          nearFinder()
              .orElseThrow()
              .find(sentences, sketches.near().get(), removedSentences(sentences, exact.repeats()));
      passages.addAll(SourcePassages.of(near, normalized, options.minLength()));
    }
    stepEnded.accept(Step.NEAR_REPEATS);
    passages.sort(ORDER);
    DuplicateReport report =
        DuplicateReport.of(
            document.source(), List.copyOf(normalized.appliedRules()), options, passages);
    stepEnded.accept(Step.PASSAGES);
    return report;
  }

  private Optional<NearRepeatFinder> nearFinder() {
    if (options.nearThreshold().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new NearRepeatFinder(
            options.nearThreshold().getAsDouble(), options.shingleSize(), options.minLength()));
  }

  private static void checkSameSource(Document document, NormalizedText normalized) {
    checkArgument(
        document.source() == normalized.source(),
        "document and normalized text must share one source");
  }

  /** The sentences inside a later occurrence of an exact duplication: removed by cleaning. */
  private static boolean[] removedSentences(Sentences sentences, List<Repeat> repeats) {
    boolean[] removed = new boolean[sentences.count()];
    for (Repeat repeat : repeats) {
      if (repeat.reason().label() != DuplicateLabel.DUPLICATION) {
        continue;
      }
      for (int k = 1; k < repeat.size(); k++) {
        for (int i = sentences.firstStartingAtOrAfter(repeat.starts()[k]);
            i < sentences.count() && sentences.start(i) < repeat.ends()[k];
            i++) {
          removed[i] = true;
        }
      }
    }
    return removed;
  }

  private static final Comparator<DuplicatePassage> ORDER =
      Comparator.<DuplicatePassage>comparingInt(p -> p.first().start())
          .thenComparing(DuplicatePassage::kind)
          .thenComparing(p -> -p.first().length())
          .thenComparing(DuplicatePassage::occurrences, DuplicateDetector::compareSpans);

  private static int compareSpans(List<Span> a, List<Span> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
