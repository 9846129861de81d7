package org.clausediff.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.ClauseDiff;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.normalize.NormalizationOptions;

/**
 * How {@link ClauseDiff#compare} compares two documents.
 *
 * <p>Defaults ({@link #defaults()}): sentences are aligned; a pair is linked when its combined
 * similarity is at least 0.5; sections, items and sub-items are aligned too; heading labels are
 * left out of the comparison keys (renumbering alone is no change); the default normalization
 * ({@link NormalizationOptions#defaults()}) and segmentation ({@link SegmentOptions#defaults()},
 * clauses cut only when clauses are compared); inline diffs of at most {@value
 * #DEFAULT_MAX_INLINE_DIFF_TOKENS} differing tokens. Build other options with {@link #builder()} or
 * the {@code withX} methods; the order in which options are set does not matter.
 *
 * @param level the units to align: paragraph, sentence or clause
 * @param minSimilarity the least combined similarity of a link, in {@code (0, 1]}
 * @param structural whether to align sections, items and sub-items as well
 * @param ignoreLabels whether heading labels ({@code （四）}, {@code 1.}) are left out of keys
 * @param normalization the rules that make the comparison text
 * @param segmentation how the documents are cut into units; its {@link SegmentOptions#clauses()} is
 *     set to whether {@code level} is clause (clauses are not needed otherwise, and cutting them
 *     costs time and memory)
 * @param maxInlineDiffTokens the longest differing middle (tokens of both sides) that the inline
 *     diff compares character by character; longer ones become one replacement
 */
public record CompareOptions(
    UnitKind level,
    double minSimilarity,
    boolean structural,
    boolean ignoreLabels,
    NormalizationOptions normalization,
    SegmentOptions segmentation,
    int maxInlineDiffTokens) {

  /** The default bound of the inline diff, in differing tokens of both sides. */
  public static final int DEFAULT_MAX_INLINE_DIFF_TOKENS = 20_000;

  /** Validates the options. */
  public CompareOptions {
    checkNotNull(normalization, "normalization");
    checkNotNull(segmentation, "segmentation");
    checkArgument(
        maxInlineDiffTokens >= 2,
        "maxInlineDiffTokens must be >= 2 but was %s",
        maxInlineDiffTokens);
    checkNotNull(level, "level");
    checkArgument(
        !level.isStructural(),
        "level must be paragraph, sentence or clause but was %s",
        level.id());
    checkArgument(
        minSimilarity > 0.0 && minSimilarity <= 1.0,
        "minSimilarity must be in (0, 1] but was %s",
        minSimilarity);
    segmentation = segmentation.withClauses(level == UnitKind.CLAUSE);
  }

  /** The default options; see the class description. */
  public static CompareOptions defaults() {
    return builder().build();
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these options. */
  public Builder toBuilder() {
    return new Builder()
        .level(level)
        .minSimilarity(minSimilarity)
        .structural(structural)
        .ignoreLabels(ignoreLabels)
        .normalization(normalization)
        .segmentation(segmentation)
        .maxInlineDiffTokens(maxInlineDiffTokens);
  }

  /** Returns a copy that aligns units of {@code level}. */
  public CompareOptions withLevel(UnitKind level) {
    return toBuilder().level(level).build();
  }

  /** Returns a copy that links pairs with a combined similarity of at least {@code min}. */
  public CompareOptions withMinSimilarity(double min) {
    return toBuilder().minSimilarity(min).build();
  }

  /** Returns a copy with the normalization {@code normalization}. */
  public CompareOptions withNormalization(NormalizationOptions normalization) {
    return toBuilder().normalization(normalization).build();
  }

  /** Builds {@link CompareOptions}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private UnitKind level = UnitKind.SENTENCE;
    private double minSimilarity = 0.5;
    private boolean structural = true;
    private boolean ignoreLabels = true;
    private NormalizationOptions normalization = NormalizationOptions.defaults();
    private SegmentOptions segmentation = SegmentOptions.defaults();
    private int maxInlineDiffTokens = DEFAULT_MAX_INLINE_DIFF_TOKENS;

    private Builder() {}

    /** The units to align: paragraph, sentence (default) or clause. */
    public Builder level(UnitKind level) {
      this.level = checkNotNull(level, "level");
      return this;
    }

    /** The least combined similarity of a link, in {@code (0, 1]}; default 0.5. */
    public Builder minSimilarity(double minSimilarity) {
      this.minSimilarity = minSimilarity;
      return this;
    }

    /** Whether to align sections, items and sub-items as well; default true. */
    public Builder structural(boolean structural) {
      this.structural = structural;
      return this;
    }

    /** Whether heading labels are left out of the comparison keys; default true. */
    public Builder ignoreLabels(boolean ignoreLabels) {
      this.ignoreLabels = ignoreLabels;
      return this;
    }

    /**
     * The normalization of the comparison text; default {@link NormalizationOptions#defaults()}.
     */
    public Builder normalization(NormalizationOptions normalization) {
      this.normalization = checkNotNull(normalization, "normalization");
      return this;
    }

    /** How documents are segmented; default {@link SegmentOptions#defaults()}. */
    public Builder segmentation(SegmentOptions segmentation) {
      this.segmentation = checkNotNull(segmentation, "segmentation");
      return this;
    }

    /** The bound of the inline diff, in differing tokens of both sides; default 20 000. */
    public Builder maxInlineDiffTokens(int maxInlineDiffTokens) {
      this.maxInlineDiffTokens = maxInlineDiffTokens;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public CompareOptions build() {
      return new CompareOptions(
          level,
          minSimilarity,
          structural,
          ignoreLabels,
          normalization,
          segmentation,
          maxInlineDiffTokens);
    }
  }
}
