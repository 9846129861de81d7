package org.clausediff.collate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;
import org.clausediff.align.AlignOptions;

/**
 * How {@link Collator} collates.
 *
 * <p>Defaults ({@link #defaults()}): pairs are aligned with {@link AlignOptions#defaults()}
 * (sentences, similarity at least 0.5, structural alignment on, labels ignored); the common core
 * holds what a majority of the versions share ({@code n / 2 + 1} of {@code n}).
 *
 * @param align how each pair of documents is aligned; structural alignment must be on
 * @param minVersions the number of versions that must share a unit for it to be core; empty for a
 *     majority of the versions collated
 */
public record CollateOptions(AlignOptions align, OptionalInt minVersions) {

  /** Validates the options. */
  public CollateOptions {
    checkNotNull(align, "align");
    checkNotNull(minVersions, "minVersions");
    checkArgument(align.structural(), "collation needs structural alignment");
    checkArgument(
        minVersions.isEmpty() || minVersions.getAsInt() >= 2,
        "minVersions must be >= 2 but was %s",
        minVersions);
  }

  /** The default options; see the class description. */
  public static CollateOptions defaults() {
    return new CollateOptions(AlignOptions.defaults(), OptionalInt.empty());
  }

  /** Returns a copy that aligns pairs with {@code align}. */
  public CollateOptions withAlign(AlignOptions align) {
    return new CollateOptions(align, minVersions);
  }

  /** Returns a copy whose core holds what at least {@code k} versions share. */
  public CollateOptions withMinVersions(int k) {
    return new CollateOptions(align, OptionalInt.of(k));
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
