package org.clausediff.internal.similarity;

import java.util.Arrays;
import java.util.List;
import org.clausediff.compare.Measure;

/**
 * A TF-IDF vector over shingles, for {@link Measure#TFIDF_COSINE} between structural units
 * (sections, items). The term frequency of a shingle is the number of the unit's parts (its
 * sentences) whose {@link ShingleSet} contains it; its weight is that times the shingle's inverse
 * document frequency ({@link ShingleFrequencies#idf}).
 *
 * <p>Vectors are sparse (ascending shingle numbers with counts) and add up: the vector of a section
 * is the sum of the vectors of its parts, by linear merges. The cosine merges two vectors in linear
 * time. Immutable and thread-safe.
 */
public final class WeightedShingles {
  private static final WeightedShingles EMPTY = new WeightedShingles(new int[0], new int[0], 0);

  private final int[] ids;
  private final int[] counts;
  private final double norm;

  private WeightedShingles(int[] ids, int[] counts, double norm) {
    this.ids = ids;
    this.counts = counts;
    this.norm = norm;
  }

  private static WeightedShingles of(int[] ids, int[] counts, ShingleFrequencies frequencies) {
    double sum = 0;
    for (int i = 0; i < ids.length; i++) {
      double w = counts[i] * frequencies.idf(ids[i]);
      sum += w * w;
    }
    return new WeightedShingles(ids, counts, Math.sqrt(sum));
  }

  /** The sum of {@code vectors}. */
  public static WeightedShingles sum(
      List<WeightedShingles> vectors, ShingleFrequencies frequencies) {
    if (vectors.isEmpty()) {
      return EMPTY;
    }
    if (vectors.size() == 1) {
      return vectors.get(0);
    }
    List<int[][]> parts = new java.util.ArrayList<>(vectors.size());
    for (WeightedShingles vector : vectors) {
      parts.add(new int[][] {vector.ids, vector.counts});
    }
    return sumOf(parts, frequencies);
  }

  /**
   * The vector of the parts made of the sets {@code [from, to)} counted by {@code frequencies}
   * together with the vectors {@code others}.
   */
  public static WeightedShingles sum(
      int from, int to, List<WeightedShingles> others, ShingleFrequencies frequencies) {
    List<int[][]> parts = new java.util.ArrayList<>(1 + others.size());
    if (from < to) {
      parts.add(counted(from, to, frequencies));
    }
    for (WeightedShingles vector : others) {
      parts.add(new int[][] {vector.ids, vector.counts});
    }
    if (parts.isEmpty()) {
      return EMPTY;
    }
    return sumOf(parts, frequencies);
  }

  /**
   * The {ids, counts} of the sets {@code [from, to)}: their shingle numbers together, sorted, and
   * each distinct one counted (one sort instead of a tree of merges, each with arrays of its own).
   */
  private static int[][] counted(int from, int to, ShingleFrequencies frequencies) {
    int total = 0;
    for (int s = from; s < to; s++) {
      total += frequencies.ids(s).length;
    }
    int[] all = new int[total];
    int at = 0;
    for (int s = from; s < to; s++) {
      int[] ids = frequencies.ids(s);
      System.arraycopy(ids, 0, all, at, ids.length);
      at += ids.length;
    }
    if (to - from > 1) {
      Arrays.sort(all);
    }
    int distinct = 0;
    for (int i = 0; i < total; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        distinct++;
      }
    }
    int[] ids = new int[distinct];
    int[] counts = new int[distinct];
    int n = 0;
    for (int i = 0; i < total; i++) {
      if (i > 0 && all[i] != all[i - 1]) {
        n++;
      }
      ids[n] = all[i];
      counts[n]++;
    }
    return new int[][] {ids, counts};
  }

  /** Merges the sorted {ids, counts} parts pairwise, as a balanced tree: {@code O(n log k)}. */
  private static WeightedShingles sumOf(List<int[][]> parts, ShingleFrequencies frequencies) {
    List<int[][]> level = parts;
    while (level.size() > 1) {
      List<int[][]> next = new java.util.ArrayList<>((level.size() + 1) / 2);
      for (int k = 0; k + 1 < level.size(); k += 2) {
        next.add(merge(level.get(k), level.get(k + 1)));
      }
      if (level.size() % 2 == 1) {
        next.add(level.get(level.size() - 1));
      }
      level = next;
    }
    return of(level.get(0)[0], level.get(0)[1], frequencies);
  }

  private static int[][] merge(int[][] a, int[][] b) {
    int[] aIds = a[0];
    int[] aCounts = a[1];
    int[] bIds = b[0];
    int[] bCounts = b[1];
    int[] ids = new int[mergedSize(aIds, bIds)];
    int[] counts = new int[ids.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < aIds.length || j < bIds.length) {
      if (j >= bIds.length || (i < aIds.length && aIds[i] < bIds[j])) {
        ids[n] = aIds[i];
        counts[n++] = aCounts[i++];
      } else if (i >= aIds.length || bIds[j] < aIds[i]) {
        ids[n] = bIds[j];
        counts[n++] = bCounts[j++];
      } else {
        ids[n] = aIds[i];
        counts[n++] = aCounts[i++] + bCounts[j++];
      }
    }
    return new int[][] {ids, counts};
  }

  /** The number of distinct values in the two ascending arrays together. */
  private static int mergedSize(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        shared++;
        i++;
        j++;
      }
    }
    return a.length + b.length - shared;
  }

  /** The number of distinct shingles. */
  public int size() {
    return ids.length;
  }

  /** The shingle numbers, ascending; for tests, do not modify. */
  int[] ids() {
    return ids;
  }

  /** The count of each shingle number; for tests, do not modify. */
  int[] counts() {
    return counts;
  }

  /** The Euclidean norm of the weighted vector. */
  double norm() {
    return norm;
  }

  /**
   * The cosine of the angle between the two vectors, in {@code [0, 1]}; 0 if either is empty. Both
   * must have been built with {@code frequencies}.
   */
  public double cosine(WeightedShingles other, ShingleFrequencies frequencies) {
    if (norm == 0 || other.norm == 0) {
      return 0;
    }
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] < other.ids[j]) {
        i++;
      } else if (ids[i] > other.ids[j]) {
        j++;
      } else {
        double idf = frequencies.idf(ids[i]);
        // The integer product first, so that the sum does not depend on the order of the vectors.
        dot += (double) ((long) counts[i] * other.counts[j]) * (idf * idf);
        i++;
        j++;
      }
    }
    return Math.min(1.0, dot / (norm * other.norm));
  }
}
