package org.clausediff.internal.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keys of two documents made separately and then paired agree on their words. */
class UnitKeysProperties {
  private static final String[] VOCABULARY = {
    "cloud", "edge", "computing", "grows", "data", "Data", "2017", "v2", "policy", "office"
  };

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /** Sentences of words from a small vocabulary (so words recur in both texts) and ideographs. */
  static String text(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    Random random = generator.random();
    StringBuilder out = new StringBuilder();
    int sentences = 1 + random.nextInt(12);
    for (int s = 0; s < sentences; s++) {
      int words = 1 + random.nextInt(8);
      for (int w = 0; w < words; w++) {
        if (random.nextInt(4) == 0) {
          out.append(generator.chineseProse(4).replace("\n", ""));
        } else {
          out.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        out.append(' ');
      }
      out.append(random.nextBoolean() ? "。" : ".\n");
    }
    return out.toString();
  }

  static UnitKeys keys(String name, String text) {
    SourceText source = SourceText.of(name, text);
    Document document = Segmenter.defaults().segment(source);
    NormalizedText normalized = TextNormalizer.defaults().normalize(source);
    return UnitKeys.of(document, normalized, UnitKind.SENTENCE, true);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void pairedKeysGiveEqualWordsEqualTokensAndOtherWordsOtherTokens(long seed) {
    UnitKeys.Pair pair = UnitKeys.pair(keys("left", text(seed)), keys("right", text(seed + 1000)));

    // Every word token of both documents stands for exactly one word, and each word for one token.
    Map<Integer, String> wordOfToken = new HashMap<>();
    Map<String, Integer> tokenOfWord = new HashMap<>();
    for (UnitKeys keys : new UnitKeys[] {pair.left(), pair.right()}) {
      for (int p = 0; p < keys.size(); p++) {
        for (int t = keys.keyStart(p); t < keys.keyEnd(p); t++) {
          String text = keys.document().source().substring(keys.sourceSpan(p, t, t + 1));
          int token = keys.token(t);
          if (token <= Character.MAX_CODE_POINT) {
            continue;
          }
          assertThat(wordOfToken.computeIfAbsent(token, k -> text))
              .as("seed %s: the word of token %s", seed, token)
              .isEqualTo(text);
          assertThat(tokenOfWord.computeIfAbsent(text, k -> token))
              .as("seed %s: the token of %s", seed, text)
              .isEqualTo(token);
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void equalSentencesInTheTwoDocumentsHaveEqualKeysAndHashes(long seed) {
    String shared = "edge computing grows 数据。data policy 2017。";
    UnitKeys.Pair pair =
        UnitKeys.pair(keys("left", text(seed) + shared), keys("right", text(seed + 1000) + shared));
    UnitKeys l = pair.left();
    UnitKeys r = pair.right();

    for (int k = 1; k <= 2; k++) {
      int p = l.size() - k;
      int q = r.size() - k;
      assertThat(l.sameKey(p, r, q)).as("seed %s, sentence %s from the end", seed, k).isTrue();
      assertThat(l.hash(p)).as("seed %s", seed).isEqualTo(r.hash(q));
    }
  }

  /**
   * Shingles are made in buffers reused from sentence to sentence, except for sentences too long
   * for them: whatever the order of short and very long sentences, each sentence's shingles are
   * those of its own text.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everySentenceGetsTheShinglesOfItsOwnText(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < 6; s++) {
      int length =
          switch (random.nextInt(3)) {
            case 0 -> 1 + random.nextInt(40);
            case 1 -> 200 + random.nextInt(2000);
            default -> (1 << 16) + random.nextInt(5000);
          };
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(5) == 0 ? VOCABULARY[random.nextInt(3)] + " " : "数据共享");
      }
      text.append("。");
    }
    SourceText source = SourceText.of("long", text.toString());
    UnitKeys keys = keys("long", text.toString());
    NormalizedText normalized = TextNormalizer.defaults().normalize(source);
    for (int p = 0; p < keys.size(); p++) {
      var range = normalized.toNormalized(keys.units().get(p).span());
      assertThat(keys.shingles(p))
          .as("seed %s, sentence %s", seed, p)
          .isEqualTo(
              ShingleSet.of(
                  org.clausediff.internal.text.Tokens.of(
                      normalized.codePoints(), range.start(), range.end())));
    }
  }

  @Test
  void pairingKeysOfDifferentLevelsIsRefused() {
    SourceText source = SourceText.of("x", "cloud computing. edge computing.");
    Document document = Segmenter.defaults().segment(source);
    NormalizedText normalized = TextNormalizer.defaults().normalize(source);
    UnitKeys sentences = UnitKeys.of(document, normalized, UnitKind.SENTENCE, true);
    UnitKeys clauses = UnitKeys.of(document, normalized, UnitKind.CLAUSE, true);
    UnitKeys withLabels = UnitKeys.of(document, normalized, UnitKind.SENTENCE, false);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> UnitKeys.pair(sentences, clauses));
    assertThat(e).hasMessageContaining("different options");
    assertThrows(IllegalArgumentException.class, () -> UnitKeys.pair(sentences, withLabels));
  }

  /**
   * The keys are those of the plain tokenizer, unit by unit: the diff tokens of {@link
   * org.clausediff.internal.text.Tokens#end} (words numbered in the order they first occur), the
   * hash of their text, and the shingles of {@link org.clausediff.internal.text.Tokens#of} — which
   * the builder makes in one pass over the code points. With heading labels left out of the keys
   * and kept in, on Latin and Chinese sentences, numbered headings and awkward text of every class.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void keysAreThoseOfThePlainTokenizer(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    String headed =
        "一、总则\n（一）"
            + generator.chineseProse(60)
            + "。\n1. Cloud DATA "
            + generator.chineseProse(30)
            + "\n第二条 "
            + generator.text(80);
    for (String text : List.of(text(seed), headed, generator.text(300))) {
      for (boolean ignoreLabels : new boolean[] {true, false}) {
        SourceText source = SourceText.of("plain", text);
        Document document = Segmenter.defaults().segment(source);
        NormalizedText normalized = TextNormalizer.defaults().normalize(source);
        UnitKeys keys = UnitKeys.of(document, normalized, UnitKind.SENTENCE, ignoreLabels);
        ImmutableIntArray cps = normalized.codePoints();
        Map<String, Integer> words = new HashMap<>();
        for (int p = 0; p < keys.size(); p++) {
          Span range = keyRange(document, normalized, keys.units().get(p), ignoreLabels);
          List<Integer> tokens = new ArrayList<>();
          long hash = 0;
          List<int[]> tokenRanges = new ArrayList<>();
          for (int i = range.start(); i < range.end(); ) {
            int end = org.clausediff.internal.text.Tokens.end(cps, i, range.end());
            String word = new String(cps.subArray(i, end).toArray(), 0, end - i);
            tokens.add(
                end == i + 1
                    ? cps.get(i)
                    : words.computeIfAbsent(word, w -> UnitKeys.FIRST_WORD + words.size()));
            tokenRanges.add(new int[] {i, end});
            i = end;
          }
          hash = 0x243F6A8885A308D3L + tokens.size();
          for (int[] token : tokenRanges) {
            for (int i = token[0]; i < token[1]; i++) {
              hash = org.clausediff.internal.text.Tokens.mix(hash ^ cps.get(i));
            }
            hash = org.clausediff.internal.text.Tokens.mix(hash ^ -1L);
          }
          String what = "seed " + seed + ", labels ignored " + ignoreLabels + ", unit " + p;
          List<Integer> actual = new ArrayList<>();
          for (int t = keys.keyStart(p); t < keys.keyEnd(p); t++) {
            actual.add(keys.token(t));
          }
          assertThat(actual).as(what).isEqualTo(tokens);
          assertThat(keys.hash(p)).as(what).isEqualTo(hash);
          assertThat(keys.shingles(p))
              .as(what)
              .isEqualTo(
                  ShingleSet.of(
                      org.clausediff.internal.text.Tokens.of(cps, range.start(), range.end())));
        }
      }
    }
  }

  /** The normalized range of a unit's key: without its heading label when labels are left out. */
  private static Span keyRange(
      Document document, NormalizedText normalized, Unit unit, boolean ignoreLabels) {
    Span range = normalized.toNormalized(unit.span());
    if (!ignoreLabels) {
      return range;
    }
    for (Unit structural : document.structuralUnits()) {
      Span label = structural.heading().orElseThrow().labelSpan();
      if (label.start() == unit.span().start() && label.end() < unit.span().end()) {
        Span rest = normalized.toNormalized(Span.of(label.end(), unit.span().end()));
        return rest.isEmpty() ? range : rest;
      }
    }
    return range;
  }

  @Test
  void ideographsUpToU9ffcAreLettersAsJavaSays() {
    for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
      assertThat(UnitKeysBuilder.isLetterOrDigit(cp))
          .as("U+%04X", cp)
          .isEqualTo(Character.isLetterOrDigit(cp));
    }
  }
}
