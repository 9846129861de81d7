package org.clausediff.internal.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.segment.Document;

/**
 * A segmented document and its comparison text: what every stage after segmentation takes.
 *
 * @param document the unit tree over the source text
 * @param normalized the comparison text of the same source
 */
public record SegmentedText(Document document, NormalizedText normalized) {

  /** Checks that both belong to the same source text. */
  public SegmentedText {
    checkNotNull(document, "document");
    checkNotNull(normalized, "normalized");
    checkArgument(
        document.source() == normalized.source(),
        "document and normalized text must share one source");
  }

  /** The document's name. */
  public String name() {
    return document.name();
  }
}
