package org.clausediff.fingerprint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.Span;

/**
 * The fingerprint of one unit of a document: where it is, what it is, and a summary of its
 * comparison key.
 *
 * <p>The key is what {@code compare} compares: the unit's normalized text without its heading
 * label. {@code keyHash} is the 64-bit hash of its diff tokens, computed from their text, so that
 * equal keys have equal hashes in any document ({@link #sameKey}); {@code signature} is the {@link
 * MinHash} of {@value #HASHES} values of the key's shingles (token bigrams, as {@link
 * org.clausediff.compare.Measure#JACCARD} uses them), empty for a key without shingles (a unit of
 * punctuation only).
 *
 * @param start the first code point of the unit in the source text
 * @param end one past the last code point of the unit
 * @param kind the unit's level (the {@link FingerprintOptions#level()} fingerprinted)
 * @param sectionPath the headings of the numbered parts that contain the unit, outermost first,
 *     joined by {@code " › "}; empty outside every numbered part
 * @param keyHash the hash of the unit's comparison key
 * @param keyLength the number of diff tokens in the key (a CJK character, a Latin word, a
 *     punctuation mark)
 * @param signature the MinHash of the key's shingles: {@value #HASHES} values, or none
 * @param note whether the unit is a responsibility note such as {@code （省发展改革委、省财政厅按职责分工负责）}
 *     ({@link org.clausediff.segment.Document#isResponsibilityNote}): a formula, not body text
 */
public record UnitFingerprint(
    int start,
    int end,
    UnitKind kind,
    String sectionPath,
    long keyHash,
    int keyLength,
    MinHash signature,
    boolean note)
    implements Serializable {
  private static final long serialVersionUID = 2L;

  /** The number of values in a unit's signature. */
  public static final int HASHES = 64;

  /** The values per band of {@link #bandKeys()}: {@value #HASHES} / 4 = 16 bands. */
  public static final int BAND_ROWS = 4;

  /** Validates the fields. */
  public UnitFingerprint {
    checkArgument(0 <= start && start <= end, "bad span [%s, %s)", start, end);
    checkNotNull(kind, "kind");
    checkNotNull(sectionPath, "sectionPath");
    checkArgument(keyLength >= 0, "keyLength must be >= 0 but was %s", keyLength);
    checkNotNull(signature, "signature");
    checkArgument(
        signature.isEmpty() || signature.size() == HASHES,
        "a unit signature has %s values, not %s",
        HASHES,
        signature.size());
  }

  /**
   * A unit that is not a responsibility note; the same as the canonical constructor with {@code
   * note} false.
   */
  public UnitFingerprint(
      int start,
      int end,
      UnitKind kind,
      String sectionPath,
      long keyHash,
      int keyLength,
      MinHash signature) {
    this(start, end, kind, sectionPath, keyHash, keyLength, signature, false);
  }

  /** The unit's span in the source text. */
  public Span span() {
    return Span.of(start, end);
  }

  /** Whether this unit's key is the other's (equal hashes and lengths). */
  public boolean sameKey(UnitFingerprint other) {
    return keyHash == other.keyHash && keyLength == other.keyLength;
  }

  /**
   * The keys of the signature's 16 bands of {@value #BAND_ROWS} values: two units whose shingle
   * sets have Jaccard similarity {@code J} share at least one with probability {@code 1 − (1 −
   * J⁴)¹⁶} (0.64 at 0.5, 0.89 at 0.6, 0.99 at 0.7). None for a key without shingles.
   */
  public long[] bandKeys() {
    return signature.bandKeys(BAND_ROWS);
  }

  /**
   * The estimated {@link org.clausediff.compare.Measure#JACCARD} similarity of the two units' keys:
   * 1 for the same key, else the estimate of their signatures ({@link MinHash#jaccard}).
   */
  public double estimate(UnitFingerprint other) {
    return sameKey(other) ? 1.0 : signature.jaccard(other.signature);
  }
}
