package org.clausediff.internal.similarity;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import org.clausediff.compare.Measure;

/**
 * The length of the longest common subsequence of two token sequences, the basis of {@link
 * Measure#EDIT}: a minimal insert/delete edit script keeps exactly {@code LCS} tokens.
 *
 * <p>Computed bit-parallel (Allison–Dix, Hyyrö): the shorter sequence is a bit vector and each
 * token of the longer one updates it with one addition, so time is {@code O(⌈m/64⌉ · n)} for
 * lengths {@code m ≤ n}, and memory {@code O(σ · ⌈m/64⌉)} for the {@code σ} distinct tokens of the
 * shorter sequence. Stateless and thread-safe.
 */
public final class Lcs {
  private Lcs() {}

  /**
   * The largest product of the two lengths for which the edit similarity ({@link Measure#EDIT}) is
   * computed exactly with {@link #length}: {@code 2^26}, e.g. two units of 8192 tokens, about a
   * million word operations.
   */
  public static final long MAX_CELLS = 1L << 26;

  /**
   * The length of the longest common subsequence of {@code a[aFrom..aTo)} and {@code
   * b[bFrom..bTo)}.
   */
  public static int length(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
    checkArgument(0 <= aFrom && aFrom <= aTo && aTo <= a.length, "bad range of a");
    checkArgument(0 <= bFrom && bFrom <= bTo && bTo <= b.length, "bad range of b");
    // Common prefix and suffix cost nothing to match.
    int prefix = 0;
    while (aFrom + prefix < aTo && bFrom + prefix < bTo && a[aFrom + prefix] == b[bFrom + prefix]) {
      prefix++;
    }
    aFrom += prefix;
    bFrom += prefix;
    int suffix = 0;
    while (aTo - suffix > aFrom
        && bTo - suffix > bFrom
        && a[aTo - suffix - 1] == b[bTo - suffix - 1]) {
      suffix++;
    }
    aTo -= suffix;
    bTo -= suffix;
    if (aTo - aFrom > bTo - bFrom) {
      return prefix + suffix + core(b, bFrom, bTo, a, aFrom, aTo);
    }
    return prefix + suffix + core(a, aFrom, aTo, b, bFrom, bTo);
  }

  /**
   * The length of the longest common subsequence of the tokens {@code [aFrom, aTo)} of {@code a}
   * and {@code [bFrom, bTo)} of {@code b} (token indexes, see {@link UnitKeys#token(int)}).
   */
  public static int length(UnitKeys a, int aFrom, int aTo, UnitKeys b, int bFrom, int bTo) {
    return length(a.tokenArray(), aFrom, aTo, b.tokenArray(), bFrom, bTo);
  }

  /** {@code 2 LCS / (|a| + |b|)}; 1 for two empty sequences. */
  public static double similarity(int lcs, int lengthA, int lengthB) {
    return lengthA + lengthB == 0 ? 1.0 : 2.0 * lcs / (lengthA + lengthB);
  }

  /** The LCS with pattern {@code p} (the shorter) and text {@code t}. */
  private static int core(int[] p, int pFrom, int pTo, int[] t, int tFrom, int tTo) {
    int m = pTo - pFrom;
    if (m == 0 || tTo == tFrom) {
      return 0;
    }
    int words = (m + 63) >>> 6;
    SymbolTable table = new SymbolTable(p, pFrom, pTo, words);
    long[] v = new long[words];
    Arrays.fill(v, -1L);
    if ((m & 63) != 0) {
      v[words - 1] = (1L << (m & 63)) - 1;
    }
    long[] masks = table.masks;
    for (int j = tFrom; j < tTo; j++) {
      int symbol = table.find(t[j]);
      if (symbol < 0) {
        continue;
      }
      int base = symbol * words;
      long carry = 0;
      for (int w = 0; w < words; w++) {
        long vw = v[w];
        long u = vw & masks[base + w];
        long sum = vw + u + carry;
        // Carry out of the unsigned addition vw + u + carry.
        carry = Long.compareUnsigned(sum, vw) < 0 || (carry != 0 && sum == vw) ? 1 : 0;
        v[w] = sum | (vw & ~u);
      }
    }
    int ones = 0;
    for (int w = 0; w < words; w++) {
      ones += Long.bitCount(v[w]);
    }
    // Bits above m in the last word started at zero; keep them out of the count.
    if ((m & 63) != 0) {
      ones -= Long.bitCount(v[words - 1] & ~((1L << (m & 63)) - 1));
    }
    return m - ones;
  }

  /** Open-addressing map from the pattern's distinct tokens to their match masks. */
  private static final class SymbolTable {
    final int[] keys;
    final int[] slots;
    final long[] masks;
    final int mask;

    SymbolTable(int[] p, int from, int to, int words) {
      int capacity = Integer.highestOneBit(Math.max(4, (to - from) * 2 - 1)) << 1;
      keys = new int[capacity];
      slots = new int[capacity];
      Arrays.fill(slots, -1);
      mask = capacity - 1;
      long[] built = new long[Math.min(to - from, capacity) * words];
      int distinct = 0;
      for (int i = from; i < to; i++) {
        int h = slot(p[i]);
        if (slots[h] < 0) {
          keys[h] = p[i];
          slots[h] = distinct++;
        }
        int bit = i - from;
        built[slots[h] * words + (bit >>> 6)] |= 1L << (bit & 63);
      }
      masks = built;
    }

    private int slot(int key) {
      int h = (key * 0x9E3779B9) >>> 7 & mask;
      while (slots[h] >= 0 && keys[h] != key) {
        h = (h + 1) & mask;
      }
      return h;
    }

    int find(int key) {
      return slots[slot(key)];
    }
  }
}
