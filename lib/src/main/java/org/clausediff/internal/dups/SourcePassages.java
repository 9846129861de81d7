package org.clausediff.internal.dups;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.RepeatKind;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.normalize.OffsetMap;
import org.clausediff.text.Span;

/**
 * Maps the repeats the finders give, in offsets of the comparison text, to the passages of the
 * report, in source spans: exact repeats first trimmed to whole source code points; occurrences
 * that map to one source span counted once; repeats left with fewer than two occurrences dropped.
 */
final class SourcePassages {
  private SourcePassages() {}

  /** The passages of {@code repeats}, in their order. */
  static List<DuplicatePassage> of(List<Repeat> repeats, NormalizedText normalized, int minLength) {
    List<DuplicatePassage> passages = new ArrayList<>();
    for (Repeat found : repeats) {
      Optional<Repeat> whole =
          found.kind() == RepeatKind.EXACT
              ? wholeCodePoints(found, normalized.offsetMap(), minLength)
              : Optional.of(found);
      if (whole.isEmpty()) {
        continue;
      }
      Repeat repeat = whole.get();
      List<Span> occurrences = new ArrayList<>();
      for (int k = 0; k < repeat.size(); k++) {
        Span span = normalized.toSource(repeat.starts()[k], repeat.ends()[k]);
        if (occurrences.isEmpty() || !occurrences.get(occurrences.size() - 1).equals(span)) {
          occurrences.add(span);
        }
      }
      if (occurrences.size() >= 2) {
        passages.add(
            new DuplicatePassage(repeat.kind(), repeat.reason(), repeat.similarity(), occurrences));
      }
    }
    return passages;
  }

  /**
   * The exact repeat {@code repeat} with its ends moved inward, by the same amount in every
   * occurrence, until each occurrence starts and ends between the normalized text of two source
   * code points — not inside the expansion of one (NFKC turns ㈠ into {@code (一)}; a combining mark
   * joins the normalized text of the character it follows). Otherwise the source span of an
   * occurrence would take in the whole character and, with it, text the other occurrences lack.
   * Empty when fewer than {@code minLength} code points remain.
   */
  static Optional<Repeat> wholeCodePoints(Repeat repeat, OffsetMap map, int minLength) {
    int length = repeat.ends()[0] - repeat.starts()[0];
    int from = 0;
    while (from < length && !allAtBoundary(repeat, map, from)) {
      from++;
    }
    int to = length;
    while (to > from && !allAtBoundary(repeat, map, to)) {
      to--;
    }
    if (from == 0 && to == length) {
      return Optional.of(repeat);
    }
    if (to - from < minLength) {
      return Optional.empty();
    }
    int[] starts = new int[repeat.size()];
    int[] ends = new int[repeat.size()];
    for (int k = 0; k < repeat.size(); k++) {
      starts[k] = repeat.starts()[k] + from;
      ends[k] = repeat.starts()[k] + to;
    }
    return Optional.of(
        new Repeat(repeat.kind(), repeat.reason(), repeat.similarity(), starts, ends));
  }

  /**
   * Whether {@code offset} into every occurrence of {@code repeat} lies between source code points.
   */
  private static boolean allAtBoundary(Repeat repeat, OffsetMap map, int offset) {
    for (int k = 0; k < repeat.size(); k++) {
      int i = repeat.starts()[k] + offset;
      if (i > 0 && i < map.normalizedLength() && map.sourceEnd(i - 1) > map.sourceStart(i)) {
        return false;
      }
    }
    return true;
  }
}
