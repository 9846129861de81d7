package org.clausediff.segment;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How {@link org.clausediff.ClauseDiff#segment} cuts a text.
 *
 * <p>Defaults: headings are also looked for inside paragraphs (needed for text that lost its line
 * breaks), titles are at most 60 code points, and a bracket pair protects its content from sentence
 * and clause boundaries when it closes within 300 code points and the same paragraph (book-title
 * marks 《》 protect whatever their length within the paragraph), and sentences are cut into clauses.
 *
 * @param inlineHeadings whether to find headings that do not start a paragraph
 * @param maxTitleLength the longest heading title, in code points
 * @param maxBracketLength the longest bracketed or quoted passage that is kept whole
 * @param clauses whether sentences are cut into clauses; without, sentences are the leaves of the
 *     document (for callers that never look below sentences: it saves most of the units and about a
 *     fifth of the time)
 */
public record SegmentOptions(
    boolean inlineHeadings, int maxTitleLength, int maxBracketLength, boolean clauses) {

  /** Validates the options. */
  public SegmentOptions {
    checkArgument(
        maxTitleLength >= 1 && maxTitleLength <= 1000,
        "maxTitleLength must be in [1, 1000] but was %s",
        maxTitleLength);
    checkArgument(
        maxBracketLength >= 2 && maxBracketLength <= 100_000,
        "maxBracketLength must be in [2, 100000] but was %s",
        maxBracketLength);
  }

  /** Inline headings on, titles up to 60, brackets up to 300 code points, clauses cut. */
  public static SegmentOptions defaults() {
    return new SegmentOptions(true, 60, 300, true);
  }

  /** Returns a copy that does or does not look for headings inside paragraphs. */
  public SegmentOptions withInlineHeadings(boolean inlineHeadings) {
    return new SegmentOptions(inlineHeadings, maxTitleLength, maxBracketLength, clauses);
  }

  /** Returns a copy with titles of at most {@code maxTitleLength} code points. */
  public SegmentOptions withMaxTitleLength(int maxTitleLength) {
    return new SegmentOptions(inlineHeadings, maxTitleLength, maxBracketLength, clauses);
  }

  /** Returns a copy that keeps bracketed passages of up to {@code maxBracketLength} whole. */
  public SegmentOptions withMaxBracketLength(int maxBracketLength) {
    return new SegmentOptions(inlineHeadings, maxTitleLength, maxBracketLength, clauses);
  }

  /** Returns a copy that does or does not cut sentences into clauses. */
  public SegmentOptions withClauses(boolean clauses) {
    return new SegmentOptions(inlineHeadings, maxTitleLength, maxBracketLength, clauses);
  }
}
