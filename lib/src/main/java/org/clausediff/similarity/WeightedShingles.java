package org.clausediff.similarity;

import java.util.Arrays;
import java.util.List;

/**
 * A TF-IDF vector over shingles, for {@link Measure#TFIDF_COSINE} between structural units
 * (sections, items). The term frequency of a shingle is the number of the unit's parts (its
 * sentences) whose {@link ShingleSet} contains it; the weight is that times the shingle's inverse
 * document frequency. Building sorts the parts' shingles, {@code O(n log n)} for {@code n} shingles
 * in all parts; the cosine merges two sorted vectors in linear time. Immutable and thread-safe.
 */
public final class WeightedShingles {
  private final long[] keys;
  private final double[] weights;
  private final double norm;

  private WeightedShingles(long[] keys, double[] weights) {
    this.keys = keys;
    this.weights = weights;
    double sum = 0;
    for (double w : weights) {
      sum += w * w;
    }
    this.norm = Math.sqrt(sum);
  }

  /** The vector of a unit whose parts have the shingle sets {@code parts}. */
  public static WeightedShingles of(List<ShingleSet> parts, ShingleFrequencies frequencies) {
    int total = 0;
    for (ShingleSet part : parts) {
      total += part.size();
    }
    long[] all = new long[total];
    int at = 0;
    for (ShingleSet part : parts) {
      for (int i = 0; i < part.size(); i++) {
        all[at++] = part.get(i);
      }
    }
    Arrays.sort(all);
    long[] keys = new long[total];
    double[] weights = new double[total];
    int distinct = 0;
    for (int i = 0; i < total; ) {
      int j = i;
      while (j < total && all[j] == all[i]) {
        j++;
      }
      keys[distinct] = all[i];
      weights[distinct] = (j - i) * frequencies.idf(all[i]);
      distinct++;
      i = j;
    }
    return new WeightedShingles(Arrays.copyOf(keys, distinct), Arrays.copyOf(weights, distinct));
  }

  /** The number of distinct shingles. */
  public int size() {
    return keys.length;
  }

  /** The cosine of the angle between the two vectors, in {@code [0, 1]}; 0 if either is empty. */
  public double cosine(WeightedShingles other) {
    if (norm == 0 || other.norm == 0) {
      return 0;
    }
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < keys.length && j < other.keys.length) {
      if (keys[i] < other.keys[j]) {
        i++;
      } else if (keys[i] > other.keys[j]) {
        j++;
      } else {
        dot += weights[i] * other.weights[j];
        i++;
        j++;
      }
    }
    return Math.min(1.0, dot / (norm * other.norm));
  }
}
