package org.clausediff.spark;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What {@link SimilarJob} finds for every document.
 *
 * <p>Defaults: 10 hits per document, candidates as {@code corpus similar} pools them ({@code
 * max(50, 3 × topK)} from each source), and keys or band keys shared by more than 1,000 documents
 * left out of candidate generation (they tell no family apart, and a key in {@code m} documents
 * makes {@code m²} pairs).
 *
 * @param topK the most hits per document, in {@code [1, 1000]}
 * @param pool the candidates kept per document from each source (shared sentence keys, shared
 *     document band keys), at least {@code topK}
 * @param maxDocumentFrequency keys and band keys in more documents than this make no candidates; at
 *     least 2
 */
public record SimilarJobOptions(int topK, int pool, int maxDocumentFrequency) {

  /** Validates the options. */
  public SimilarJobOptions {
    checkArgument(topK >= 1 && topK <= 1000, "topK must be in [1, 1000] but was %s", topK);
    checkArgument(pool >= topK, "pool must be at least topK %s but was %s", topK, pool);
    checkArgument(
        maxDocumentFrequency >= 2,
        "maxDocumentFrequency must be at least 2 but was %s",
        maxDocumentFrequency);
  }

  /** 10 hits, pools of 50, keys in at most 1,000 documents. */
  public static SimilarJobOptions defaults() {
    return withTopK(10);
  }

  /** {@code topK} hits, pools of {@code max(50, 3 × topK)}, keys in at most 1,000 documents. */
  public static SimilarJobOptions withTopK(int topK) {
    return new SimilarJobOptions(topK, Math.max(50, 3 * topK), 1000);
  }

  /** Returns a copy with {@code pool}. */
  public SimilarJobOptions withPool(int pool) {
    return new SimilarJobOptions(topK, pool, maxDocumentFrequency);
  }

  /** Returns a copy with {@code maxDocumentFrequency}. */
  public SimilarJobOptions withMaxDocumentFrequency(int maxDocumentFrequency) {
    return new SimilarJobOptions(topK, pool, maxDocumentFrequency);
  }

  /**
   * The candidates verified per document with {@code compare}: {@code topK + max(3, topK / 4)}, as
   * {@code corpus similar} verifies.
   */
  public int verified() {
    return topK + Math.max(3, topK / 4);
  }
}
