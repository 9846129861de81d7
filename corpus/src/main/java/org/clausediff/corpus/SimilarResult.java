package org.clausediff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The answer of {@link Corpus#similar}: the query and its hits, best first.
 *
 * @param name the query document's name
 * @param sha256 the SHA-256 of its decoded text
 * @param length its length in code points
 * @param units its number of units (sentences)
 * @param candidates the number of indexed documents whose fingerprints were compared with it
 * @param hits the most similar documents, by descending similarity, then path
 */
public record SimilarResult(
    String name, String sha256, int length, int units, int candidates, List<SimilarHit> hits) {

  /** Validates the fields and copies the hits. */
  public SimilarResult {
    checkNotNull(name, "name");
    checkNotNull(sha256, "sha256");
    checkArgument(length >= 0 && units >= 0 && candidates >= 0, "negative count");
    hits = List.copyOf(hits);
  }
}
