package org.clausediff.fingerprint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.io.Serializable;
import java.util.Arrays;
import org.clausediff.internal.text.Tokens;

/**
 * A MinHash signature of a set of shingles: {@link #size()} values of {@value #BITS} bits each,
 * such that two signatures of the same size and seed agree in a position with probability (about)
 * the Jaccard similarity of their sets.
 *
 * <p>Made by one-permutation hashing: every shingle is hashed once with Guava's {@code murmur3_128}
 * under a fixed seed; the top bits of the hash pick one of {@link #size()} bins and each bin keeps
 * the smallest of the remaining bits; an empty bin copies the first filled bin of a fixed probe
 * sequence (the optimal densification of Shrivastava, 2017), so that small sets still fill every
 * position. Each position keeps the low {@value #BITS} bits of its minimum (b-bit MinHash): two
 * different minima agree there by chance with probability 2<sup>−16</sup>, which {@link #jaccard}
 * corrects for. The empty set has the empty signature.
 *
 * <p>For locality-sensitive hashing, {@link #bandKeys(int)} cuts the signature into bands of {@code
 * rows} consecutive values and hashes each band with its position: two sets share a band key with
 * probability {@code 1 − (1 − J^rows)^bands}. Instances are immutable values, thread-safe and
 * serializable.
 */
public final class MinHash implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The bits kept of each value. */
  public static final int BITS = 16;

  private static final MinHash EMPTY = new MinHash(new char[0]);

  /** The chance that two values agree although their minima differ. */
  private static final double CHANCE = 1.0 / (1 << BITS);

  private final char[] values;

  private MinHash(char[] values) {
    this.values = values;
  }

  /** The signature of the empty set: no values. */
  public static MinHash empty() {
    return EMPTY;
  }

  /**
   * A signature from its values, as {@link #toArray()} gave them (to read one back from storage).
   *
   * @throws IllegalArgumentException if a value is outside {@code [0, 2^16)}
   */
  public static MinHash copyOf(int[] values) {
    checkNotNull(values, "values");
    if (values.length == 0) {
      return EMPTY;
    }
    char[] copy = new char[values.length];
    for (int i = 0; i < values.length; i++) {
      checkArgument(
          values[i] >= 0 && values[i] < (1 << BITS),
          "value %s must be in [0, 65536) but was %s",
          i,
          values[i]);
      copy[i] = (char) values[i];
    }
    return new MinHash(copy);
  }

  /**
   * The signature of {@code size} values (a power of two) of the distinct shingle hashes {@code
   * shingles[0..count)} under {@code seed}.
   */
  static MinHash of(long[] shingles, int count, int size, long seed) {
    checkArgument(
        size >= 2 && Integer.bitCount(size) == 1, "size must be a power of two: %s", size);
    if (count == 0) {
      return EMPTY;
    }
    int binBits = Integer.numberOfTrailingZeros(size);
    long restMask = -1L >>> binBits;
    long[] minima = new long[size];
    Arrays.fill(minima, Long.MAX_VALUE);
    HashFunction hash = Hashing.murmur3_128((int) (seed ^ (seed >>> 32)));
    for (int i = 0; i < count; i++) {
      long h = hash.hashLong(shingles[i]).asLong();
      int bin = (int) (h >>> (Long.SIZE - binBits));
      long rest = h & restMask;
      if (rest < minima[bin]) {
        minima[bin] = rest;
      }
    }
    char[] values = new char[size];
    for (int bin = 0; bin < size; bin++) {
      int from = bin;
      for (long attempt = 1; minima[from] == Long.MAX_VALUE; attempt++) {
        from = (int) (Tokens.mix(seed ^ (((long) bin << 32) | attempt)) >>> (Long.SIZE - binBits));
      }
      values[bin] = (char) minima[from];
    }
    return new MinHash(values);
  }

  /** The number of values: 0 for the empty set. */
  public int size() {
    return values.length;
  }

  /** Whether this is the signature of the empty set. */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /** The value at {@code position}, in {@code [0, 2^16)}. */
  public int value(int position) {
    return values[position];
  }

  /** The values, in order (a copy). */
  public int[] toArray() {
    int[] copy = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i];
    }
    return copy;
  }

  /**
   * The estimated Jaccard similarity of the two sets, in {@code [0, 1]}: the share of positions
   * that agree, corrected for agreement by chance. 1 when both sets are empty, 0 when one is.
   *
   * @throws IllegalArgumentException if both are non-empty and of different sizes
   */
  public double jaccard(MinHash other) {
    checkNotNull(other, "other");
    if (values.length == 0 || other.values.length == 0) {
      return values.length == other.values.length ? 1.0 : 0.0;
    }
    checkArgument(
        values.length == other.values.length,
        "signatures of different sizes: %s and %s",
        values.length,
        other.values.length);
    int equal = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) {
        equal++;
      }
    }
    double agreement = (double) equal / values.length;
    return Math.max(0.0, Math.min(1.0, (agreement - CHANCE) / (1 - CHANCE)));
  }

  /**
   * The keys of the bands of {@code rows} consecutive values: {@code size() / rows} keys, band
   * {@code b} hashed together with {@code b} (so that equal values in different bands give
   * different keys). None for the empty signature.
   *
   * @throws IllegalArgumentException if {@code rows} does not divide the size
   */
  public long[] bandKeys(int rows) {
    checkArgument(
        rows >= 1 && values.length % rows == 0,
        "rows must divide the signature's %s values but was %s",
        values.length,
        rows);
    long[] keys = new long[values.length / rows];
    for (int band = 0; band < keys.length; band++) {
      long key = Tokens.mix(0x62616E64L + band);
      for (int r = 0; r < rows; r++) {
        key = Tokens.mix(key ^ values[band * rows + r]);
      }
      keys[band] = key;
    }
    return keys;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MinHash && Arrays.equals(values, ((MinHash) other).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MinHash[" + values.length + " values]";
  }
}
