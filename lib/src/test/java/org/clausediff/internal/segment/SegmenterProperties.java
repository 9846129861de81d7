package org.clausediff.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.clausediff.segment.Document;
import org.clausediff.segment.Heading;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.SpanAssertions;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of segmentation over generated text. */
class SegmenterProperties {
  private static final String[] LABELS = {
    "一、",
    "二、",
    "十二、",
    "（一）",
    "(三)",
    "（二十一）",
    "1.",
    "2、",
    "１０．",
    "（1）",
    "(2)",
    "①",
    "⑫",
    "第一章",
    "第三条　",
    "Article 7. ",
    "1.1 ",
    "(a) ",
    "Section 2: "
  };

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  /** Structured text: paragraphs and inline runs of labels, titles, prose and punctuation. */
  private static String structured(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    Random random = generator.random();
    StringBuilder out = new StringBuilder();
    int parts = random.nextInt(30);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(6)) {
        case 0:
          out.append(random.nextBoolean() ? "\n　　" : "\n\n");
          break;
        case 1:
          out.append(LABELS[random.nextInt(LABELS.length)]);
          break;
        case 2:
          out.append(generator.text(20));
          break;
        default:
          out.append(generator.chineseProse(60));
      }
    }
    return out.toString();
  }

  private static SourceText generated(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    switch ((int) (seed % 3)) {
      case 0:
        return SourceText.of("seed-" + seed, generator.text(300));
      case 1:
        return SourceText.of("seed-" + seed, generator.chineseProse(500));
      default:
        return SourceText.of("seed-" + seed, structured(seed));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void leavesTileTheText(long seed) {
    SpanAssertions.assertTiles(Segmenter.defaults().segment(generated(seed)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void headingsPointAtTheirLabelAndTitle(long seed) {
    SourceText text = generated(seed);
    Document document = Segmenter.defaults().segment(text);

    for (Unit unit : document.structuralUnits()) {
      Heading heading = unit.heading().orElseThrow();
      assertThat(text.substring(heading.labelSpan()))
          .as("seed %s", seed)
          .isEqualTo(heading.label());
      assertThat(text.substring(heading.titleSpan()))
          .as("seed %s", seed)
          .isEqualTo(heading.title());
      // The label starts the unit, after any invisible characters (a BOM, a bidi mark) before it.
      assertThat(
              text.substring(unit.span().start(), heading.labelSpan().start())
                  .codePoints()
                  .allMatch(org.clausediff.internal.text.CodePoints::isInvisible))
          .as("seed %s", seed)
          .isTrue();
      assertThat(unit.span().encloses(heading.titleSpan())).as("seed %s", seed).isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void segmentationIsDeterministic(long seed) {
    SourceText text = generated(seed);

    assertThat(Segmenter.defaults().segment(text).units())
        .as("seed %s", seed)
        .isEqualTo(Segmenter.defaults().segment(text).units());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void withoutInlineHeadingsEveryHeadingStartsAParagraphLine(long seed) {
    SourceText text = generated(seed);
    Document document =
        Segmenter.of(SegmentOptions.defaults().withInlineHeadings(false)).segment(text);

    SpanAssertions.assertTiles(document);
    for (Unit unit : document.structuralUnits()) {
      int start = unit.span().start();
      int before = start - 1;
      while (before >= 0
          && org.clausediff.internal.text.CodePoints.isWhitespace(text.codePointAt(before))
          && !org.clausediff.internal.text.CodePoints.isLineTerminator(text.codePointAt(before))) {
        before--;
      }
      assertThat(
              before < 0
                  || org.clausediff.internal.text.CodePoints.isLineTerminator(
                      text.codePointAt(before)))
          .as("seed %s: heading at %s starts a line", seed, text.lineColumn(start))
          .isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void withoutClausesTheSameUnitsDownToSentencesWhichAreTheLeaves(long seed) {
    SourceText text = generated(seed);
    Document full = Segmenter.defaults().segment(text);
    Document sentences = Segmenter.of(SegmentOptions.defaults().withClauses(false)).segment(text);

    SpanAssertions.assertTiles(sentences);
    assertThat(sentences.units(UnitKind.CLAUSE)).as("seed %s", seed).isEmpty();
    assertThat(sentences.leaves())
        .as("seed %s", seed)
        .isEqualTo(sentences.units(UnitKind.SENTENCE));
    for (UnitKind kind : UnitKind.values()) {
      if (kind != UnitKind.CLAUSE) {
        assertThat(described(sentences, kind))
            .as("seed %s, %s", seed, kind)
            .isEqualTo(described(full, kind));
      }
    }
  }

  /** Kind, span, heading and section path of every unit of {@code kind}. */
  private static java.util.List<String> described(Document document, UnitKind kind) {
    return document.units(kind).stream()
        .map(u -> u.kind() + " " + u.span() + " " + u.heading() + " " + document.sectionPath(u))
        .toList();
  }
}
