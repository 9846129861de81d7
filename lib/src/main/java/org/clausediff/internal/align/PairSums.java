package org.clausediff.internal.align;

import java.util.Arrays;
import org.clausediff.internal.text.Tokens;

/**
 * Three running sums per pair of structural units {@code (a, b)}, in an open-addressing table of
 * primitives: the structure aligner adds to it once per ancestor pair of every level link, which
 * with boxed keys and a {@code HashMap} cost more than the rest of the structural alignment. Not
 * thread-safe; lives inside one call.
 */
final class PairSums {
  private static final int EMPTY = -1;

  private long[] keys;
  private int[] slots;
  private long[] sums;
  private int size;

  PairSums() {
    keys = new long[1024];
    slots = new int[1024];
    Arrays.fill(slots, EMPTY);
    sums = new long[3 * 512];
  }

  /** Adds {@code shared}, {@code fromLeft} and {@code fromRight} to the sums of {@code (a, b)}. */
  void add(int a, int b, long shared, long fromLeft, long fromRight) {
    long key = key(a, b);
    int slot = find(key);
    int entry = slots[slot];
    if (entry == EMPTY) {
      if (2 * (size + 1) > keys.length) {
        grow();
        slot = find(key);
      }
      entry = size++;
      keys[slot] = key;
      slots[slot] = entry;
      if (3 * size > sums.length) {
        sums = Arrays.copyOf(sums, 2 * sums.length);
      }
    }
    sums[3 * entry] += shared;
    sums[3 * entry + 1] += fromLeft;
    sums[3 * entry + 2] += fromRight;
  }

  /** The content shared by {@code a} and {@code b}; 0 for a pair never added to. */
  long shared(int a, int b) {
    return sum(a, b, 0);
  }

  /** The content of {@code a} linked into {@code b}; 0 for a pair never added to. */
  long fromLeft(int a, int b) {
    return sum(a, b, 1);
  }

  /** The content of {@code b} linked from {@code a}; 0 for a pair never added to. */
  long fromRight(int a, int b) {
    return sum(a, b, 2);
  }

  /** The pairs added to, as {@code a << 32 | b}, ascending. */
  long[] sortedPairs() {
    long[] pairs = new long[size];
    int n = 0;
    for (int slot = 0; slot < slots.length; slot++) {
      if (slots[slot] != EMPTY) {
        pairs[n++] = keys[slot];
      }
    }
    Arrays.sort(pairs);
    return pairs;
  }

  private long sum(int a, int b, int which) {
    int entry = slots[find(key(a, b))];
    return entry == EMPTY ? 0 : sums[3 * entry + which];
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int slot = (int) Tokens.mix(key) & mask;
    while (slots[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[2 * oldKeys.length];
    slots = new int[2 * oldSlots.length];
    Arrays.fill(slots, EMPTY);
    for (int s = 0; s < oldSlots.length; s++) {
      if (oldSlots[s] != EMPTY) {
        int slot = find(oldKeys[s]);
        keys[slot] = oldKeys[s];
        slots[slot] = oldSlots[s];
      }
    }
  }

  static long key(int a, int b) {
    return ((long) a << 32) | b;
  }
}
