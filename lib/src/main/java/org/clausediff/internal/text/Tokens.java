package org.clausediff.internal.text;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;

/**
 * The one tokenizer of comparison text: where tokens begin and end, and the word-like tokens and
 * shingles that alignment and duplicate detection compare.
 *
 * <p>A token is a run of word parts — letters, digits and combining marks that are not East Asian
 * wide ({@link CodePoints#isWide}): a Latin word, a number — or any other single code point (a CJK
 * character, a punctuation mark, a space). {@link #end} finds a token's end; the diff tokens of
 * {@code UnitKeys} are exactly these tokens.
 *
 * <p>The word-like tokens ({@link #of}, {@link #into}) leave out the tokens that are neither words
 * nor letters or digits (white space and punctuation). Each is an {@code int}: the code point
 * itself for a CJK character, and a hash of the lower-cased word with the sign bit set for a word,
 * so the two never collide. Shingles are 64-bit hashes of {@code k} consecutive word-like tokens;
 * so CJK text gets character k-grams and Latin text word k-grams, and mixed text a mix. Hashing is
 * fixed (no random seed): the same text gives the same shingles in every run.
 */
public final class Tokens {
  private Tokens() {}

  /** The tokens of {@code cps[from..to)}. */
  public static int[] of(ImmutableIntArray cps, int from, int to) {
    int[] tokens = new int[Math.max(0, to - from)];
    return Arrays.copyOf(tokens, into(cps, from, to, tokens));
  }

  /**
   * Writes the tokens of {@code cps[from..to)} to the start of {@code tokens} (at least {@code to -
   * from} long) and returns their number: {@link #of} without allocating.
   */
  public static int into(ImmutableIntArray cps, int from, int to, int[] tokens) {
    int count = 0;
    int i = from;
    while (i < to) {
      int cp = cps.get(i);
      int end = end(cps, i, to);
      if (isWordPart(cp)) {
        int hash = 0x811C9DC5;
        for (int j = i; j < end; j++) {
          hash = (hash ^ Character.toLowerCase(cps.get(j))) * 0x01000193;
        }
        tokens[count++] = hash | Integer.MIN_VALUE;
      } else if (Character.isLetterOrDigit(cp)) {
        tokens[count++] = cp;
      }
      i = end;
    }
    return count;
  }

  /**
   * Whether {@code cp} is part of a word: a letter, digit or combining mark that is not East Asian
   * wide. A run of word parts is one token.
   */
  public static boolean isWordPart(int cp) {
    return !CodePoints.isWide(cp)
        && (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK);
  }

  /**
   * The end of the token that starts at {@code cps[from]}, at most {@code to}: after the run of
   * word parts that starts there, or after the one code point there.
   */
  public static int end(ImmutableIntArray cps, int from, int to) {
    int end = from + 1;
    if (isWordPart(cps.get(from))) {
      while (end < to && isWordPart(cps.get(end))) {
        end++;
      }
    }
    return end;
  }

  /**
   * The distinct hashes of every run of {@code k} consecutive tokens, sorted ascending. A text of
   * fewer than {@code k} (but at least one) tokens gets one shingle of all its tokens.
   */
  public static long[] shingles(int[] tokens, int k) {
    return shingles(tokens, tokens.length, k, new long[Math.max(1, tokens.length)]);
  }

  /**
   * {@link #shingles(int[], int)} of the first {@code count} of {@code tokens}, using {@code
   * scratch} (at least {@code max(1, count)} long) as working space: only the result is allocated.
   */
  public static long[] shingles(int[] tokens, int count, int k, long[] scratch) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1 but was " + k);
    }
    if (count == 0) {
      return new long[0];
    }
    int n = Math.max(1, count - k + 1);
    long[] hashes = scratch;
    if (k == 2 && count >= 2) {
      // Bigrams, the shingles of every key: the loop below without its inner loop.
      for (int s = 0; s < n; s++) {
        hashes[s] = mix(mix(0x9E3779B97F4A7C15L ^ tokens[s]) ^ tokens[s + 1]);
      }
    } else {
      for (int s = 0; s < n; s++) {
        long h = 0x9E3779B97F4A7C15L;
        for (int j = s; j < Math.min(count, s + k); j++) {
          h = mix(h ^ tokens[j]);
        }
        hashes[s] = h;
      }
    }
    Arrays.sort(hashes, 0, n);
    int distinct = 0;
    for (int s = 0; s < n; s++) {
      if (s == 0 || hashes[s] != hashes[s - 1]) {
        hashes[distinct++] = hashes[s];
      }
    }
    return Arrays.copyOf(hashes, distinct);
  }

  /** A strong 64-bit mixer (the finalizer of SplitMix64). */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
