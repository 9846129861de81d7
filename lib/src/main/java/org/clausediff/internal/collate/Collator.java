package org.clausediff.internal.collate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clausediff.collate.CollateOptions;
import org.clausediff.collate.Collation;
import org.clausediff.internal.align.AlignedSimilarity;
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
    List<List<Double>> similarity = versionSimilarity(pairs);
    if (original.isPresent()) {
      return new MatrixCollator(documents, versionPairs, k, options.compare().level(), similarity)
          .collate(original.get().document(), List.of(fromOriginal));
    }
    return new CoreReconstructor(documents, versionPairs, k, options.compare().level(), similarity)
        .reconstruct();
  }

  /** The document similarity of every two versions from their alignment; 1 on the diagonal. */
  private static List<List<Double>> versionSimilarity(Alignment[][] pairs) {
    int n = pairs.length;
    double[][] matrix = new double[n][n];
    for (int a = 0; a < n; a++) {
      matrix[a][a] = 1.0;
      for (int b = a + 1; b < n; b++) {
        matrix[a][b] = matrix[b][a] = AlignedSimilarity.of(pairs[a][b]).value();
      }
    }
    List<List<Double>> rows = new ArrayList<>();
    for (double[] row : matrix) {
      rows.add(Arrays.stream(row).boxed().toList());
    }
    return rows;
  }
}
