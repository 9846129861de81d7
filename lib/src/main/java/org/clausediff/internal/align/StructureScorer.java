package org.clausediff.internal.align;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.OptionalDouble;
import org.clausediff.compare.Measure;
import org.clausediff.compare.Similarity;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.ShingleFrequencies;
import org.clausediff.internal.similarity.ShingleSet;
import org.clausediff.internal.similarity.UnitKeys;

/**
 * Scores structural units of two documents against each other ({@link Measure#STRUCTURE}): {@link
 * Measure#LINK_SHARE}, the share of their content that their level links connect; {@link
 * Measure#TFIDF_COSINE} of their text; and {@link Measure#TITLE}, the similarity of their headings'
 * titles when both have one. Links between responsibility notes only count for nothing. A pair of
 * units of different kinds ranks with {@value #CROSS_KIND} of its score. Immutable and thread-safe.
 */
final class StructureScorer {
  static final double CROSS_KIND = 0.85;

  /** Shared content is summed as integers in units of 2^-24 tokens. */
  private static final double FIXED = 1 << 24;

  private final StructureSide left;
  private final StructureSide right;
  private final ShingleFrequencies frequencies;
  private final KeyScorer keyScorer;
  private final UnitKeys leftKeys;
  private final UnitKeys rightKeys;

  StructureScorer(
      UnitKeys leftKeys,
      UnitKeys rightKeys,
      StructureSide left,
      StructureSide right,
      ShingleFrequencies frequencies,
      KeyScorer keyScorer) {
    this.leftKeys = leftKeys;
    this.rightKeys = rightKeys;
    this.left = left;
    this.right = right;
    this.frequencies = frequencies;
    this.keyScorer = keyScorer;
  }

  /**
   * For every pair of structural units (a on the left, b on the right) that contain the ends of a
   * level link: {content shared, left content linked into b, right content linked from a}, with
   * each link's content weighted by its similarity. {@code O(links · depth²)}.
   */
  PairSums sharedContent(List<Proposal> levelLinks) {
    PairSums shared = new PairSums();
    for (Proposal link : levelLinks) {
      double s = link.score();
      long lengthLeft = 0;
      long lengthRight = 0;
      for (int p = link.lFrom(); p < link.lTo(); p++) {
        lengthLeft += leftKeys.keyLength(p);
      }
      for (int q = link.rFrom(); q < link.rTo(); q++) {
        lengthRight += rightKeys.keyLength(q);
      }
      if (lengthLeft == 0 || lengthRight == 0 || linksNotes(link)) {
        continue;
      }
      for (int p = link.lFrom(); p < link.lTo(); p++) {
        for (int q = link.rFrom(); q < link.rTo(); q++) {
          // The same operations in the same order whichever document is left, and sums of
          // fixed-point integers, so that swapping the documents gives bit-identical scores.
          long xy = (long) leftKeys.keyLength(p) * rightKeys.keyLength(q);
          long fromLeft = Math.round(s * xy / lengthRight * FIXED);
          long fromRight = Math.round(s * xy / lengthLeft * FIXED);
          for (int a : left.ancestors(p)) {
            for (int b : right.ancestors(q)) {
              shared.add(a, b, fromLeft + fromRight, fromLeft, fromRight);
            }
          }
        }
      }
    }
    return shared;
  }

  /**
   * Whether {@code link} joins responsibility notes only ({@code （省发展改革委负责）} to {@code （省商务厅负责）}):
   * the same departments recur across items, so such a link is no evidence that the items around
   * its ends correspond.
   */
  private boolean linksNotes(Proposal link) {
    for (int p = link.lFrom(); p < link.lTo(); p++) {
      if (!left.isNote(p)) {
        return false;
      }
    }
    for (int q = link.rFrom(); q < link.rTo(); q++) {
      if (!right.isNote(q)) {
        return false;
      }
    }
    return true;
  }

  /** Content in tokens from its fixed-point sum in {@link PairSums}. */
  static double content(long fixed) {
    return fixed / FIXED;
  }

  /** The score of left unit {@code a} against right unit {@code b}. */
  StructureGroup pair(int a, int b, PairSums shared) {
    return group(List.of(a), List.of(b), content(shared.shared(a, b)), title(a, b));
  }

  /**
   * The score of the structural units {@code lefts} (joined) against {@code rights} (joined).
   *
   * @param sharedContent the content, in tokens, that their level links share
   * @param title the similarity of their titles, if they have titles to compare
   */
  StructureGroup group(
      List<Integer> lefts, List<Integer> rights, double sharedContent, OptionalDouble title) {
    long lengths = 0;
    for (int a : lefts) {
      lengths += left.length(a);
    }
    for (int b : rights) {
      lengths += right.length(b);
    }
    double linkShare = Math.min(1.0, sharedContent / lengths);
    double cosine =
        left.vector(lefts, frequencies).cosine(right.vector(rights, frequencies), frequencies);
    double value;
    ImmutableMap.Builder<Measure, Double> parts = ImmutableMap.builder();
    parts.put(Measure.LINK_SHARE, linkShare).put(Measure.TFIDF_COSINE, cosine);
    if (title.isPresent()) {
      parts.put(Measure.TITLE, title.getAsDouble());
      value = 0.5 * linkShare + 0.3 * cosine + 0.2 * title.getAsDouble();
    } else {
      value = (5 * linkShare + 3 * cosine) / 8;
    }
    boolean identical = identical(lefts, rights);
    Similarity similarity =
        identical
            ? Similarity.identical(
                Measure.STRUCTURE,
                title.isPresent()
                    ? List.of(Measure.LINK_SHARE, Measure.TFIDF_COSINE, Measure.TITLE)
                    : List.of(Measure.LINK_SHARE, Measure.TFIDF_COSINE))
            : new Similarity(Measure.STRUCTURE, Math.min(1.0, value), parts.build());
    boolean sameKind = left.unit(lefts.get(0)).kind() == right.unit(rights.get(0)).kind();
    double rank = similarity.value() * (sameKind ? 1.0 : CROSS_KIND);
    return new StructureGroup(lefts, rights, similarity, identical, lengths, rank);
  }

  /** The title similarity of two structural units, unless either title is empty. */
  OptionalDouble title(int a, int b) {
    ShingleSet x = left.title(a);
    ShingleSet y = right.title(b);
    if (x.isEmpty() || y.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(ShingleSet.dice(x.intersectionSize(y), x.size(), y.size()));
  }

  private boolean identical(List<Integer> lefts, List<Integer> rights) {
    if (lefts.size() != 1 || rights.size() != 1) {
      return false;
    }
    int a = lefts.get(0);
    int b = rights.get(0);
    int lFrom = left.firstPosition(a);
    int lTo = left.endPosition(a);
    int rFrom = right.firstPosition(b);
    int rTo = right.endPosition(b);
    return lTo > lFrom && rTo > rFrom && keyScorer.identical(lFrom, lTo, rFrom, rTo);
  }
}
