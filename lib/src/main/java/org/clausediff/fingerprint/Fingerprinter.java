package org.clausediff.fingerprint;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.internal.similarity.ShingleSet;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Document;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;

/**
 * Makes {@link DocumentFingerprint}s: segments and normalizes a text as {@code compare} does (the
 * default segmentation and normalization), keys the units of the chosen level with the library's
 * comparison keys, and summarizes each key by its hash and the {@link MinHash} of its shingles.
 *
 * <pre>{@code
 * Fingerprinter fingerprinter = Fingerprinter.defaults();
 * DocumentFingerprint a = fingerprinter.fingerprint(ClauseDiff.read(pathA));
 * DocumentFingerprint b = fingerprinter.fingerprint(ClauseDiff.read(pathB));
 * DocumentMatch m = a.match(b, 0.7);   // how much of a b covers, estimated
 * }</pre>
 *
 * <p>Time is linear in the length of the text (plus sorting each unit's shingles); a pure function
 * of the text and the options. Instances are immutable and thread-safe.
 */
public final class Fingerprinter {
  /** Mixed into the seed of document signatures, so they differ from unit signatures. */
  private static final long DOCUMENT_SALT = 0x646F63756D656E74L;

  private final FingerprintOptions options;
  private final Segmenter segmenter;

  private Fingerprinter(FingerprintOptions options) {
    this.options = options;
    this.segmenter =
        Segmenter.of(SegmentOptions.defaults().withClauses(options.level() == UnitKind.CLAUSE));
  }

  /** A fingerprinter with {@code options}. */
  public static Fingerprinter of(FingerprintOptions options) {
    return new Fingerprinter(checkNotNull(options, "options"));
  }

  /** A fingerprinter with {@link FingerprintOptions#defaults()}. */
  public static Fingerprinter defaults() {
    return of(FingerprintOptions.defaults());
  }

  /**
   * The version of the fingerprints this code makes, such as {@code 2.4f0c1e9a7b2d}: equal versions
   * give equal fingerprints of equal texts under equal options. It changes with every release that
   * changes fingerprints — by a number raised when their meaning changes, and by a hash of the
   * fingerprints of a built-in reference text, which any change of segmentation, normalization,
   * keys or MinHash that reaches them alters. A store of fingerprints (a corpus index, a
   * distributed job's output) records it and refuses to mix fingerprints of another version.
   * Computed once per class loader, in about a millisecond.
   */
  public static String version() {
    return FingerprintVersion.get();
  }

  /** This fingerprinter's options. */
  public FingerprintOptions options() {
    return options;
  }

  /** The fingerprint of {@code text}; a text without units has none and an empty signature. */
  public DocumentFingerprint fingerprint(SourceText text) {
    return key(text).fingerprint();
  }

  /**
   * The fingerprint of {@code text} together with its comparison keys, for verifying unit pairs
   * exactly ({@link KeyedDocument#similarity}).
   */
  public KeyedDocument key(SourceText text) {
    checkNotNull(text, "text");
    Document document = segmenter.segment(text);
    NormalizedText normalized = TextNormalizer.defaults().normalize(text);
    UnitKeys keys = UnitKeys.of(document, normalized, options.level(), options.ignoreLabels());
    List<UnitFingerprint> units = new ArrayList<>(keys.size());
    long[] buffer = new long[64];
    List<ShingleSet> all = new ArrayList<>(keys.size());
    String lastPath = "";
    for (int p = 0; p < keys.size(); p++) {
      Unit unit = keys.units().get(p);
      ShingleSet shingles = keys.shingles(p);
      all.add(shingles);
      if (shingles.size() > buffer.length) {
        buffer = new long[Math.max(shingles.size(), 2 * buffer.length)];
      }
      for (int i = 0; i < shingles.size(); i++) {
        buffer[i] = shingles.get(i);
      }
      String path = document.sectionPath(unit);
      if (path.equals(lastPath)) {
        path = lastPath; // one string per section, shared by its units
      }
      lastPath = path;
      units.add(
          new UnitFingerprint(
              unit.span().start(),
              unit.span().end(),
              unit.kind(),
              path,
              keys.hash(p),
              keys.keyLength(p),
              MinHash.of(buffer, shingles.size(), UnitFingerprint.HASHES, options.seed()),
              document.isResponsibilityNote(unit)));
    }
    ShingleSet union = ShingleSet.union(all);
    long[] whole = new long[union.size()];
    for (int i = 0; i < whole.length; i++) {
      whole[i] = union.get(i);
    }
    MinHash signature =
        MinHash.of(whole, whole.length, DocumentFingerprint.HASHES, options.seed() ^ DOCUMENT_SALT);
    DocumentFingerprint fingerprint =
        new DocumentFingerprint(
            text.name(), text.sha256(), text.length(), options, units, signature);
    return new KeyedDocument(fingerprint, keys);
  }

  @Override
  public String toString() {
    return "Fingerprinter[" + options + "]";
  }
}
