package org.clausediff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The answer of {@link Corpus#reuse}: the shared passages and the document pairs that share the
 * most.
 *
 * @param options the options used
 * @param documents the number of documents examined
 * @param units the number of units (sentences) examined, those shorter than the minimum length left
 *     out
 * @param clusters the shared passages: by number of documents, then length (both descending), then
 *     first occurrence
 * @param pairs the document pairs with the most shared REUSE text, most first
 */
public record ReuseReport(
    ReuseOptions options,
    int documents,
    long units,
    List<ReuseCluster> clusters,
    List<DocumentPair> pairs) {

  /** Validates the fields and copies the lists. */
  public ReuseReport {
    checkNotNull(options, "options");
    checkArgument(documents >= 0 && units >= 0, "negative count");
    clusters = List.copyOf(clusters);
    pairs = List.copyOf(pairs);
  }
}
