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

  /**
   * The format of the file the text was extracted from ({@code SourceFormat.name()}): stored, for a
   * document not read as plain text only.
   */
  static final String SOURCE_FORMAT = "sourceFormat";

  /**
   * The text's source map (page, paragraph, note or element per offset), packed by {@link
   * SourceMapCodec}: stored, for a document not read as plain text only (a plain text's map is its
   * lines and columns).
   */
  static final String SOURCE_MAP = "sourceMap";

  /**
   * The notes its reader left on the text ({@code SourceText.notes()}: a PDF's running headers, a
   * Word file's tracked deletions), one stored value each, in order; none for a plain text. A few
   * short sentences: the .docx reader lists at most 20 deletions, each cut to 40 characters.
   */
  static final String NOTES = "notes";

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

  /**
   * The format version written by this code: 2 since units carry the responsibility-note flag and
   * documents their source map.
   */
  static final String FORMAT_VERSION = "2";

  /**
   * Commit user data: the version of the fingerprints ({@code Fingerprinter.version()}), which
   * changes with the library's segmentation, normalization and keys.
   */
  static final String FINGERPRINT_VERSION = "clausediff.corpus.fingerprintVersion";

  /** Commit user data: the fingerprint options, as {@code level,ignoreLabels,seed}. */
  static final String FINGERPRINT = "clausediff.corpus.fingerprint";

  /** Commit user data: when the commit was made (ISO-8601). */
  static final String UPDATED = "clausediff.corpus.updated";
}
