package org.clausediff.testing;

import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Document;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationOptions;

/** Comparison keys of two small texts, for tests of the similarity and diff stages. */
public final class Keyed {
  private Keyed() {}

  /**
   * The sentence keys of {@code left} and {@code right}, default normalization, labels left out.
   */
  public static UnitKeys.Pair sentences(String left, String right) {
    return sentences(left, right, NormalizationOptions.defaults(), true);
  }

  /** The sentence keys of {@code left} (named "left") and {@code right} (named "right"). */
  public static UnitKeys.Pair sentences(
      String left, String right, NormalizationOptions normalization, boolean ignoreLabels) {
    SourceText l = SourceText.of("left", left);
    SourceText r = SourceText.of("right", right);
    Document ld = Segmenter.defaults().segment(l);
    Document rd = Segmenter.defaults().segment(r);
    return UnitKeys.forPair(
        ld,
        TextNormalizer.of(normalization).normalize(l),
        rd,
        TextNormalizer.of(normalization).normalize(r),
        UnitKind.SENTENCE,
        ignoreLabels);
  }
}
