package org.clausediff.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clausediff.testing.TextGenerator;
import org.clausediff.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprinterProperties {
  private static final Fingerprinter FINGERPRINTER = Fingerprinter.defaults();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void identicalTextsHaveEqualFingerprintsWhateverTheirNames(long seed) throws Exception {
    TextGenerator generator = TextGenerator.seeded(seed);
    for (int round = 0; round < 20; round++) {
      String text = round % 2 == 0 ? generator.chineseProse(600) : generator.text(300);
      DocumentFingerprint a = FINGERPRINTER.fingerprint(SourceText.of("a", text));
      DocumentFingerprint b = FINGERPRINTER.fingerprint(SourceText.of("b", text));
      assertThat(a.units()).as("seed %s round %s", seed, round).isEqualTo(b.units());
      assertThat(a.signature()).isEqualTo(b.signature());
      assertThat(a.sha256()).isEqualTo(b.sha256());
      assertThat(roundTrip(a)).isEqualTo(a);
      DocumentMatch match = a.match(b, 0.7);
      assertThat(match.similarity()).isEqualTo(1.0);
      long withKeys = a.units().stream().filter(u -> u.keyLength() > 0).count();
      assertThat(match.exactUnits()).isEqualTo((int) withKeys);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void unitEstimatesAreCloseToTheExactJaccard(long seed) {
    Random random = new Random(seed);
    TextGenerator generator = TextGenerator.seeded(seed);
    List<Double> errors = new ArrayList<>();
    for (int round = 0; round < 60; round++) {
      String sentence = sentence(generator, random, 20 + random.nextInt(80));
      String edited = edit(sentence, random, random.nextDouble() * 0.6);
      KeyedDocument a = FINGERPRINTER.key(SourceText.of("a", sentence + "。"));
      KeyedDocument b = FINGERPRINTER.key(SourceText.of("b", edited + "。"));
      assertThat(a.fingerprint().units()).hasSize(1);
      assertThat(b.fingerprint().units()).hasSize(1);
      double exact = a.jaccard(0, b, 0);
      double estimate = a.fingerprint().units().get(0).estimate(b.fingerprint().units().get(0));
      // 64 values: the standard error is at most 0.0625; 0.27 is over four of them.
      assertThat(Math.abs(estimate - exact))
          .as("seed %s round %s: exact %s, estimate %s", seed, round, exact, estimate)
          .isLessThan(0.27);
      errors.add(estimate - exact);
    }
    double meanError = errors.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double meanAbsolute = errors.stream().mapToDouble(Math::abs).average().orElseThrow();
    assertThat(Math.abs(meanError)).as("bias, seed %s", seed).isLessThan(0.03);
    assertThat(meanAbsolute).as("mean absolute error, seed %s", seed).isLessThan(0.07);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23})
  void documentSignaturesEstimateTheJaccardOfAllShingles(long seed) {
    Random random = new Random(seed);
    TextGenerator generator = TextGenerator.seeded(seed);
    for (int round = 0; round < 20; round++) {
      StringBuilder left = new StringBuilder();
      StringBuilder right = new StringBuilder();
      double keep = random.nextDouble();
      for (int s = 0; s < 40; s++) {
        String sentence = sentence(generator, random, 10 + random.nextInt(40)) + "。";
        if (random.nextDouble() < keep) {
          left.append(sentence);
          right.append(sentence);
        } else if (random.nextBoolean()) {
          left.append(sentence);
        } else {
          right.append(sentence);
        }
      }
      KeyedDocument a = FINGERPRINTER.key(SourceText.of("a", left.toString()));
      KeyedDocument b = FINGERPRINTER.key(SourceText.of("b", right.toString()));
      double exact = exactDocumentJaccard(a, b);
      double estimate = a.fingerprint().signature().jaccard(b.fingerprint().signature());
      assertThat(Math.abs(estimate - exact))
          .as("seed %s round %s: exact %s, estimate %s", seed, round, exact, estimate)
          .isLessThan(0.2);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {31, 32, 33})
  void matchCoversTheKeptSentencesAndIsSymmetricInSimilarity(long seed) {
    Random random = new Random(seed);
    TextGenerator generator = TextGenerator.seeded(seed);
    StringBuilder left = new StringBuilder();
    StringBuilder right = new StringBuilder();
    int kept = 0;
    int total = 0;
    for (int s = 0; s < 60; s++) {
      String sentence = sentence(generator, random, 20 + random.nextInt(40)) + "。";
      left.append(sentence);
      total++;
      if (random.nextInt(3) > 0) {
        right.append(sentence);
        kept++;
      } else {
        right.append(sentence(generator, random, 30)).append("。");
      }
    }
    DocumentFingerprint a = FINGERPRINTER.fingerprint(SourceText.of("a", left.toString()));
    DocumentFingerprint b = FINGERPRINTER.fingerprint(SourceText.of("b", right.toString()));
    DocumentMatch ab = a.match(b, 0.7);
    DocumentMatch ba = b.match(a, 0.7);
    assertThat(ab.exactUnits()).isEqualTo(kept);
    assertThat(ab.coverage()).isEqualTo((double) kept / total);
    assertThat(ab.similarity())
        .isCloseTo(ba.similarity(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ab.coverage()).isEqualTo(ba.otherCoverage());
  }

  private static double exactDocumentJaccard(KeyedDocument a, KeyedDocument b) {
    java.util.Set<Long> left = new java.util.HashSet<>();
    java.util.Set<Long> right = new java.util.HashSet<>();
    collect(a, left);
    collect(b, right);
    java.util.Set<Long> union = new java.util.HashSet<>(left);
    union.addAll(right);
    left.retainAll(right);
    return union.isEmpty() ? 1.0 : (double) left.size() / union.size();
  }

  private static void collect(KeyedDocument d, java.util.Set<Long> into) {
    for (int u = 0; u < d.fingerprint().units().size(); u++) {
      org.clausediff.internal.similarity.ShingleSet set = d.shingles(u);
      for (int i = 0; i < set.size(); i++) {
        into.add(set.get(i));
      }
    }
  }

  /** Chinese prose without sentence ends: ideographs, a few commas. */
  private static String sentence(TextGenerator generator, Random random, int length) {
    StringBuilder out = new StringBuilder();
    while (out.codePointCount(0, out.length()) < length) {
      out.appendCodePoint(0x4E00 + random.nextInt(random.nextBoolean() ? 300 : 3000));
      if (random.nextInt(15) == 0) {
        out.append('，');
      }
    }
    return out.toString();
  }

  /** {@code sentence} with about {@code rate} of its characters substituted. */
  private static String edit(String sentence, Random random, double rate) {
    StringBuilder out = new StringBuilder();
    sentence
        .codePoints()
        .forEach(
            cp ->
                out.appendCodePoint(
                    cp != '，' && random.nextDouble() < rate ? 0x4E00 + random.nextInt(3000) : cp));
    return out.toString();
  }

  private static DocumentFingerprint roundTrip(DocumentFingerprint fingerprint) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(fingerprint);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (DocumentFingerprint) in.readObject();
    }
  }
}
