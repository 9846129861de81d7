package org.clausediff.compare;

import java.util.Locale;

/**
 * The named similarity measures of clausediff. Each scores a pair in {@code [0, 1]}, is symmetric,
 * and is 1 for identical keys. Shingles are the distinct bigrams of the key's word-like tokens (a
 * CJK character, or a Latin word; see {@link org.clausediff.internal.text.Tokens}); edit tokens are
 * the key's diff tokens (a CJK character, a Latin word or number, or one other character such as a
 * punctuation mark).
 */
public enum Measure {
  /** {@code |A ∩ B| / |A ∪ B|} over the shingle sets {@code A} and {@code B}. */
  JACCARD,
  /** {@code |A ∩ B| / min(|A|, |B|)}: how much of the smaller side the larger contains. */
  CONTAINMENT,
  /** {@code 2 |A ∩ B| / (|A| + |B|)}, the Dice coefficient of the shingle sets. */
  DICE,
  /**
   * {@code 2 LCS(a, b) / (|a| + |b|)} over the edit tokens, i.e. {@code 1 − (insertions +
   * deletions) / (|a| + |b|)} of a minimal edit script: the share of both keys that a character
   * diff leaves unchanged.
   */
  EDIT,
  /**
   * The score that links are chosen by: {@code (DICE + EDIT) / 2}. Dice ignores word order and is
   * robust to clauses swapped inside a sentence; edit similarity counts characters and is robust
   * for short units with few shingles.
   */
  COMBINED,
  /**
   * For structural units (sections, items): the share of both units' text that lies in sentence
   * links between them, each link weighted by its combined similarity: {@code Σ s·(|l| + |r|) /
   * (|A| + |B|)} over links {@code l → r} with {@code l} in {@code A} and {@code r} in {@code B}.
   */
  LINK_SHARE,
  /**
   * For structural units: the cosine of their TF-IDF vectors over shingles, where the term
   * frequency is the number of the unit's sentences that contain the shingle and the inverse
   * document frequency is {@code ln(1 + N / df)}, {@code df} being the number of the {@code N}
   * sentences of both documents that contain it. When the two documents have more than two million
   * shingles (sentence by sentence, in all), the vectors are built from a fixed sample: the
   * shingles whose hash is divisible by the least power of two that brings the count under two
   * million (a quarter of them for two 10 MB documents).
   */
  TFIDF_COSINE,
  /** For structural units: the Dice coefficient of the shingle sets of the two headings' titles. */
  TITLE,
  /**
   * The score that structural links are chosen by: {@code 0.5 LINK_SHARE + 0.3 TFIDF_COSINE + 0.2
   * TITLE}, or {@code (5 LINK_SHARE + 3 TFIDF_COSINE) / 8} when either title is empty.
   */
  STRUCTURE,
  /**
   * For two whole documents: {@code 2 Σ LCS / (|L| + |R|)}, where {@code |L|} and {@code |R|} are
   * the edit tokens of all keys of each document and the sum runs over the links of the aligned
   * level, {@code LCS} being the longest common subsequence of a link's two sides (so {@code 2 LCS
   * = EDIT · (|l| + |r|)}). Unlinked units count nothing. Symmetric, in {@code [0, 1]}, and exactly
   * 1 when every unit is linked to an identical key — in particular for identical normalized texts;
   * also for texts that differ only in the order of units, in heading labels (when they are left
   * out of keys) or in what normalization removes.
   */
  ALIGNED_EDIT;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The name used in reports, e.g. {@code tfidf-cosine}. */
  public String id() {
    return id;
  }
}
