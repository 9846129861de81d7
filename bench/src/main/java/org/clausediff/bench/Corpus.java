package org.clausediff.bench;

import java.util.ArrayList;
import java.util.List;
import org.clausediff.testing.TestData;

/** Deterministic benchmark inputs of a given size, built from the seed documents. */
final class Corpus {
  private Corpus() {}

  /** The seeds concatenated and repeated until the text has about {@code codePoints}. */
  static String repeatedSeeds(int codePoints) {
    List<String> seeds = new ArrayList<>();
    for (String seed : TestData.SEEDS) {
      seeds.add(TestData.text(seed).text());
    }
    StringBuilder out = new StringBuilder();
    int length = 0;
    for (int i = 0; length < codePoints; i++) {
      String seed = seeds.get(i % seeds.size());
      out.append(seed).append("\n\n");
      length += seed.codePointCount(0, seed.length()) + 2;
    }
    return out.toString();
  }
}
