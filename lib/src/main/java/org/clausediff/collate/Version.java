package org.clausediff.collate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.segment.Document;
import org.clausediff.text.normalize.NormalizedText;

/**
 * One input of a collation: a segmented document and its comparison text.
 *
 * @param document the unit tree over the source text
 * @param normalized the comparison text of the same source
 */
public record Version(Document document, NormalizedText normalized) {

  /** Checks that both belong to the same source text. */
  public Version {
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
