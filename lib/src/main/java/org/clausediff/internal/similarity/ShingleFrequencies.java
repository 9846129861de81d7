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
  private final long[] keys;
  private final int[] slotIds;
  private final int mask;
  private final double[] idf;
  private final int[] counts;
  private final int[][] setIds;

  private ShingleFrequencies(
      long[] keys, int[] slotIds, double[] idf, int[] counts, int[][] setIds) {
    this.keys = keys;
    this.slotIds = slotIds;
    this.mask = keys.length - 1;
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
    long[] keys = new long[1 << 10];
    int[] slotIds = new int[keys.length];
    Arrays.fill(slotIds, -1);
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
        int slot = slot(keys, slotIds, keys.length - 1, key);
        if (slotIds[slot] < 0) {
          if ((ids + 1) * 2 > keys.length) {
            long[] grownKeys = new long[keys.length * 2];
            int[] grownIds = new int[grownKeys.length];
            Arrays.fill(grownIds, -1);
            for (int k = 0; k < keys.length; k++) {
              if (slotIds[k] >= 0) {
                int to = slot(grownKeys, grownIds, grownKeys.length - 1, keys[k]);
                grownKeys[to] = keys[k];
                grownIds[to] = slotIds[k];
              }
            }
            keys = grownKeys;
            slotIds = grownIds;
            slot = slot(keys, slotIds, keys.length - 1, key);
          }
          keys[slot] = key;
          slotIds[slot] = ids++;
          if (ids > counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
          }
        }
        int id = slotIds[slot];
        counts[id]++;
        scratch[sampled++] = id;
      }
      setIds[s] = Arrays.copyOf(scratch, sampled);
    }
    // Renumber in the order of the shingles' hashes, so that the numbering (and every sum over
    // it) does not depend on the order of the sets: swapping two documents gives equal vectors.
    long[] byHash = new long[ids];
    for (int slot = 0; slot < keys.length; slot++) {
      if (slotIds[slot] >= 0) {
        byHash[slotIds[slot]] = keys[slot];
      }
    }
    long[] sorted = byHash.clone();
    Arrays.sort(sorted);
    int[] renumber = new int[ids];
    for (int id = 0; id < ids; id++) {
      renumber[id] = Arrays.binarySearch(sorted, byHash[id]);
    }
    int[] sortedCounts = new int[ids];
    for (int id = 0; id < ids; id++) {
      sortedCounts[renumber[id]] = counts[id];
    }
    for (int slot = 0; slot < keys.length; slot++) {
      if (slotIds[slot] >= 0) {
        slotIds[slot] = renumber[slotIds[slot]];
      }
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
    return new ShingleFrequencies(keys, slotIds, idf, sortedCounts, setIds);
  }

  private static int slot(long[] keys, int[] ids, int mask, long key) {
    int slot = (int) (key ^ (key >>> 31)) & mask;
    while (ids[slot] >= 0 && keys[slot] != key) {
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
    return slotIds[slot(keys, slotIds, mask, shingle)];
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
