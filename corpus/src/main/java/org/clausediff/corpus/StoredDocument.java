package org.clausediff.corpus;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.clausediff.fingerprint.DocumentFingerprint;
import org.clausediff.fingerprint.FingerprintOptions;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceText;

/** Reads what the index stores of one document. */
final class StoredDocument {
  private static final Set<String> FINGERPRINT_FIELDS =
      Set.of(Fields.PATH, Fields.SHA256, Fields.LENGTH, Fields.UNITS, Fields.SIGNATURE);
  private static final Set<String> TEXT_FIELDS =
      Set.of(Fields.PATH, Fields.TEXT, Fields.SOURCE_FORMAT, Fields.SOURCE_MAP, Fields.NOTES);

  private StoredDocument() {}

  /** The fingerprint of document {@code docId} (named by its path). */
  static DocumentFingerprint fingerprint(StoredFields stored, int docId, FingerprintOptions options)
      throws IOException {
    Document document = stored.document(docId, FINGERPRINT_FIELDS);
    BytesRef units = document.getBinaryValue(Fields.UNITS);
    BytesRef signature = document.getBinaryValue(Fields.SIGNATURE);
    return new DocumentFingerprint(
        document.get(Fields.PATH),
        document.get(Fields.SHA256),
        document.getField(Fields.LENGTH).numericValue().intValue(),
        options,
        UnitCodec.decode(units.bytes, units.offset, units.length),
        UnitCodec.decodeSignature(signature.bytes, signature.offset, signature.length));
  }

  /**
   * The decoded text of document {@code docId}, named by its path: a string now, with no encoding
   * (its bytes are not kept), with its reader's notes (none for a document indexed before notes
   * were stored), and with its source map when it was extracted from a document.
   */
  static SourceText text(StoredFields stored, int docId) throws IOException {
    Document document = stored.document(docId, TEXT_FIELDS);
    SourceText text =
        SourceText.of(document.get(Fields.PATH), document.get(Fields.TEXT))
            .withNotes(List.of(document.getValues(Fields.NOTES)));
    BytesRef map = document.getBinaryValue(Fields.SOURCE_MAP);
    String format = document.get(Fields.SOURCE_FORMAT);
    if (map == null || format == null) {
      return text;
    }
    return text.withSource(
        SourceFormat.valueOf(format), SourceMapCodec.decode(map.bytes, map.offset, map.length));
  }
}
