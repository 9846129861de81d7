package org.clausediff.internal.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.segment.Document;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.SourceText;
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
  private static String text(long seed) {
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

  private static UnitKeys keys(String name, String text) {
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
}
