package org.clausediff.internal.align;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.compare.CompareOptions;
import org.clausediff.segment.UnitKind;

/**
 * How {@link ClauseAligner} aligns two documents.
 *
 * <p>Defaults: sentences are aligned; a pair of units is linked when its {@link
 * org.clausediff.compare.Measure#COMBINED} similarity is at least 0.5; structural units (sections,
 * items, sub-items) are aligned too; heading labels are left out of the keys.
 *
 * @param level the units to align: paragraph, sentence or clause
 * @param minSimilarity the least combined similarity of a link, in {@code (0, 1]}
 * @param structural whether to align sections, items and sub-items as well
 * @param ignoreLabels whether heading labels ({@code （四）}, {@code 1.}) are left out of keys, so
 *     that renumbering alone is no change
 */
public record AlignOptions(
    UnitKind level, double minSimilarity, boolean structural, boolean ignoreLabels) {

  /** Validates the options. */
  public AlignOptions {
    checkNotNull(level, "level");
    checkArgument(
        !level.isStructural(),
        "level must be paragraph, sentence or clause but was %s",
        level.id());
    checkArgument(
        minSimilarity > 0.0 && minSimilarity <= 1.0,
        "minSimilarity must be in (0, 1] but was %s",
        minSimilarity);
  }

  /** The alignment part of {@code options}. */
  public static AlignOptions of(CompareOptions options) {
    return new AlignOptions(
        options.level(), options.minSimilarity(), options.structural(), options.ignoreLabels());
  }

  /** Sentences, similarity at least 0.5, structural alignment on, labels ignored. */
  public static AlignOptions defaults() {
    return new AlignOptions(UnitKind.SENTENCE, 0.5, true, true);
  }

  /** Returns a copy that aligns units of {@code level}. */
  public AlignOptions withLevel(UnitKind level) {
    return new AlignOptions(level, minSimilarity, structural, ignoreLabels);
  }

  /** Returns a copy that links pairs with a combined similarity of at least {@code min}. */
  public AlignOptions withMinSimilarity(double min) {
    return new AlignOptions(level, min, structural, ignoreLabels);
  }

  /** Returns a copy that does or does not align structural units. */
  public AlignOptions withStructural(boolean structural) {
    return new AlignOptions(level, minSimilarity, structural, ignoreLabels);
  }

  /** Returns a copy that does or does not leave heading labels out of keys. */
  public AlignOptions withIgnoreLabels(boolean ignoreLabels) {
    return new AlignOptions(level, minSimilarity, structural, ignoreLabels);
  }
}
