package org.clausediff.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * A segmented text and the normalization rules that changed its comparison text: what {@link
 * org.clausediff.ClauseDiff#segment} returns, and each side of a comparison.
 *
 * @param document the unit tree over the source text
 * @param normalization the normalization rules that changed the comparison text, in the order of
 *     {@link NormalizationRule}; empty when the text needed none
 */
public record Segmentation(Document document, List<NormalizationRule> normalization) {

  /** Validates and copies. */
  public Segmentation {
    checkNotNull(document, "document");
    normalization = List.copyOf(normalization);
  }
}
