package org.clausediff.corpus;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What {@link Corpus#reuse} reports.
 *
 * <p>Defaults: passages in at least 2 documents, of at least 20 characters (key tokens: a CJK
 * character, a Latin word, a punctuation mark), near when the estimated Jaccard similarity of their
 * shingles is at least 0.7 (as {@code dups --near}), BOILERPLATE from 3 groups of related documents
 * on, and the 20 document pairs with the most shared text.
 *
 * @param minDocs the fewest documents a passage must occur in, at least 2
 * @param minLength the shortest unit taken into account, in key tokens, at least 4
 * @param near the lowest estimated Jaccard similarity of two near units, in {@code (0, 1]}
 * @param boilerplateGroups the fewest groups of related documents a BOILERPLATE passage occurs in
 * @param maxPairs the number of document pairs reported
 */
public record ReuseOptions(
    int minDocs, int minLength, double near, int boilerplateGroups, int maxPairs) {

  /** Validates the options. */
  public ReuseOptions {
    checkArgument(minDocs >= 2, "minDocs must be at least 2 but was %s", minDocs);
    checkArgument(minLength >= 4, "minLength must be at least 4 but was %s", minLength);
    checkArgument(near > 0 && near <= 1, "near must be in (0, 1] but was %s", near);
    checkArgument(
        boilerplateGroups >= 2,
        "boilerplateGroups must be at least 2 but was %s",
        boilerplateGroups);
    checkArgument(maxPairs >= 0, "maxPairs must be >= 0 but was %s", maxPairs);
  }

  /** 2 documents, 20 tokens, near at 0.7, boilerplate from 3 groups, 20 pairs. */
  public static ReuseOptions defaults() {
    return new ReuseOptions(2, 20, 0.7, 3, 20);
  }

  /** Returns a copy with {@code minDocs}. */
  public ReuseOptions withMinDocs(int minDocs) {
    return new ReuseOptions(minDocs, minLength, near, boilerplateGroups, maxPairs);
  }

  /** Returns a copy with {@code minLength}. */
  public ReuseOptions withMinLength(int minLength) {
    return new ReuseOptions(minDocs, minLength, near, boilerplateGroups, maxPairs);
  }

  /** Returns a copy with {@code near}. */
  public ReuseOptions withNear(double near) {
    return new ReuseOptions(minDocs, minLength, near, boilerplateGroups, maxPairs);
  }

  /** Returns a copy with {@code boilerplateGroups}. */
  public ReuseOptions withBoilerplateGroups(int boilerplateGroups) {
    return new ReuseOptions(minDocs, minLength, near, boilerplateGroups, maxPairs);
  }

  /** Returns a copy with {@code maxPairs}. */
  public ReuseOptions withMaxPairs(int maxPairs) {
    return new ReuseOptions(minDocs, minLength, near, boilerplateGroups, maxPairs);
  }
}
