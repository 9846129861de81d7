package org.clausediff.internal.collate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.clausediff.collate.CollateOptions;
import org.clausediff.collate.Collation;
import org.clausediff.internal.align.Alignment;
import org.clausediff.internal.align.ClauseAligner;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.segment.Document;

/**
 * Collates one original (or none) and several versions of a document, from their pairwise
 * alignments ({@link ClauseAligner}): against the original with {@link MatrixCollator}, among
 * themselves with {@link CoreReconstructor}.
 *
 * <p>Cost: {@code n(n − 1)/2} pairwise alignments for {@code n} versions (plus {@code n} with an
 * original), each as {@link ClauseAligner#align}; clustering is {@code O(e log e)} in the links.
 * Immutable and thread-safe; starts no threads.
 */
public final class Collator {
  private final CollateOptions options;

  private Collator(CollateOptions options) {
    this.options = options;
  }

  /** A collator with {@code options}. */
  public static Collator of(CollateOptions options) {
    return new Collator(checkNotNull(options, "options"));
  }

  /** A collator with {@link CollateOptions#defaults()}. */
  public static Collator defaults() {
    return of(CollateOptions.defaults());
  }

  /**
   * Collates {@code versions} against {@code original}, or among themselves when there is none,
   * from their pairwise alignments.
   *
   * @param fromOriginal the alignment of the original with each version, in order; empty without an
   *     original
   * @param pairs {@code pairs[a][b]} for {@code a < b} aligns version {@code a} with version {@code
   *     b}
   * @throws IllegalArgumentException with an original and no version, without one and fewer than
   *     two versions, or when {@link CollateOptions#minVersions()} exceeds the number of versions
   */
  public Collation collate(
      Optional<SegmentedText> original,
      List<SegmentedText> versions,
      Alignment[] fromOriginal,
      Alignment[][] pairs) {
    checkNotNull(original, "original");
    List<SegmentedText> all = List.copyOf(versions);
    int n = all.size();
    checkArgument(
        original.isPresent() ? n >= 1 : n >= 2,
        "collation needs %s but got %s",
        original.isPresent() ? "at least one version" : "at least two versions",
        n);
    checkArgument(
        fromOriginal.length == (original.isPresent() ? n : 0) && pairs.length == n,
        "alignments do not match the versions");
    int k = options.minVersions(n);
    List<Document> documents = all.stream().map(SegmentedText::document).toList();
    VersionPairs versionPairs = new VersionPairs(pairs);
    if (original.isPresent()) {
      return new MatrixCollator(documents, versionPairs, k, options.compare().level())
          .collate(original.get().document(), List.of(fromOriginal));
    }
    return new CoreReconstructor(documents, versionPairs, k, options.compare().level())
        .reconstruct();
  }
}
