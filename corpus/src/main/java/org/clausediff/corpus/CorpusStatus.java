package org.clausediff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.clausediff.fingerprint.FingerprintOptions;

/**
 * What an index holds.
 *
 * @param directory the index directory
 * @param documents the number of documents
 * @param units the number of units (sentences) over all documents
 * @param codePoints the length of all documents' texts, in code points
 * @param indexBytes the size of the files in the index directory (during indexing, this includes
 *     files of the commit being written)
 * @param fingerprint the options the documents were fingerprinted with
 * @param updated when the index was last committed (ISO-8601, UTC), if it ever was after creation
 */
public record CorpusStatus(
    String directory,
    int documents,
    long units,
    long codePoints,
    long indexBytes,
    FingerprintOptions fingerprint,
    Optional<String> updated) {

  /** Validates the fields. */
  public CorpusStatus {
    checkNotNull(directory, "directory");
    checkArgument(documents >= 0 && units >= 0 && codePoints >= 0 && indexBytes >= 0, "negative");
    checkNotNull(fingerprint, "fingerprint");
    checkNotNull(updated, "updated");
  }
}
