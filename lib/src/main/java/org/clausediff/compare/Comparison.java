package org.clausediff.compare;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clausediff.segment.Segmentation;
import org.clausediff.segment.Unit;

/**
 * The result of {@link org.clausediff.ClauseDiff#compare}: which units of two documents correspond,
 * how similar they and the documents are, what changed inside them, and what was deleted and added.
 *
 * <p>{@link #alignments()} holds every link — between units of the aligned level (sentences by
 * default) and between structural units (sections, items, sub-items) — ordered by the start of its
 * first left unit, then by level (sections first), then by its first right unit. Every unit of the
 * aligned level lies in exactly one link or in {@link #deleted()} / {@link #added()}; those lists
 * also hold the structural units deleted or added as a whole, ordered by their start. All offsets
 * are code points of the source texts. Instances are immutable and thread-safe.
 *
 * @param left the left (old) document and the normalization of its comparison text
 * @param right the right (new) document and the normalization of its comparison text
 * @param options the options the documents were compared with
 * @param alignments every link with its inline diff, in the order described above
 * @param deleted the left units without a counterpart: of the aligned level, and whole structural
 *     units
 * @param added the right units without a counterpart: of the aligned level, and whole structural
 *     units
 * @param similarity how similar the documents are as a whole
 */
public record Comparison(
    Segmentation left,
    Segmentation right,
    CompareOptions options,
    List<Correspondence> alignments,
    List<Unit> deleted,
    List<Unit> added,
    DocumentSimilarity similarity) {

  /** Validates and copies. */
  public Comparison {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkNotNull(options, "options");
    checkNotNull(similarity, "similarity");
    alignments = List.copyOf(alignments);
    deleted = List.copyOf(deleted);
    added = List.copyOf(added);
  }

  /** The number of links of the aligned level per op, every op present, in op order. */
  public Map<Op, Integer> counts() {
    return count(false);
  }

  /** The number of structural links per op, every op present, in op order. */
  public Map<Op, Integer> structuralCounts() {
    return count(true);
  }

  private Map<Op, Integer> count(boolean structural) {
    Map<Op, Integer> counts = new EnumMap<>(Op.class);
    for (Op op : Op.values()) {
      counts.put(op, 0);
    }
    for (Correspondence entry : alignments) {
      if (entry.level().isStructural() == structural) {
        counts.merge(entry.op(), 1, Integer::sum);
      }
    }
    return Collections.unmodifiableMap(counts);
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
