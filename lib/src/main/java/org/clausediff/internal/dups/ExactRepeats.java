package org.clausediff.internal.dups;

import java.util.List;
import org.clausediff.dups.DuplicatePassage;

/**
 * The exact repeats of a comparison text, found by {@link DuplicateDetector#findExact} from its
 * {@link LocatedSentences} and {@link RepeatIndex}, before the near-repeat sketches are needed: the
 * first half of {@link DuplicateDetector#detect(SentenceSketches, ExactRepeats, RepeatIndex)}.
 * Immutable once made; never changed by the detector.
 */
public final class ExactRepeats {
  private final LocatedSentences sentences;
  private final RepeatIndex index;
  private final List<Repeat> repeats;
  private final List<DuplicatePassage> passages;

  ExactRepeats(
      LocatedSentences sentences,
      RepeatIndex index,
      List<Repeat> repeats,
      List<DuplicatePassage> passages) {
    this.sentences = sentences;
    this.index = index;
    this.repeats = List.copyOf(repeats);
    this.passages = List.copyOf(passages);
  }

  LocatedSentences sentences() {
    return sentences;
  }

  RepeatIndex index() {
    return index;
  }

  List<Repeat> repeats() {
    return repeats;
  }

  /** The repeats as passages of the report, in their order (not yet sorted with the others). */
  List<DuplicatePassage> passages() {
    return passages;
  }
}
