package org.clausediff.api;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.clausediff.align.Alignment;
import org.clausediff.align.ClauseAligner;
import org.clausediff.align.Link;
import org.clausediff.align.Op;
import org.clausediff.align.StructureIndex;
import org.clausediff.diff.InlineDiff;
import org.clausediff.diff.InlineDiffer;
import org.clausediff.segment.Unit;
import org.clausediff.similarity.Measure;
import org.clausediff.similarity.UnitKeys;

/**
 * The result of {@link ClauseDiff#compare}: which units of two documents correspond, how similar
 * they and the documents are, what changed inside them, and what was deleted and added.
 *
 * <p>{@link #alignments()} holds every link — between units of the aligned level (sentences by
 * default) and between structural units (sections, items, sub-items) — ordered by the start of its
 * first left unit, then by level (sections first), then by its first right unit. Every unit of the
 * aligned level lies in exactly one link or in {@link #deleted()} / {@link #added()}; those lists
 * also hold the structural units deleted or added as a whole. All offsets are code points of the
 * source texts.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Comparison {
  private final Segmentation left;
  private final Segmentation right;
  private final CompareOptions options;
  private final Alignment alignment;
  private final ImmutableList<Correspondence> alignments;
  private final ImmutableList<Unit> deleted;
  private final ImmutableList<Unit> added;
  private final DocumentSimilarity similarity;

  private Comparison(
      Segmentation left,
      Segmentation right,
      CompareOptions options,
      Alignment alignment,
      ImmutableList<Correspondence> alignments,
      DocumentSimilarity similarity) {
    this.left = left;
    this.right = right;
    this.options = options;
    this.alignment = alignment;
    this.alignments = alignments;
    this.deleted = byStart(alignment.deleted(), alignment.deletedStructure());
    this.added = byStart(alignment.added(), alignment.addedStructure());
    this.similarity = similarity;
  }

  /** Aligns and diffs two segmented documents. */
  static Comparison compute(Segmentation left, Segmentation right, CompareOptions options) {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkNotNull(options, "options");
    return compute(
        UnitKeys.pair(ClauseDiff.keys(left, options), ClauseDiff.keys(right, options)), options);
  }

  /** Aligns and diffs two keyed documents. */
  static Comparison compute(UnitKeys.Pair keys, CompareOptions options) {
    return compute(keys, () -> StructureIndex.of(keys), options);
  }

  /** Aligns and diffs two keyed documents, with the structure index from {@code structure}. */
  static Comparison compute(
      UnitKeys.Pair keys, Supplier<StructureIndex> structure, CompareOptions options) {
    Alignment alignment = ClauseAligner.of(options.alignOptions()).align(keys, structure);
    Segmentation left = new Segmentation(keys.left().document(), keys.left().normalized());
    Segmentation right = new Segmentation(keys.right().document(), keys.right().normalized());
    UnitKeys l = alignment.keys().left();
    UnitKeys r = alignment.keys().right();
    InlineDiffer differ = InlineDiffer.of(options.maxInlineDiffTokens());
    List<Correspondence> entries = new ArrayList<>();
    for (Link link : alignment.links()) {
      InlineDiff diff = InlineDiff.none();
      if (!link.identical()) {
        int lFrom = l.positionOf(link.firstLeft());
        int rFrom = r.positionOf(link.firstRight());
        diff =
            differ.diff(
                l,
                lFrom,
                lFrom + link.leftUnits().size(),
                r,
                rFrom,
                rFrom + link.rightUnits().size());
      }
      entries.add(new Correspondence(link, diff));
    }
    for (Link link : alignment.structuralLinks()) {
      entries.add(new Correspondence(link, InlineDiff.none()));
    }
    entries.sort(
        Comparator.comparingInt((Correspondence c) -> c.link().firstLeft().span().start())
            .thenComparingInt(c -> c.link().level().ordinal())
            .thenComparingInt(c -> c.link().firstRight().span().start()));
    return new Comparison(
        left,
        right,
        options,
        alignment,
        ImmutableList.copyOf(entries),
        documentSimilarity(alignment));
  }

  private static DocumentSimilarity documentSimilarity(Alignment alignment) {
    UnitKeys l = alignment.keys().left();
    UnitKeys r = alignment.keys().right();
    long totalLeft = 0;
    for (int p = 0; p < l.size(); p++) {
      totalLeft += l.keyLength(p);
    }
    long totalRight = 0;
    for (int q = 0; q < r.size(); q++) {
      totalRight += r.keyLength(q);
    }
    long common = 0;
    long linkedLeft = 0;
    long linkedRight = 0;
    long inPlace = 0;
    for (Link link : alignment.links()) {
      long m = 0;
      for (Unit unit : link.leftUnits()) {
        m += l.keyLength(l.positionOf(unit));
      }
      long n = 0;
      for (Unit unit : link.rightUnits()) {
        n += r.keyLength(r.positionOf(unit));
      }
      long lcs =
          link.identical()
              ? m
              : Math.min(
                  Math.min(m, n),
                  Math.round(link.similarity().parts().get(Measure.EDIT) * (m + n) / 2));
      common += lcs;
      linkedLeft += m;
      linkedRight += n;
      if (!link.moved()) {
        inPlace += m + n;
      }
    }
    long total = totalLeft + totalRight;
    return new DocumentSimilarity(
        total == 0 ? 1.0 : 2.0 * common / total,
        Measure.ALIGNED_EDIT,
        share(linkedLeft, totalLeft),
        share(linkedRight, totalRight),
        share(inPlace, linkedLeft + linkedRight));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }

  private static ImmutableList<Unit> byStart(List<Unit> level, List<Unit> structure) {
    List<Unit> all = new ArrayList<>(level);
    all.addAll(structure);
    all.sort(Comparator.comparingInt((Unit u) -> u.span().start()).thenComparing(Unit::kind));
    return ImmutableList.copyOf(all);
  }

  /** The left (old) document and its comparison text. */
  public Segmentation left() {
    return left;
  }

  /** The right (new) document and its comparison text. */
  public Segmentation right() {
    return right;
  }

  /** The options the documents were compared with. */
  public CompareOptions options() {
    return options;
  }

  /** The alignment the comparison rests on (links without inline diffs, comparison keys). */
  public Alignment alignment() {
    return alignment;
  }

  /** Every link with its inline diff, in the order described above. */
  public ImmutableList<Correspondence> alignments() {
    return alignments;
  }

  /**
   * The left units without a counterpart: units of the aligned level, and whole structural units.
   */
  public ImmutableList<Unit> deleted() {
    return deleted;
  }

  /**
   * The right units without a counterpart: units of the aligned level, and whole structural units.
   */
  public ImmutableList<Unit> added() {
    return added;
  }

  /** How similar the documents are as a whole. */
  public DocumentSimilarity similarity() {
    return similarity;
  }

  /** The number of links of the aligned level per op, every op present, in op order. */
  public ImmutableMap<Op, Integer> counts() {
    return count(alignment.links());
  }

  /** The number of structural links per op, every op present, in op order. */
  public ImmutableMap<Op, Integer> structuralCounts() {
    return count(alignment.structuralLinks());
  }

  private static ImmutableMap<Op, Integer> count(List<Link> links) {
    Map<Op, Integer> counts = new EnumMap<>(Op.class);
    for (Op op : Op.values()) {
      counts.put(op, 0);
    }
    for (Link link : links) {
      counts.merge(link.op(), 1, Integer::sum);
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Whether the documents differ in their comparison keys: a link that is not {@link Op#EQUAL}, or
   * a deleted or added unit. Differences that normalization removes, and heading labels when they
   * are left out of keys, do not count.
   */
  public boolean hasDifferences() {
    return !deleted.isEmpty()
        || !added.isEmpty()
        || alignments.stream().anyMatch(c -> c.op() != Op.EQUAL);
  }

  @Override
  public String toString() {
    return "Comparison["
        + left.document().name()
        + " → "
        + right.document().name()
        + ", "
        + alignments.size()
        + " links, similarity "
        + similarity.value()
        + "]";
  }
}
