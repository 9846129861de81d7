package org.clausediff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What one {@link Corpus#index} run did.
 *
 * @param added files new to the index
 * @param replaced files whose content changed since they were indexed
 * @param unchanged files skipped because their content (SHA-256 of the bytes) is as indexed
 * @param pruned documents dropped because their file no longer exists
 * @param failures files that could not be read or decoded, in path order; the index keeps what it
 *     had for them
 */
public record IndexReport(
    int added, int replaced, int unchanged, int pruned, List<Failure> failures) {

  /** Validates the counts and copies the failures. */
  public IndexReport {
    checkArgument(added >= 0 && replaced >= 0 && unchanged >= 0 && pruned >= 0, "negative count");
    failures = List.copyOf(failures);
  }

  /** The number of files handled: added, replaced, unchanged and failed. */
  public int files() {
    return added + replaced + unchanged + failures.size();
  }

  /**
   * A file that could not be indexed.
   *
   * @param path the file
   * @param message one plain sentence saying why, starting with the file
   */
  public record Failure(String path, String message) {
    /** Validates the fields. */
    public Failure {
      checkNotNull(path, "path");
      checkNotNull(message, "message");
    }
  }
}
