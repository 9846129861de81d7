package org.clausediff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * How {@link Corpus#index} updates the index.
 *
 * <p>Defaults: no pruning, no rebuilding; a commit at least every 5 seconds while indexing (and at
 * the end), so that an interrupted run loses at most the documents of the last few seconds.
 *
 * @param prune whether documents whose file no longer exists are dropped from the index
 * @param rebuild whether every document is dropped first, so that the index holds only the files
 *     indexed now, fingerprinted by this version of clausediff: the way to renew an index made by
 *     another version, which is refused otherwise
 * @param commitInterval the longest time between two commits while indexing
 */
public record IndexOptions(boolean prune, boolean rebuild, Duration commitInterval) {

  /** Validates the interval. */
  public IndexOptions {
    checkNotNull(commitInterval, "commitInterval");
    checkArgument(
        !commitInterval.isNegative(), "commitInterval must not be negative: %s", commitInterval);
  }

  /** No pruning, no rebuilding, a commit every 5 seconds. */
  public static IndexOptions defaults() {
    return new IndexOptions(false, false, Duration.ofSeconds(5));
  }

  /** Returns a copy that does or does not prune documents whose file disappeared. */
  public IndexOptions withPrune(boolean prune) {
    return new IndexOptions(prune, rebuild, commitInterval);
  }

  /** Returns a copy that does or does not drop every document before indexing. */
  public IndexOptions withRebuild(boolean rebuild) {
    return new IndexOptions(prune, rebuild, commitInterval);
  }

  /** Returns a copy that commits at least every {@code commitInterval}. */
  public IndexOptions withCommitInterval(Duration commitInterval) {
    return new IndexOptions(prune, rebuild, commitInterval);
  }
}
