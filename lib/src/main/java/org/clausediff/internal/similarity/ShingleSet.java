package org.clausediff.internal.similarity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import org.clausediff.compare.Measure;
import org.clausediff.internal.text.Tokens;

/**
 * The distinct shingles (hashed token bigrams) of a comparison key, sorted: the set that {@link
 * Measure#JACCARD}, {@link Measure#CONTAINMENT} and {@link Measure#DICE} compare.
 *
 * <p>A key of one token has one shingle (the token); a key without tokens (punctuation only) has
 * none. Set operations merge the sorted arrays in linear time. Instances are immutable and
 * thread-safe.
 */
public final class ShingleSet {
  /** Shingles are bigrams: character bigrams for CJK text, word bigrams for Latin text. */
  public static final int SHINGLE_LENGTH = 2;

  private static final ShingleSet EMPTY = new ShingleSet(new long[0]);

  private final long[] hashes;

  private ShingleSet(long[] hashes) {
    this.hashes = hashes;
  }

  /** The shingles of {@code tokens} (word-like tokens from {@link Tokens#of}). */
  public static ShingleSet of(int[] tokens) {
    checkNotNull(tokens, "tokens");
    return tokens.length == 0 ? EMPTY : new ShingleSet(Tokens.shingles(tokens, SHINGLE_LENGTH));
  }

  /**
   * The shingles of the first {@code count} of {@code tokens}, with {@code scratch} (at least
   * {@code max(1, count)} long) as working space: for keying many units without garbage.
   */
  static ShingleSet of(int[] tokens, int count, long[] scratch) {
    return count == 0
        ? EMPTY
        : new ShingleSet(Tokens.shingles(tokens, count, SHINGLE_LENGTH, scratch));
  }

  /** The empty set. */
  public static ShingleSet empty() {
    return EMPTY;
  }

  /** The union of {@code sets}. */
  public static ShingleSet union(Iterable<ShingleSet> sets) {
    int total = 0;
    for (ShingleSet set : sets) {
      total += set.hashes.length;
    }
    long[] all = new long[total];
    int at = 0;
    for (ShingleSet set : sets) {
      System.arraycopy(set.hashes, 0, all, at, set.hashes.length);
      at += set.hashes.length;
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[distinct++] = all[i];
      }
    }
    return distinct == 0 ? EMPTY : new ShingleSet(Arrays.copyOf(all, distinct));
  }

  /**
   * The shingles whose hash is divisible by {@code every} (a power of two): a fixed sample of about
   * one in {@code every}, the same for every set, so samples of two sets compare as the sets do.
   */
  public ShingleSet sample(int every) {
    checkArgument(
        every > 0 && Integer.bitCount(every) == 1, "every must be a power of two: %s", every);
    if (every == 1) {
      return this;
    }
    long mask = every - 1;
    int n = 0;
    for (long hash : hashes) {
      if ((hash & mask) == 0) {
        n++;
      }
    }
    if (n == 0) {
      return EMPTY;
    }
    long[] kept = new long[n];
    int at = 0;
    for (long hash : hashes) {
      if ((hash & mask) == 0) {
        kept[at++] = hash;
      }
    }
    return new ShingleSet(kept);
  }

  /** The number of shingles. */
  public int size() {
    return hashes.length;
  }

  /** Whether the set has no shingles. */
  public boolean isEmpty() {
    return hashes.length == 0;
  }

  /** The {@code i}-th smallest shingle hash. */
  public long get(int i) {
    return hashes[i];
  }

  /** The number of shingles this set shares with {@code other}. */
  public int intersectionSize(ShingleSet other) {
    long[] a = hashes;
    long[] b = other.hashes;
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
    return shared;
  }

  /** {@link Measure#JACCARD}; 1 when both sets are empty. */
  public static double jaccard(int shared, int sizeA, int sizeB) {
    int union = sizeA + sizeB - shared;
    return union == 0 ? 1.0 : (double) shared / union;
  }

  /** {@link Measure#DICE}; 1 when both sets are empty. */
  public static double dice(int shared, int sizeA, int sizeB) {
    return sizeA + sizeB == 0 ? 1.0 : 2.0 * shared / (sizeA + sizeB);
  }

  /** {@link Measure#CONTAINMENT}; 1 when both sets are empty, 0 when only one is. */
  public static double containment(int shared, int sizeA, int sizeB) {
    if (sizeA == 0 && sizeB == 0) {
      return 1.0;
    }
    int smaller = Math.min(sizeA, sizeB);
    return smaller == 0 ? 0.0 : (double) shared / smaller;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ShingleSet && Arrays.equals(hashes, ((ShingleSet) other).hashes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hashes);
  }

  @Override
  public String toString() {
    return "ShingleSet[" + hashes.length + "]";
  }
}
