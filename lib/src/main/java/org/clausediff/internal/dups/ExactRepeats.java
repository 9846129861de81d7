package org.clausediff.internal.dups;

import java.util.List;

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

  ExactRepeats(LocatedSentences sentences, RepeatIndex index, List<Repeat> repeats) {
    this.sentences = sentences;
    this.index = index;
    this.repeats = List.copyOf(repeats);
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
}
