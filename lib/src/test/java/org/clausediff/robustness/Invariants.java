package org.clausediff.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.clausediff.segment.Document;
import org.clausediff.segment.Heading;
import org.clausediff.segment.Unit;
import org.clausediff.testing.SpanAssertions;
import org.clausediff.text.CodePoints;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.clausediff.text.normalize.NormalizedText;
import org.clausediff.text.normalize.OffsetMap;
import org.clausediff.text.normalize.TextNormalizer;

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
          covered[i] || CodePoints.isWhitespace(cp) || CodePoints.isInvisible(cp),
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
