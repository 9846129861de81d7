package org.clausediff.internal.align;

import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.UnitKeys;

/**
 * The part of aligning the structural units (sections, items) of two keyed documents that does not
 * depend on how their sentences are aligned: the shingle frequencies of both documents, and for
 * every structural unit its positions, length, TF-IDF vector and title shingles.
 *
 * <p>{@link ClauseAligner#align(UnitKeys.Pair)} builds it itself. A caller with a second core can
 * build it with {@link #of} on another thread while the sentences are aligned and hand it over with
 * {@link ClauseAligner#align(UnitKeys.Pair, java.util.function.Supplier)}: the alignment is the
 * same. Immutable once built and thread-safe.
 */
public final class StructureIndex {
  private final UnitKeys.Pair keys;
  private final StructureAligner aligner;

  private StructureIndex(UnitKeys.Pair keys, StructureAligner aligner) {
    this.keys = keys;
    this.aligner = aligner;
  }

  /**
   * The structure index of the documents keyed by {@code keys}. Linear in the size of their keys
   * (over a fixed sample of their shingles for large documents).
   */
  public static StructureIndex of(UnitKeys.Pair keys) {
    checkNotNull(keys, "keys");
    return new StructureIndex(
        keys, new StructureAligner(keys.left(), keys.right(), KeyScorer.of(keys)));
  }

  /** The keys this index was built from. */
  public UnitKeys.Pair keys() {
    return keys;
  }

  StructureAligner aligner() {
    return aligner;
  }
}
