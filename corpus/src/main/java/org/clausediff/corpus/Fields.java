package org.clausediff.corpus;

/** The fields of a document in the Lucene index; one Lucene document per indexed file. */
final class Fields {
  private Fields() {}

  /** The file's path (absolute, normalized): indexed as one term, stored. */
  static final String PATH = "path";

  /** SHA-256 of the file's bytes, to skip unchanged files: stored. */
  static final String FILE_SHA256 = "fileSha256";

  /** SHA-256 of the decoded text as UTF-8 (what reports show): stored. */
  static final String SHA256 = "sha256";

  /** The decoded text's length in code points: stored and a numeric doc value. */
  static final String LENGTH = "length";

  /** The number of units: a numeric doc value. */
  static final String UNIT_COUNT = "unitCount";

  /**
   * The name of the encoding the text was decoded from ({@code Encoding.name()}; empty for a text
   * extracted from a document): stored, for whoever inspects the index. A text read back from the
   * index is a string, not decoded bytes, so it has no encoding.
   */
  static final String ENCODING = "encoding";

  /** The decoded text: stored (compressed), for verification, snippets and collation. */
  static final String TEXT = "text";

  /** The units' fingerprints, packed by {@link UnitCodec}: stored. */
  static final String UNITS = "units";

  /** The document signature's values, two bytes each: stored. */
  static final String SIGNATURE = "signature";

  /** CJK bigrams (and Latin words) of the text, for BM25: indexed, not stored. */
  static final String BIGRAMS = "bigrams";

  /** The band keys of the document signature, 8 bytes each: indexed, not stored. */
  static final String BAND = "band";

  /** The distinct key hashes of the units, 8 bytes each: indexed, not stored. */
  static final String KEY = "key";

  /** Commit user data: the index format version. */
  static final String FORMAT = "clausediff.corpus.format";

  /** The format version written by this code. */
  static final String FORMAT_VERSION = "1";

  /** Commit user data: the fingerprint options, as {@code level,ignoreLabels,seed}. */
  static final String FINGERPRINT = "clausediff.corpus.fingerprint";

  /** Commit user data: when the commit was made (ISO-8601). */
  static final String UPDATED = "clausediff.corpus.updated";
}
