package org.clausediff.internal.dups;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.segment.Document;

/**
 * The sentences of a document located in its comparison text: what exact-repeat search needs of the
 * segmentation ({@link DuplicateDetector#findExact}), and what the near-repeat sketches are made
 * of. Made by {@link DuplicateDetector#locate}, a quick step; the sketches, the slow one, are made
 * in parts ({@link #sketch(int, int)}) that may run on different threads while the exact repeats
 * are found, and joined in order ({@link #join}) into the {@link SentenceSketches} that {@link
 * DuplicateDetector#sketch} gives. Instances are immutable and thread-safe.
 */
public final class LocatedSentences {
  private final DuplicateOptions options;
  private final Document document;
  private final NormalizedText normalized;
  private final Sentences sentences;
  private final Optional<NearRepeatFinder> near;

  LocatedSentences(
      DuplicateOptions options,
      Document document,
      NormalizedText normalized,
      Sentences sentences,
      Optional<NearRepeatFinder> near) {
    this.options = options;
    this.document = document;
    this.normalized = normalized;
    this.sentences = sentences;
    this.near = near;
  }

  /**
   * The sketches of the {@code part}-th of {@code parts} consecutive stretches of the comparison
   * text, each about as long as the others (cut at sentence starts).
   *
   * @throws IllegalArgumentException unless {@code 0 <= part < parts}
   */
  public Part sketch(int part, int parts) {
    checkArgument(0 <= part && part < parts, "part %s must lie within [0, %s)", part, parts);
    int from = firstSentenceOf(part, parts);
    int to = firstSentenceOf(part + 1, parts);
    return new Part(
        this,
        part,
        parts,
        near.map(finder -> finder.sketch(sentences, normalized.codePoints(), from, to)));
  }

  /**
   * The first sentence that starts at or after the {@code part}-th of {@code parts} of the text.
   */
  private int firstSentenceOf(int part, int parts) {
    if (part == parts) {
      return sentences.count();
    }
    return sentences.firstStartingAtOrAfter((int) ((long) normalized.length() * part / parts));
  }

  /**
   * The sketches of all the sentences, from every part of one split, in order.
   *
   * @throws IllegalArgumentException if the parts are not all the parts of one split of these
   *     sentences, in order
   */
  public SentenceSketches join(List<Part> parts) {
    checkNotNull(parts, "parts");
    checkArgument(!parts.isEmpty(), "no parts to join");
    List<NearSketches> sketches = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      Part part = parts.get(k);
      checkArgument(
          part.of == this && part.index == k && part.count == parts.size(),
          "parts must be every part of one split of these sentences, in order");
      part.near.ifPresent(sketches::add);
    }
    return new SentenceSketches(
        this, near.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(sketches)));
  }

  /** The options of the detector that located them. */
  DuplicateOptions options() {
    return options;
  }

  /** The segmented document. */
  Document document() {
    return document;
  }

  /** The comparison text they are located in. */
  NormalizedText normalized() {
    return normalized;
  }

  Sentences sentences() {
    return sentences;
  }

  /** The near-repeat sketches of one stretch of the sentences: one part for {@link #join}. */
  public static final class Part {
    private final LocatedSentences of;
    private final int index;
    private final int count;
    private final Optional<NearSketches> near;

    private Part(LocatedSentences of, int index, int count, Optional<NearSketches> near) {
      this.of = of;
      this.index = index;
      this.count = count;
      this.near = near;
    }
  }
}
