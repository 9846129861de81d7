package org.clausediff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A passage shared between documents and all its occurrences.
 *
 * @param kind {@link Kind#EXACT} when every occurrence has the same comparison keys, else {@link
 *     Kind#NEAR}
 * @param label BOILERPLATE or REUSE; see {@link ReuseLabel}
 * @param length the length of the first occurrence, in code points
 * @param documents the number of distinct documents it occurs in
 * @param similarity the lowest estimated Jaccard similarity between an occurrence and the first one
 *     (1 for EXACT)
 * @param text the text of the first occurrence
 * @param occurrences every occurrence, by document and position
 */
public record ReuseCluster(
    Kind kind,
    ReuseLabel label,
    int length,
    int documents,
    double similarity,
    String text,
    List<Occurrence> occurrences) {

  /** Whether the occurrences are identical or similar. */
  public enum Kind {
    /** Every occurrence has the same comparison keys. */
    EXACT,
    /** Occurrences are similar: their shingles' estimated Jaccard similarity reaches the option. */
    NEAR
  }

  /** Validates the fields and copies the occurrences. */
  public ReuseCluster {
    checkNotNull(kind, "kind");
    checkNotNull(label, "label");
    checkNotNull(text, "text");
    occurrences = List.copyOf(occurrences);
    checkArgument(occurrences.size() >= 2, "a cluster has at least two occurrences");
    checkArgument(
        documents >= 1 && documents <= occurrences.size(),
        "documents %s outside [1, %s]",
        documents,
        occurrences.size());
    checkArgument(similarity >= 0 && similarity <= 1, "similarity outside [0, 1]: %s", similarity);
  }
}
