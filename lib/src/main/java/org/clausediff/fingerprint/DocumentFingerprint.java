package org.clausediff.fingerprint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.List;

/**
 * The fingerprint of a document: its units' fingerprints in document order and a signature of the
 * whole, made by {@link Fingerprinter}.
 *
 * <p>The document signature is the {@link MinHash} of {@value #HASHES} values of the union of its
 * units' shingles, with {@link #bandKeys()} for finding documents of similar vocabulary. Two
 * fingerprints compare only when made with the same {@link #options()}. Fingerprints are values:
 * the same text and options give an equal fingerprint on every run and machine.
 *
 * @param name the document's name (its {@link org.clausediff.text.SourceText#name()})
 * @param sha256 the hex SHA-256 of the decoded text as UTF-8
 * @param length the length of the text in code points
 * @param options the options the fingerprint was made with
 * @param units the fingerprints of the units of {@code options.level()}, in document order
 * @param signature the MinHash of all the units' shingles: {@value #HASHES} values, or none
 */
public record DocumentFingerprint(
    String name,
    String sha256,
    int length,
    FingerprintOptions options,
    List<UnitFingerprint> units,
    MinHash signature)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The number of values in a document's signature. */
  public static final int HASHES = 128;

  /** The values per band of {@link #bandKeys()}: 64 bands of 2. */
  public static final int BAND_ROWS = 2;

  /** Validates the fields and copies the units. */
  public DocumentFingerprint {
    checkNotNull(name, "name");
    checkNotNull(sha256, "sha256");
    checkArgument(length >= 0, "length must be >= 0 but was %s", length);
    checkNotNull(options, "options");
    units = List.copyOf(units);
    checkNotNull(signature, "signature");
    checkArgument(
        signature.isEmpty() || signature.size() == HASHES,
        "a document signature has %s values, not %s",
        HASHES,
        signature.size());
    int previous = 0;
    for (UnitFingerprint unit : units) {
      checkArgument(
          unit.start() >= previous && unit.end() <= length,
          "unit [%s, %s) out of order or outside [0, %s)",
          unit.start(),
          unit.end(),
          length);
      previous = unit.end();
    }
  }

  /**
   * The keys of the document signature's 64 bands of {@value #BAND_ROWS} values: documents whose
   * shingle sets have Jaccard similarity {@code J} share at least one with probability {@code 1 −
   * (1 − J²)⁶⁴} (0.93 at 0.2, 0.998 at 0.3).
   */
  public long[] bandKeys() {
    return signature.bandKeys(BAND_ROWS);
  }

  /**
   * How much of this document {@code other} covers and how similar the two are, estimated from the
   * fingerprints alone; see {@link DocumentMatch}. To match many documents against one, use {@link
   * FingerprintIndex}.
   *
   * @param threshold the lowest estimated Jaccard similarity of two units that match
   */
  public DocumentMatch match(DocumentFingerprint other, double threshold) {
    return FingerprintIndex.of(this).match(other, threshold);
  }
}
