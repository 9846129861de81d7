package org.clausediff.fingerprint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.compare.Measure;
import org.clausediff.compare.Similarity;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.ShingleSet;
import org.clausediff.internal.similarity.UnitKeys;

/**
 * A document's fingerprint with the comparison keys it was made from, for verifying what the
 * fingerprints estimate: the exact similarity of two units with the library's measures.
 *
 * <p>Units are addressed by their position in {@link DocumentFingerprint#units()}. Holds the
 * document's keys (about as much memory as its text, four times over); not serializable — keep the
 * {@link #fingerprint()} and key the text again where it is needed. Immutable and thread-safe.
 */
public final class KeyedDocument {
  private final DocumentFingerprint fingerprint;
  private final UnitKeys keys;

  KeyedDocument(DocumentFingerprint fingerprint, UnitKeys keys) {
    this.fingerprint = fingerprint;
    this.keys = keys;
  }

  /** The fingerprint. */
  public DocumentFingerprint fingerprint() {
    return fingerprint;
  }

  /**
   * The exact {@link Measure#JACCARD} similarity of the shingles of unit {@code unit} of this
   * document and unit {@code otherUnit} of {@code other}: what {@link UnitFingerprint#estimate}
   * estimates.
   */
  public double jaccard(int unit, KeyedDocument other, int otherUnit) {
    ShingleSet a = shingles(unit);
    ShingleSet b = other.shingles(otherUnit);
    return ShingleSet.jaccard(a.intersectionSize(b), a.size(), b.size());
  }

  /**
   * The similarity of unit {@code unit} of this document and unit {@code otherUnit} of {@code
   * other} as {@code compare} scores a link: {@link Measure#COMBINED} with its parts {@link
   * Measure#JACCARD}, {@link Measure#CONTAINMENT}, {@link Measure#DICE} and {@link Measure#EDIT}.
   *
   * @throws IllegalArgumentException if the two were fingerprinted with different options
   */
  public Similarity similarity(int unit, KeyedDocument other, int otherUnit) {
    checkNotNull(other, "other");
    checkArgument(
        fingerprint.options().equals(other.fingerprint.options()),
        "documents keyed with different options");
    checkElementIndex(unit, keys.size(), "unit");
    checkElementIndex(otherUnit, other.keys.size(), "otherUnit");
    KeyScorer scorer = KeyScorer.of(UnitKeys.pair(keys, other.keys));
    if (scorer.identical(unit, unit + 1, otherUnit, otherUnit + 1)) {
      return KeyScorer.identicalScore();
    }
    return scorer.score(unit, unit + 1, otherUnit, otherUnit + 1);
  }

  ShingleSet shingles(int unit) {
    checkElementIndex(unit, keys.size(), "unit");
    return keys.shingles(unit);
  }

  @Override
  public String toString() {
    return "KeyedDocument[" + fingerprint.name() + ", " + keys.size() + " units]";
  }
}
