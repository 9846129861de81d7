package org.clausediff.collate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;
import org.clausediff.compare.CompareOptions;

/**
 * How {@link org.clausediff.ClauseDiff#collate} collates.
 *
 * <p>Defaults ({@link #defaults()}): every pair of documents is compared with {@link
 * CompareOptions#defaults()} (sentences, similarity at least 0.5, structural alignment on, labels
 * ignored); the common core holds what a majority of the versions share ({@code n / 2 + 1} of
 * {@code n}).
 *
 * @param compare how each pair of documents is segmented, normalized and aligned; structural
 *     alignment must be on (collation is organised by sections and items)
 * @param minVersions the number of versions that must share a unit for it to be core; empty for a
 *     majority of the versions collated
 */
public record CollateOptions(CompareOptions compare, OptionalInt minVersions) {

  /** Validates the options. */
  public CollateOptions {
    checkNotNull(compare, "compare");
    checkNotNull(minVersions, "minVersions");
    checkArgument(compare.structural(), "collation needs structural alignment");
    checkArgument(
        minVersions.isEmpty() || minVersions.getAsInt() >= 2,
        "minVersions must be >= 2 but was %s",
        minVersions);
  }

  /** The default options; see the class description. */
  public static CollateOptions defaults() {
    return new CollateOptions(CompareOptions.defaults(), OptionalInt.empty());
  }

  /** Returns a copy that compares pairs with {@code compare}. */
  public CollateOptions withCompare(CompareOptions compare) {
    return new CollateOptions(compare, minVersions);
  }

  /** Returns a copy whose core holds what at least {@code k} versions share. */
  public CollateOptions withMinVersions(int k) {
    return new CollateOptions(compare, OptionalInt.of(k));
  }

  /**
   * The number of versions that must share a unit for it to be core, among {@code versions}.
   *
   * @throws IllegalArgumentException if {@link #minVersions()} exceeds {@code versions}
   */
  public int minVersions(int versions) {
    int k = minVersions.orElse(versions / 2 + 1);
    checkArgument(
        k <= versions, "minVersions is %s but only %s versions are collated", k, versions);
    return Math.max(k, Math.min(2, versions));
  }
}
