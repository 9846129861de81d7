package org.clausediff.internal.similarity;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.List;

/**
 * The shingles of a collection of shingle sets, numbered, with their document frequencies: in how
 * many sets each occurs, and the inverse document frequency {@code ln(1 + N / df)} derived from it,
 * for {@link WeightedShingles}.
 *
 * <p>Shingles are numbered {@code 0, 1, …} in the order of their hashes, so the numbering does not
 * depend on the order of the sets; {@link #ids(int)} gives each set as its shingles' numbers. An
 * open-addressing hash table of primitive longs that grows with the number of distinct shingles:
 * building is linear in the total size of the sets. Immutable once built and thread-safe.
 */
public final class ShingleFrequencies {
  /**
   * The open-addressing table: slot {@code k} holds a shingle at {@code 2k} and its number at
   * {@code 2k + 1} (negative while the slot is empty), side by side, so that a probe reads one
   * cache line.
   */
  private final long[] table;

  private final double[] idf;
  private final int[] counts;
  private final int[][] setIds;

  private ShingleFrequencies(long[] table, double[] idf, int[] counts, int[][] setIds) {
    this.table = table;
    this.idf = idf;
    this.counts = counts;
    this.setIds = setIds;
  }

  /** Numbers and counts the shingles of {@code sets}; each set counts once per shingle. */
  public static ShingleFrequencies of(List<ShingleSet> sets) {
    return of(sets, 1);
  }

  /**
   * Numbers and counts the shingles of the {@linkplain ShingleSet#sample samples} of {@code sets}
   * (one shingle in about {@code every}, a power of two): what {@link #of(List)} gives for the
   * samples, without building them.
   */
  public static ShingleFrequencies of(List<ShingleSet> sets, int every) {
    checkArgument(
        every > 0 && Integer.bitCount(every) == 1, "every must be a power of two: %s", every);
    long sampleMask = every - 1;
    int[] scratch = new int[64];
    long[] table = emptyTable(1 << 10);
    int[] counts = new int[1 << 9];
    int ids = 0;
    int[][] setIds = new int[sets.size()][];
    for (int s = 0; s < sets.size(); s++) {
      ShingleSet set = sets.get(s);
      if (set.size() > scratch.length) {
        scratch = new int[Math.max(set.size(), 2 * scratch.length)];
      }
      int sampled = 0;
      for (int i = 0; i < set.size(); i++) {
        long key = set.get(i);
        if ((key & sampleMask) != 0) {
          continue;
        }
        int slot = slot(table, key);
        if (table[2 * slot + 1] < 0) {
          if ((ids + 1) * 4 > table.length) {
            table = grown(table);
            slot = slot(table, key);
          }
          table[2 * slot] = key;
          table[2 * slot + 1] = ids++;
          if (ids > counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
          }
        }
        int id = (int) table[2 * slot + 1];
        counts[id]++;
        scratch[sampled++] = id;
      }
      setIds[s] = Arrays.copyOf(scratch, sampled);
    }
    // Renumber in the order of the shingles' hashes, so that the numbering (and every sum over
    // it) does not depend on the order of the sets: swapping two documents gives equal vectors.
    long[] sorted = new long[ids];
    int n = 0;
    for (int slot = 0; 2 * slot < table.length; slot++) {
      if (table[2 * slot + 1] >= 0) {
        sorted[n++] = table[2 * slot];
      }
    }
    Arrays.sort(sorted);
    int[] renumber = new int[ids];
    int[] sortedCounts = new int[ids];
    for (int rank = 0; rank < ids; rank++) {
      int slot = slot(table, sorted[rank]);
      int id = (int) table[2 * slot + 1];
      renumber[id] = rank;
      sortedCounts[rank] = counts[id];
      table[2 * slot + 1] = rank;
    }
    for (int[] numbers : setIds) {
      for (int i = 0; i < numbers.length; i++) {
        numbers[i] = renumber[numbers[i]];
      }
      Arrays.sort(numbers);
    }
    double[] idf = new double[ids];
    for (int id = 0; id < ids; id++) {
      idf[id] = Math.log1p((double) sets.size() / sortedCounts[id]);
    }
    return new ShingleFrequencies(table, idf, sortedCounts, setIds);
  }

  private static long[] emptyTable(int slots) {
    long[] table = new long[2 * slots];
    for (int slot = 0; slot < slots; slot++) {
      table[2 * slot + 1] = -1;
    }
    return table;
  }

  private static long[] grown(long[] table) {
    long[] grown = emptyTable(table.length);
    for (int slot = 0; 2 * slot < table.length; slot++) {
      if (table[2 * slot + 1] >= 0) {
        int to = slot(grown, table[2 * slot]);
        grown[2 * to] = table[2 * slot];
        grown[2 * to + 1] = table[2 * slot + 1];
      }
    }
    return grown;
  }

  /** The slot of {@code key} in {@code table}, or the empty slot where it would go. */
  private static int slot(long[] table, long key) {
    int mask = table.length / 2 - 1;
    int slot = (int) (key ^ (key >>> 31)) & mask;
    while (table[2 * slot + 1] >= 0 && table[2 * slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The number of sets counted. */
  public int collectionSize() {
    return setIds.length;
  }

  /** The number of distinct shingles. */
  public int size() {
    return idf.length;
  }

  /** The number of {@code shingle}, or -1 if no set has it. */
  public int id(long shingle) {
    return (int) table[2 * slot(table, shingle) + 1];
  }

  /** The numbers of the shingles of the {@code s}-th set counted, ascending; do not modify. */
  int[] ids(int s) {
    return setIds[s];
  }

  /** {@code ln(1 + N / df)} of the shingle numbered {@code id}: rare shingles weigh more. */
  public double idf(int id) {
    return idf[id];
  }

  @Override
  public String toString() {
    return "ShingleFrequencies[" + setIds.length + " sets, " + idf.length + " shingles]";
  }
}
