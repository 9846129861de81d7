package org.clausediff.api;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.segment.Document;
import org.clausediff.text.normalize.NormalizedText;

/**
 * A segmented text with its comparison text: what {@link ClauseDiff#segment} returns.
 *
 * @param document the unit tree over the source text
 * @param normalized the comparison text of the same source, with the rules that changed it
 */
public record Segmentation(Document document, NormalizedText normalized) {

  /** Checks that both belong to the same source text. */
  public Segmentation {
    checkNotNull(document, "document");
    checkNotNull(normalized, "normalized");
    checkArgument(
        document.source() == normalized.source(),
        "document and normalized text must share one source");
  }
}
