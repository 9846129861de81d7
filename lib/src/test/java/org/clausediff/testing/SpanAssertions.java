package org.clausediff.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * Invariants that every result must satisfy, checked on every result as Lucene's {@code
 * BaseTokenStreamTestCase} does: spans inside bounds, ordered, not overlapping; segments tiling the
 * text.
 */
public final class SpanAssertions {
  private SpanAssertions() {}

  /** Every span lies within the text; spans are sorted and do not overlap. */
  public static void assertOrderedWithin(List<Span> spans, SourceText text) {
    int previousEnd = 0;
    for (Span span : spans) {
      assertThat(span.end())
          .as("%s within %s", span, text.name())
          .isLessThanOrEqualTo(text.length());
      assertThat(span.start())
          .as("%s after previous end %s", span, previousEnd)
          .isGreaterThanOrEqualTo(previousEnd);
      previousEnd = span.end();
    }
  }

  /**
   * The document tiles its text: every non-white-space code point lies in exactly one clause, units
   * start and end on non-white-space, children nest inside parents in order.
   */
  public static void assertTiles(Document document) {
    SourceText text = document.source();
    List<Unit> leaves = document.leaves();
    assertOrderedWithin(leaves.stream().map(Unit::span).toList(), text);
    int[] owner = new int[text.length()];
    for (Unit leaf : leaves) {
      for (int i = leaf.span().start(); i < leaf.span().end(); i++) {
        owner[i]++;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      int cp = text.codePointAt(i);
      if (!CodePoints.isWhitespace(cp)) {
        assertThat(owner[i])
            .as(
                "code point %s (U+%04X) at %s of %s belongs to one clause",
                Character.toString(cp), cp, text.lineColumn(i), text.name())
            .isEqualTo(1);
      }
    }
    for (Unit unit : document.units()) {
      assertThat(CodePoints.isWhitespace(text.codePointAt(unit.span().start())))
          .as("%s %s starts on text", unit.kind(), unit.span())
          .isFalse();
      assertThat(CodePoints.isWhitespace(text.codePointAt(unit.span().end() - 1)))
          .as("%s %s ends on text", unit.kind(), unit.span())
          .isFalse();
      if (!unit.isLeaf()) {
        assertThat(unit.children().get(0).span().start()).isEqualTo(unit.span().start());
        assertThat(unit.children().get(unit.children().size() - 1).span().end())
            .isEqualTo(unit.span().end());
      }
    }
  }
}
