package org.clausediff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.text.SourceLocation;
import org.clausediff.text.Span;

/**
 * Where a shared passage occurs: a document, a span of its text, and where the span's start and end
 * are in the file — line and column for a plain text, page, paragraph, note or element for a
 * document read by the formats module ({@link SourceLocation}).
 *
 * @param document the indexed file
 * @param start the first code point of the passage in the document's decoded text
 * @param end one past its last code point
 * @param from the location of {@code start} in the file
 * @param to the location of {@code end} in the file
 * @param sectionPath the headings that contain the passage's first unit, or empty
 */
public record Occurrence(
    String document, int start, int end, SourceLocation from, SourceLocation to, String sectionPath)
    implements Comparable<Occurrence> {

  /** Validates the fields. */
  public Occurrence {
    checkNotNull(document, "document");
    checkArgument(0 <= start && start <= end, "bad span [%s, %s)", start, end);
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(sectionPath, "sectionPath");
  }

  /** The passage's span. */
  public Span span() {
    return Span.of(start, end);
  }

  /** By document, then start, then end. */
  @Override
  public int compareTo(Occurrence other) {
    int byDocument = document.compareTo(other.document);
    if (byDocument != 0) {
      return byDocument;
    }
    return span().compareTo(other.span());
  }
}
