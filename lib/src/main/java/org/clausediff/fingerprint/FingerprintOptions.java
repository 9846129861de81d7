package org.clausediff.fingerprint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import org.clausediff.segment.UnitKind;

/**
 * How {@link Fingerprinter} fingerprints a document: which units, and the hash seed.
 *
 * <p>Defaults: sentences, heading labels left out of keys (as {@code compare} does, so that
 * renumbered items keep their keys), and the fixed seed {@link #DEFAULT_SEED}. Fingerprints made
 * with different options are not comparable; {@link DocumentFingerprint#options()} records them.
 *
 * @param level the units fingerprinted: paragraph, sentence or clause
 * @param ignoreLabels whether heading labels are left out of unit keys
 * @param seed the seed of the MinHash functions
 */
public record FingerprintOptions(UnitKind level, boolean ignoreLabels, long seed)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The seed of {@link #defaults()}. */
  public static final long DEFAULT_SEED = 0x636C617573656466L;

  /** Validates the level. */
  public FingerprintOptions {
    checkNotNull(level, "level");
    checkArgument(!level.isStructural(), "level must be paragraph, sentence or clause: %s", level);
  }

  /** Sentences, heading labels ignored, the default seed. */
  public static FingerprintOptions defaults() {
    return new FingerprintOptions(UnitKind.SENTENCE, true, DEFAULT_SEED);
  }

  /** Returns a copy that fingerprints units of {@code level}. */
  public FingerprintOptions withLevel(UnitKind level) {
    return new FingerprintOptions(level, ignoreLabels, seed);
  }

  /** Returns a copy that does or does not leave heading labels out of keys. */
  public FingerprintOptions withIgnoreLabels(boolean ignoreLabels) {
    return new FingerprintOptions(level, ignoreLabels, seed);
  }

  /** Returns a copy with another MinHash seed. */
  public FingerprintOptions withSeed(long seed) {
    return new FingerprintOptions(level, ignoreLabels, seed);
  }
}
