package org.clausediff.internal.align;

import java.util.Arrays;
import org.clausediff.internal.similarity.ShingleSet;
import org.clausediff.internal.similarity.UnitKeys;

/**
 * An inverted index from shingles to the positions of the units that contain them, over a subset of
 * one document's keyed units. Built in two linear passes (count, then fill) over an open-addressing
 * table of primitive longs; postings are ascending positions.
 */
final class ShingleIndex {
  private final long[] slotKeys;
  private final int[] slotIds;
  private final int mask;
  private final int[] start;
  private final int[] postings;

  private ShingleIndex(long[] slotKeys, int[] slotIds, int[] start, int[] postings) {
    this.slotKeys = slotKeys;
    this.slotIds = slotIds;
    this.mask = slotKeys.length - 1;
    this.start = start;
    this.postings = postings;
  }

  /** Indexes the shingles of the units at {@code positions} (ascending) of {@code keys}. */
  static ShingleIndex of(UnitKeys keys, int[] positions) {
    long total = 0;
    for (int p : positions) {
      total += keys.shingles(p).size();
    }
    int capacity = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 29, total * 2))) << 1;
    long[] slotKeys = new long[capacity];
    int[] slotIds = new int[capacity];
    Arrays.fill(slotIds, -1);
    int mask = capacity - 1;
    int[] counts = new int[16];
    int ids = 0;
    for (int p : positions) {
      ShingleSet set = keys.shingles(p);
      for (int i = 0; i < set.size(); i++) {
        long key = set.get(i);
        int slot = slot(slotKeys, slotIds, mask, key);
        if (slotIds[slot] < 0) {
          slotKeys[slot] = key;
          slotIds[slot] = ids++;
          if (ids > counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
          }
        }
        counts[slotIds[slot]]++;
      }
    }
    int[] start = new int[ids + 1];
    for (int id = 0; id < ids; id++) {
      start[id + 1] = start[id] + counts[id];
    }
    int[] fill = Arrays.copyOf(start, ids);
    int[] postings = new int[start[ids]];
    for (int p : positions) {
      ShingleSet set = keys.shingles(p);
      for (int i = 0; i < set.size(); i++) {
        int id = slotIds[slot(slotKeys, slotIds, mask, set.get(i))];
        postings[fill[id]++] = p;
      }
    }
    return new ShingleIndex(slotKeys, slotIds, start, postings);
  }

  private static int slot(long[] keys, int[] ids, int mask, long key) {
    int slot = (int) (key ^ (key >>> 29)) & mask;
    while (ids[slot] >= 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The id of {@code shingle}, or a negative number if no indexed unit has it. */
  int id(long shingle) {
    return slotIds[slot(slotKeys, slotIds, mask, shingle)];
  }

  /** The number of indexed units that contain the shingle {@code id}. */
  int frequency(int id) {
    return start[id + 1] - start[id];
  }

  /** Where the postings of shingle {@code id} start in {@link #posting}. */
  int from(int id) {
    return start[id];
  }

  /** Where the postings of shingle {@code id} end. */
  int to(int id) {
    return start[id + 1];
  }

  /** The position at {@code i} of the postings array. */
  int posting(int i) {
    return postings[i];
  }
}
