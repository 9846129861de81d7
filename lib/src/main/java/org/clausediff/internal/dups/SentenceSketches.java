package org.clausediff.internal.dups;

import java.util.List;
import java.util.Optional;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.segment.Document;

/**
 * What duplicate detection needs of a document besides its {@link RepeatIndex}: its sentences in
 * the comparison text and, when near repeats are searched, the MinHash signatures of its body
 * sentences. Made by {@link DuplicateDetector#sketch} from the segmentation and the comparison text
 * (not the suffix array), so that a caller can build it while the suffix array is built elsewhere.
 * Instances are immutable and thread-safe.
 */
public final class SentenceSketches {
  private final LocatedSentences located;
  private final Optional<List<NearSketches>> near;

  SentenceSketches(LocatedSentences located, Optional<List<NearSketches>> near) {
    this.located = located;
    this.near = near;
  }

  /** The options of the detector that made these sketches. */
  public DuplicateOptions options() {
    return located.options();
  }

  /** The sketched document. */
  public Document document() {
    return located.document();
  }

  /** The comparison text the sentences are located in. */
  public NormalizedText normalized() {
    return located.normalized();
  }

  LocatedSentences located() {
    return located;
  }

  Sentences sentences() {
    return located.sentences();
  }

  Optional<List<NearSketches>> near() {
    return near;
  }
}
