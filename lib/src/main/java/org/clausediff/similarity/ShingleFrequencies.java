package org.clausediff.similarity;

import java.util.Arrays;

/**
 * Document frequencies of shingles: in how many of a collection of shingle sets each shingle
 * occurs, and the inverse document frequency {@code ln(1 + N / df)} derived from it, for {@link
 * WeightedShingles}.
 *
 * <p>An open-addressing hash table of primitive longs: building is linear in the total size of the
 * sets, lookups take expected constant time. Instances are immutable once built and thread-safe.
 */
public final class ShingleFrequencies {
  private final long[] keys;
  private final int[] counts;
  private final boolean[] used;
  private final int mask;
  private final int collectionSize;

  private ShingleFrequencies(long[] keys, int[] counts, boolean[] used, int collectionSize) {
    this.keys = keys;
    this.counts = counts;
    this.used = used;
    this.mask = keys.length - 1;
    this.collectionSize = collectionSize;
  }

  /** Counts the shingles of {@code sets}; each set counts once per shingle. */
  public static ShingleFrequencies of(Iterable<ShingleSet> sets) {
    long total = 0;
    int size = 0;
    for (ShingleSet set : sets) {
      total += set.size();
      size++;
    }
    int capacity = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 29, total * 2))) << 1;
    long[] keys = new long[capacity];
    int[] counts = new int[capacity];
    boolean[] used = new boolean[capacity];
    int mask = capacity - 1;
    for (ShingleSet set : sets) {
      for (int i = 0; i < set.size(); i++) {
        long key = set.get(i);
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (used[slot] && keys[slot] != key) {
          slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = key;
        counts[slot]++;
      }
    }
    return new ShingleFrequencies(keys, counts, used, size);
  }

  /** The number of sets counted. */
  public int collectionSize() {
    return collectionSize;
  }

  /** In how many sets {@code shingle} occurs. */
  public int count(long shingle) {
    int slot = (int) (shingle ^ (shingle >>> 32)) & mask;
    while (used[slot]) {
      if (keys[slot] == shingle) {
        return counts[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  /** {@code ln(1 + N / max(1, df))}: rare shingles weigh more. */
  public double idf(long shingle) {
    return Math.log1p((double) collectionSize / Math.max(1, count(shingle)));
  }

  @Override
  public String toString() {
    return "ShingleFrequencies["
        + collectionSize
        + " sets, "
        + Arrays.stream(counts).filter(c -> c > 0).count()
        + " shingles]";
  }
}
