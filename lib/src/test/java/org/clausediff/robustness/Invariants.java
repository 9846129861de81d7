package org.clausediff.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Edit;
import org.clausediff.compare.Link;
import org.clausediff.compare.Similarity;
import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.dups.RepeatKind;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.normalize.OffsetMap;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.segment.Document;
import org.clausediff.segment.Heading;
import org.clausediff.segment.Unit;
import org.clausediff.testing.SpanAssertions;
import org.clausediff.testing.Stages;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * The invariants every result of a stage must keep, whatever the input: checked on every fuzz input
 * and every bad input. Each failure message names the document.
 */
public final class Invariants {
  private Invariants() {}

  /**
   * A decoded text is consistent: its code points are those of its string, none is a lone
   * surrogate, and offsets convert to UTF-16 indexes and back.
   */
  public static void checkSource(SourceText text) {
    String name = text.name();
    int[] cps = text.text().codePoints().toArray();
    assertThat(text.codePoints().toArray()).as("code points of %s", name).isEqualTo(cps);
    int charIndex = 0;
    for (int i = 0; i <= cps.length; i++) {
      check(
          i == cps.length || !(Character.isSurrogate((char) cps[i]) && cps[i] <= 0xFFFF),
          "%s: lone surrogate at %s",
          name,
          i);
      check(text.charIndex(i) == charIndex, "%s: char index of %s is not %s", name, i, charIndex);
      check(
          text.codePointOffset(charIndex) == i,
          "%s: offset of char index %s is not %s",
          name,
          charIndex,
          i);
      if (i < cps.length) {
        charIndex += Character.charCount(cps[i]);
      }
    }
    assertThat(text.lineColumn(cps.length).line()).isEqualTo(text.lineCount());
  }

  /**
   * A text decoded from {@code input} knows where each code point's bytes start: from the prefix (a
   * byte-order mark of at most 4 bytes, for the Unicode encodings) to the end of the input, never
   * going back.
   */
  public static void checkByteOffsets(SourceText text, byte[] input) {
    String name = text.name();
    int previous = text.byteOffset(0).orElseThrow();
    check(previous >= 0 && previous <= input.length, "%s: prefix %s", name, previous);
    for (int i = 1; i <= text.length(); i++) {
      int offset = text.byteOffset(i).orElseThrow();
      check(offset >= previous, "%s: byte offset of %s goes back", name, i);
      previous = offset;
    }
    check(
        previous == input.length,
        "%s: the end is at byte %s, not %s",
        name,
        previous,
        input.length);
  }

  /**
   * The offset map keeps the way back: every normalized code point maps to a non-empty source span
   * inside the text, both bounds never decrease, the map and its inverse agree, and every source
   * code point that is not white space or invisible belongs to the span of some normalized code
   * point (nothing is lost).
   */
  public static void checkNormalized(NormalizedText normalized) {
    SourceText source = normalized.source();
    String name = source.name();
    OffsetMap map = normalized.offsetMap();
    assertThat(map.normalizedLength())
        .as("normalized length of %s", name)
        .isEqualTo(normalized.length());
    assertThat(map.sourceLength()).as("source length of %s", name).isEqualTo(source.length());
    boolean[] covered = new boolean[source.length()];
    Span previous = Span.empty(0);
    for (int i = 0; i < normalized.length(); i++) {
      Span span = map.sourceOf(i);
      check(!span.isEmpty(), "%s: source of normalized %s is empty", name, i);
      check(span.end() <= source.length(), "%s: source %s of %s outside the text", name, span, i);
      check(
          span.start() >= previous.start() && span.end() >= previous.end(),
          "%s: source %s of normalized %s goes back from %s",
          name,
          span,
          i,
          previous);
      // The inverse costs two binary searches; on long texts, check every 61st code point.
      if (normalized.length() <= 100_000 || i % 61 == 0) {
        Span image = normalized.toNormalized(span);
        check(
            image.contains(i),
            "%s: normalized %s is not in the image %s of its source %s",
            name,
            i,
            image,
            span);
      }
      Arrays.fill(covered, span.start(), span.end(), true);
      previous = span;
    }
    for (int i = 0; i < covered.length; i++) {
      int cp = source.codePointAt(i);
      check(
          covered[i]
              || CodePoints.isWhitespace(cp)
              || (CodePoints.isInvisible(cp) && !CodePoints.isBidiControl(cp)),
          "%s: source code point U+%04X at %s is lost by normalization",
          name,
          cp,
          i);
    }
    Span whole = normalized.toSource(0, normalized.length());
    assertThat(whole.end()).as("whole source of %s", name).isLessThanOrEqualTo(source.length());
    assertThat(normalized.toString().codePoints().toArray())
        .as("string of %s", name)
        .isEqualTo(normalized.codePoints().toArray());
  }

  /** Normalizing the normalized text again changes nothing. */
  public static void checkIdempotent(TextNormalizer normalizer, NormalizedText normalized) {
    String once = normalized.toString();
    String twice = normalizer.normalize(SourceText.of("normalized", once)).toString();
    if (!twice.equals(once)) {
      assertThat(escape(twice))
          .as(
              "normalizing %s (%s) again",
              normalized.source().name(), escape(normalized.source().text()))
          .isEqualTo(escape(once));
    }
  }

  /**
   * The document tiles its text ({@link SpanAssertions#assertTiles}), indexes are pre-order
   * positions, and headings point at their own label and title text inside their unit.
   */
  public static void checkDocument(Document document) {
    SpanAssertions.assertTiles(document);
    SourceText source = document.source();
    for (int i = 0; i < document.units().size(); i++) {
      Unit unit = document.units().get(i);
      check(unit.index() == i, "%s: unit %s has index %s", source.name(), i, unit.index());
      if (unit.heading().isPresent()) {
        Heading heading = unit.heading().get();
        assertThat(source.substring(heading.labelSpan()))
            .as("label of %s in %s", unit.span(), source.name())
            .isEqualTo(heading.label());
        assertThat(source.substring(heading.titleSpan()))
            .as("title of %s in %s", unit.span(), source.name())
            .isEqualTo(heading.title());
        assertThat(unit.span().encloses(heading.labelSpan()))
            .as("label %s inside %s in %s", heading.labelSpan(), unit.span(), source.name())
            .isTrue();
      }
    }
  }

  /**
   * A comparison is consistent: every span lies inside its document; every similarity (of the
   * documents, of each link and each of its parts) lies in [0, 1]; every unit of the aligned level
   * is in exactly one link or deleted or added; and the edits of every link re-apply: their left
   * sides spell the link's left comparison text, and replacing each by its right side spells the
   * right one. Structural and identical links carry no edits.
   */
  public static void checkComparison(Comparison comparison) {
    SourceText leftSource = comparison.left().document().source();
    SourceText rightSource = comparison.right().document().source();
    String name = leftSource.name() + " vs " + rightSource.name();
    checkShare(comparison.similarity().value(), name, "document", "similarity");
    checkShare(comparison.similarity().leftCoverage(), name, "document", "left coverage");
    checkShare(comparison.similarity().rightCoverage(), name, "document", "right coverage");
    checkShare(comparison.similarity().inPlace(), name, "document", "in place");
    UnitKeys left = Stages.keys(comparison).left();
    UnitKeys right = Stages.keys(comparison).right();
    int[] leftCount = new int[left.size()];
    int[] rightCount = new int[right.size()];
    for (Correspondence entry : comparison.alignments()) {
      Link link = entry.link();
      checkSimilarity(link.similarity(), name, link);
      link.leftUnits().forEach(u -> checkInside(u.span(), leftSource, name));
      link.rightUnits().forEach(u -> checkInside(u.span(), rightSource, name));
      if (link.level().isStructural() || link.identical()) {
        check(entry.diff().edits().isEmpty(), "%s: %s has edits", name, link);
        if (!link.level().isStructural()) {
          check(
              keyText(left, link.leftUnits()).equals(keyText(right, link.rightUnits())),
              "%s: identical %s has different keys",
              name,
              link);
        }
      } else {
        checkEdits(entry, left, right, name);
      }
      if (!link.level().isStructural()) {
        link.leftUnits().forEach(u -> leftCount[left.positionOf(u)]++);
        link.rightUnits().forEach(u -> rightCount[right.positionOf(u)]++);
      }
    }
    comparison.deleted().forEach(u -> checkInside(u.span(), leftSource, name));
    comparison.added().forEach(u -> checkInside(u.span(), rightSource, name));
    Stages.deletedUnits(comparison).forEach(u -> leftCount[left.positionOf(u)]++);
    Stages.addedUnits(comparison).forEach(u -> rightCount[right.positionOf(u)]++);
    for (int p = 0; p < leftCount.length; p++) {
      check(leftCount[p] == 1, "%s: left unit %s is in %s links", name, p, leftCount[p]);
    }
    for (int q = 0; q < rightCount.length; q++) {
      check(rightCount[q] == 1, "%s: right unit %s is in %s links", name, q, rightCount[q]);
    }
  }

  /** The edits of one link, in order on both sides, inside its units, re-apply. */
  private static void checkEdits(Correspondence entry, UnitKeys left, UnitKeys right, String name) {
    Link link = entry.link();
    StringBuilder fromLeft = new StringBuilder();
    StringBuilder rebuilt = new StringBuilder();
    int leftEnd = 0;
    int rightEnd = 0;
    for (Edit edit : entry.diff().edits()) {
      check(
          within(edit.left(), link.leftUnits()) && within(edit.right(), link.rightUnits()),
          "%s: %s lies outside the units of %s",
          name,
          edit,
          link);
      check(
          edit.left().start() >= leftEnd && edit.right().start() >= rightEnd,
          "%s: %s is out of order in %s",
          name,
          edit,
          link);
      leftEnd = edit.left().end();
      rightEnd = edit.right().end();
      fromLeft.append(left.normalized().normalizedSubstring(edit.left()));
      rebuilt.append(right.normalized().normalizedSubstring(edit.right()));
    }
    String leftKey = keyText(left, link.leftUnits());
    String rightKey = keyText(right, link.rightUnits());
    if (!fromLeft.toString().equals(leftKey)) {
      assertThat(escape(fromLeft.toString()))
          .as("%s: the edits cover the left of %s", name, link)
          .isEqualTo(escape(leftKey));
    }
    if (!rebuilt.toString().equals(rightKey)) {
      assertThat(escape(rebuilt.toString()))
          .as("%s: the edits turn the left of %s into its right", name, link)
          .isEqualTo(escape(rightKey));
    }
  }

  /** The comparison text of {@code units}: their keys, one after the other. */
  public static String keyText(UnitKeys keys, List<Unit> units) {
    StringBuilder text = new StringBuilder();
    for (Unit unit : units) {
      int p = keys.positionOf(unit);
      text.append(
          keys.normalized()
              .normalizedSubstring(keys.sourceSpan(p, keys.keyStart(p), keys.keyEnd(p))));
    }
    return text.toString();
  }

  private static boolean within(Span span, List<Unit> units) {
    return units.stream().anyMatch(u -> u.span().encloses(span));
  }

  private static void checkSimilarity(Similarity similarity, String name, Link link) {
    checkShare(similarity.value(), name, link, "similarity");
    similarity.parts().forEach((measure, value) -> checkShare(value, name, link, measure));
  }

  private static void checkShare(double value, String name, Object what, Object part) {
    check(value >= 0 && value <= 1, "%s: %s of %s is %s, not in [0, 1]", name, part, what, value);
  }

  private static void checkInside(Span span, SourceText source, String name) {
    check(span.end() <= source.length(), "%s: %s outside %s", name, span, source.name());
  }

  /**
   * A duplicate report is consistent with the text it was found in: every occurrence lies inside
   * it; the occurrences of an {@link RepeatKind#EXACT} passage have the same comparison text as its
   * first; cleaning removes exactly the later occurrences of the DUPLICATION passages (every code
   * point of them, and nothing else); and the cleaned text is the source with exactly the removed
   * spans cut out.
   */
  public static void checkDuplicates(DuplicateReport report) {
    checkDuplicates(report, TextNormalizer.defaults().normalize(report.source()));
  }

  /**
   * Checks the invariants of a duplicate report against the comparison text it was found in; see
   * {@link #checkDuplicates(DuplicateReport)}.
   */
  public static void checkDuplicates(DuplicateReport report, NormalizedText normalized) {
    SourceText source = report.source();
    String name = source.name();
    check(normalized.source() == source, "%s: normalized text of another source", name);
    boolean[] later = new boolean[source.length()];
    for (DuplicatePassage passage : report.passages()) {
      checkShare(passage.similarity(), name, passage, "similarity");
      passage.occurrences().forEach(span -> checkInside(span, source, name));
      if (passage.kind() == RepeatKind.EXACT) {
        String first = normalized.normalizedSubstring(passage.first());
        for (Span occurrence : passage.later()) {
          String text = normalized.normalizedSubstring(occurrence);
          if (!text.equals(first)) {
            assertThat(escape(text))
                .as("%s: %s of %s, normalized", name, occurrence, passage)
                .isEqualTo(escape(first));
          }
        }
      }
      if (passage.isDuplication()) {
        for (Span occurrence : passage.later()) {
          Arrays.fill(later, occurrence.start(), occurrence.end(), true);
        }
      }
    }
    boolean[] removed = new boolean[source.length()];
    int previousEnd = -1;
    for (Span span : report.removed()) {
      checkInside(span, source, name);
      check(
          span.start() > previousEnd,
          "%s: removed %s overlaps or touches the one before",
          name,
          span);
      Arrays.fill(removed, span.start(), span.end(), true);
      previousEnd = span.end();
    }
    for (int i = 0; i < removed.length; i++) {
      check(
          removed[i] == later[i],
          "%s: code point %s is %s but %s a later occurrence of a DUPLICATION passage",
          name,
          i,
          removed[i] ? "removed" : "kept",
          later[i] ? "in" : "not in");
    }
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < removed.length; i++) {
      if (!removed[i]) {
        kept.add(source.codePointAt(i));
      }
    }
    int[] expected = kept.stream().mapToInt(Integer::intValue).toArray();
    check(
        Arrays.equals(report.cleanedText().codePoints().toArray(), expected),
        "%s: the cleaned text is not the source without the removed spans",
        name);
  }

  /** Fails with the formatted message unless {@code ok}; cheap enough for every code point. */
  private static void check(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new AssertionError(String.format(Locale.ROOT, format, args));
    }
  }

  /** {@code text} with every code point outside printable ASCII written as {@code \\u{X}}. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (cp >= 0x20 && cp < 0x7F && cp != '\\') {
                out.appendCodePoint(cp);
              } else {
                out.append("\\u{").append(Integer.toHexString(cp)).append('}');
              }
            });
    return out.toString();
  }
}
