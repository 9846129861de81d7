package org.clausediff.dups;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * What {@link org.clausediff.ClauseDiff#duplicates} found in one document: the repeated passages,
 * labelled, and what cleaning removes.
 *
 * <p>Invariants: passages are sorted by their first occurrence; {@code removed} is exactly the
 * union of the occurrences after the first of every {@link DuplicateLabel#DUPLICATION} passage, as
 * sorted, non-overlapping, non-adjacent spans of the source. Immutable and thread-safe.
 *
 * @param source the document
 * @param normalization the normalization rules that changed the document's comparison text
 * @param options the options the detector ran with
 * @param passages the repeated passages, sorted by first occurrence
 * @param removed the spans cleaning removes
 */
public record DuplicateReport(
    SourceText source,
    List<NormalizationRule> normalization,
    DuplicateOptions options,
    List<DuplicatePassage> passages,
    List<Span> removed) {

  /** Validates the report and copies its lists. */
  public DuplicateReport {
    checkNotNull(source, "source");
    checkNotNull(options, "options");
    normalization = List.copyOf(normalization);
    passages = List.copyOf(passages);
    removed = List.copyOf(removed);
    for (int i = 1; i < passages.size(); i++) {
      checkArgument(
          passages.get(i - 1).first().start() <= passages.get(i).first().start(),
          "passages must be sorted by first occurrence");
    }
    for (DuplicatePassage passage : passages) {
      for (Span occurrence : passage.occurrences()) {
        source.checkSpan(occurrence);
      }
    }
    checkArgument(
        removed.equals(removedBy(passages)),
        "removed must be the later occurrences of the duplication passages");
  }

  /** The report of {@code passages} in {@code source}, with what cleaning removes. */
  public static DuplicateReport of(
      SourceText source,
      List<NormalizationRule> normalization,
      DuplicateOptions options,
      List<DuplicatePassage> passages) {
    return new DuplicateReport(source, normalization, options, passages, removedBy(passages));
  }

  /** The union of the later occurrences of the duplication passages, merged. */
  private static List<Span> removedBy(List<DuplicatePassage> passages) {
    List<Span> later = new ArrayList<>();
    for (DuplicatePassage passage : passages) {
      if (passage.isDuplication()) {
        later.addAll(passage.later());
      }
    }
    later.sort(null);
    List<Span> merged = new ArrayList<>();
    for (Span span : later) {
      int last = merged.size() - 1;
      if (last >= 0 && span.start() <= merged.get(last).end()) {
        merged.set(last, merged.get(last).span(span));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  /** Whether any passage is duplication: what the command's exit status 1 means. */
  public boolean hasDuplication() {
    return passages.stream().anyMatch(DuplicatePassage::isDuplication);
  }

  /** The number of passages labelled {@code label}. */
  public int count(DuplicateLabel label) {
    checkNotNull(label, "label");
    return (int) passages.stream().filter(p -> p.label() == label).count();
  }

  /**
   * The number of source code points in the occurrences after the first of the duplication
   * passages, each counted once: what cleaning removes.
   */
  public int duplicatedLength() {
    return removed.stream().mapToInt(Span::length).sum();
  }

  /** {@link #duplicatedLength()} as a share of the document's length, from 0 to 1. */
  public double duplicatedShare() {
    return source.isEmpty() ? 0 : (double) duplicatedLength() / source.length();
  }

  /**
   * The cleaned text: the source text without the {@link #removed()} spans, everything else
   * unchanged.
   */
  public String cleanedText() {
    StringBuilder out = new StringBuilder(source.text().length());
    int kept = 0;
    for (Span span : removed) {
      out.append(source.text(), source.charIndex(kept), source.charIndex(span.start()));
      kept = span.end();
    }
    out.append(source.text(), source.charIndex(kept), source.text().length());
    return out.toString();
  }

  /**
   * The cleaned bytes: {@code input}, the bytes the source was decoded from, without the bytes of
   * the {@link #removed()} spans — every other byte as it was, in whatever encoding, a byte-order
   * mark included; nothing is re-encoded ({@link SourceText#cut}).
   *
   * @throws IllegalArgumentException if the source was not decoded from bytes, or not from these
   * @throws org.clausediff.InvalidInputException if the encoding cannot lose those bytes without
   *     changing the text around them (ISO-2022-JP, say)
   */
  public byte[] cleanedBytes(byte[] input) {
    return source.cut(input, removed);
  }
}
