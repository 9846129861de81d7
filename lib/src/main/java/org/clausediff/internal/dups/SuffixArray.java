package org.clausediff.internal.dups;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;

/**
 * The suffix array of a sequence of code points, with its longest-common-prefix (LCP) array.
 *
 * <p>{@link #suffix(int) suffix(r)} is the start of the suffix of rank {@code r} in lexicographic
 * order of code point values (a suffix that is a prefix of another sorts first); {@link #lcp(int)
 * lcp(r)} is the length of the longest common prefix of the suffixes of ranks {@code r - 1} and
 * {@code r}, and 0 for rank 0. Positions and lengths count code points, never UTF-16 units, so no
 * suffix starts inside a surrogate pair.
 *
 * <p>Construction is SA-IS (Nong, Zhang and Chan 2009): linear time in the length of the text, plus
 * linear time in the largest code point to rank the alphabet; the LCP array is computed with
 * Kasai's algorithm in its permuted form (linear time). Memory is about four {@code int}s per code
 * point while building. Instances are immutable and thread-safe.
 *
 * <p>Longer than 350 lines: SA-IS is written twice, once over {@code int[]} and once over {@code
 * char[]} (used when the alphabet fits in 15 bits, to halve the memory of the recursion's input);
 * Java has no generics over primitive arrays, and one copy through an interface cost a third of the
 * build time. The twins are kept side by side so that a fix to one is seen next to the other.
 */
public final class SuffixArray {
  /** The largest alphabet (sentinel included) whose packed values fit in a {@code char}. */
  private static final int MAX_CHAR_ALPHABET = 1 << 15;

  private final int[] suffixes;
  private final int[] lcp;

  private SuffixArray(int[] suffixes, int[] lcp) {
    this.suffixes = suffixes;
    this.lcp = lcp;
  }

  /**
   * Builds the suffix array of {@code text}.
   *
   * @throws IllegalArgumentException if a value is negative (code points never are)
   */
  public static SuffixArray of(ImmutableIntArray text) {
    checkNotNull(text, "text");
    return build(text.toArray());
  }

  /** Builds the suffix array of {@code text}, which the caller no longer changes. */
  static SuffixArray build(int[] text) {
    return sort(text).lcp(0, text.length).rankOrder(0, text.length).build();
  }

  /**
   * Sorts the suffixes of {@code text}, which the caller no longer changes: the suffix array
   * without its LCP array yet, which {@link Sorted#lcp} computes in ranges of the text.
   */
  static Sorted sort(int[] text) {
    int[] ranked = new int[text.length + 1];
    int[] suffixes = suffixArray(text, ranked);
    // The ranked text is not needed any more: its first n entries hold Φ, then the permuted LCP.
    int[] phi = ranked;
    if (suffixes.length > 0) {
      previousInRank(suffixes, phi);
    }
    return new Sorted(text, suffixes, phi, new int[suffixes.length]);
  }

  /**
   * A suffix array whose LCP array is being computed in two passes, each over ranges that may be
   * computed side by side on different threads (each writes only its own range): Kasai's algorithm
   * in its permuted form over ranges of the text ({@link #lcp}), then, once every such range is
   * done, the values put in rank order over ranges of ranks ({@link #rankOrder}); {@link #build()}
   * once every range of ranks is done. The permuted LCP value of a text position does not depend on
   * where its range starts: a range starts its running common prefix at 0 instead of carrying it
   * over from the position before, which costs at most that one prefix's length again.
   */
  static final class Sorted {
    private final int[] text;
    private final int[] suffixes;

    /**
     * Φ (the start of the suffix ranked just before), replaced by the permuted LCP per range; one
     * entry longer than the text (the array that held the ranked text), the last one unused.
     */
    private final int[] plcp;

    private final int[] lcp;

    private Sorted(int[] text, int[] suffixes, int[] plcp, int[] lcp) {
      this.text = text;
      this.suffixes = suffixes;
      this.plcp = plcp;
      this.lcp = lcp;
    }

    /** The length of the text. */
    int length() {
      return text.length;
    }

    /**
     * Computes the permuted LCP values of the text positions {@code [from, to)}; every range must
     * be computed once before {@link #build()}.
     */
    Sorted lcp(int from, int to) {
      checkArgument(
          0 <= from && from <= to && to <= text.length,
          "range [%s, %s) must lie within [0, %s]",
          from,
          to,
          text.length);
      permutedLcp(text, plcp, from, to);
      return this;
    }

    /**
     * Puts the LCP values of the ranks {@code [from, to)} in rank order; every range of the text
     * must have been computed by {@link #lcp} before, and every range of ranks must be put in order
     * once before {@link #build()}.
     */
    Sorted rankOrder(int from, int to) {
      checkArgument(
          0 <= from && from <= to && to <= text.length,
          "ranks [%s, %s) must lie within [0, %s]",
          from,
          to,
          text.length);
      unpermute(suffixes, plcp, lcp, from, to);
      return this;
    }

    /** The suffix array with its LCP array, once every range of ranks is in order. */
    SuffixArray build() {
      return new SuffixArray(suffixes, lcp);
    }
  }

  /** The number of suffixes: the length of the text. */
  public int length() {
    return suffixes.length;
  }

  /** The start of the suffix of rank {@code rank}. */
  public int suffix(int rank) {
    checkElementIndex(rank, suffixes.length, "rank");
    return suffixes[rank];
  }

  /** The length of the common prefix of the suffixes of ranks {@code rank - 1} and {@code rank}. */
  public int lcp(int rank) {
    checkElementIndex(rank, lcp.length, "rank");
    return lcp[rank];
  }

  /** The suffix starts in rank order; not copied, never to be changed. */
  int[] suffixes() {
    return suffixes;
  }

  /** The LCP array in rank order; not copied, never to be changed. */
  int[] lcps() {
    return lcp;
  }

  /** The suffix array of {@code text}: SA-IS over the values ranked densely, with a sentinel. */
  static int[] suffixArray(int[] text) {
    return suffixArray(text, new int[text.length + 1]);
  }

  /**
   * {@link #suffixArray(int[])}, ranking the text's values into {@code s} ({@code text.length + 1}
   * long), which the caller may reuse afterwards.
   */
  private static int[] suffixArray(int[] text, int[] s) {
    int n = text.length;
    if (n == 0) {
      return new int[0];
    }
    int alphabetSize = rankAlphabet(text, s) + 1;
    int[] sa = new int[n + 1];
    if (alphabetSize <= MAX_CHAR_ALPHABET) {
      saisChars(s, sa, n + 1, alphabetSize);
    } else {
      sais(s, sa, n + 1, alphabetSize);
    }
    return Arrays.copyOfRange(sa, 1, n + 1);
  }

  // Every pass over the text is a method of its own: these methods run once on large arrays, so
  // the JIT compiles their loops on stack replacement; small methods compile fast and do not fall
  // back to the interpreter when the next loop starts.

  /**
   * Writes the dense rank (1 for the smallest value) of every value of {@code text} into {@code
   * ranked} and returns the number of distinct values; {@code ranked[text.length]} stays 0.
   */
  private static int rankAlphabet(int[] text, int[] ranked) {
    int max = maxValue(text);
    if (max <= Math.max(1 << 16, 4L * text.length)) {
      int[] rank = new int[max + 1];
      markValues(text, rank);
      int distinct = 0;
      for (int v = 0; v <= max; v++) {
        if (rank[v] != 0) {
          rank[v] = ++distinct;
        }
      }
      mapValues(text, rank, ranked);
      return distinct;
    }
    int[] sorted = text.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    for (int i = 0; i < text.length; i++) {
      ranked[i] = Arrays.binarySearch(sorted, 0, distinct, text[i]) + 1;
    }
    return distinct;
  }

  private static int maxValue(int[] text) {
    int max = 0;
    for (int value : text) {
      checkArgument(value >= 0, "values must be >= 0 but found %s", value);
      max = Math.max(max, value);
    }
    return max;
  }

  private static void markValues(int[] text, int[] rank) {
    for (int value : text) {
      rank[value] = 1;
    }
  }

  private static void mapValues(int[] text, int[] rank, int[] ranked) {
    for (int i = 0; i < text.length; i++) {
      ranked[i] = rank[text[i]];
    }
  }

  /**
   * SA-IS: sorts the suffixes of {@code s[0..n)}, whose last value is a unique smallest sentinel 0
   * and whose values lie in {@code [0, alphabetSize)}, into {@code sa}.
   *
   * <p>Each value is kept together with its suffix type as {@code value << 1 | (S-type ? 1 : 0)}
   * (the packed text {@code t}), so that inducing, which reads both at random positions, touches
   * memory once per suffix.
   */
  private static void sais(int[] s, int[] sa, int n, int alphabetSize) {
    if (n == 1) {
      sa[0] = 0;
      return;
    }
    int[] t = new int[n];
    pack(s, t, n);
    int[] counts = counts(s, n, alphabetSize);
    int[] bucket = new int[alphabetSize];
    // Stage 1: sort the LMS substrings by induction and name them.
    bucketEnds(counts, bucket);
    Arrays.fill(sa, 0, n, -1);
    placeLms(t, sa, n, bucket);
    induceL(t, sa, n, counts, bucket);
    induceS(t, sa, n, counts, bucket);
    int lmsCount = compactLms(t, sa, n);
    int names = nameLms(t, sa, n, lmsCount);
    // Stage 2: sort the suffixes of the reduced string, recursively if names repeat.
    int[] reduced = gatherNames(sa, n, lmsCount);
    int[] reducedSa = sortReduced(reduced, lmsCount, names);
    // Stage 3: induce the order of all suffixes from the sorted LMS suffixes.
    lmsPositions(t, n, reduced);
    bucketEnds(counts, bucket);
    Arrays.fill(sa, 0, n, -1);
    placeSortedLms(t, sa, reduced, reducedSa, bucket);
    induceL(t, sa, n, counts, bucket);
    induceS(t, sa, n, counts, bucket);
  }

  /**
   * {@link #sais} for an alphabet of at most {@value #MAX_CHAR_ALPHABET} values, whose packed text
   * fits in a {@code char[]}: half the memory to fetch at random, about 15% faster on a large
   * document. The recursion on the reduced string is {@link #sais}.
   */
  private static void saisChars(int[] s, int[] sa, int n, int alphabetSize) {
    if (n == 1) {
      sa[0] = 0;
      return;
    }
    char[] t = new char[n];
    pack(s, t, n);
    int[] counts = counts(s, n, alphabetSize);
    int[] bucket = new int[alphabetSize];
    bucketEnds(counts, bucket);
    Arrays.fill(sa, 0, n, -1);
    placeLms(t, sa, n, bucket);
    induceL(t, sa, n, counts, bucket);
    induceS(t, sa, n, counts, bucket);
    int lmsCount = compactLms(t, sa, n);
    int names = nameLms(t, sa, n, lmsCount);
    int[] reduced = gatherNames(sa, n, lmsCount);
    int[] reducedSa = sortReduced(reduced, lmsCount, names);
    lmsPositions(t, n, reduced);
    bucketEnds(counts, bucket);
    Arrays.fill(sa, 0, n, -1);
    placeSortedLms(t, sa, reduced, reducedSa, bucket);
    induceL(t, sa, n, counts, bucket);
    induceS(t, sa, n, counts, bucket);
  }

  private static int[] counts(int[] s, int n, int alphabetSize) {
    int[] counts = new int[alphabetSize];
    for (int i = 0; i < n; i++) {
      counts[s[i]]++;
    }
    return counts;
  }

  private static void bucketStarts(int[] counts, int[] bucket) {
    int sum = 0;
    for (int c = 0; c < counts.length; c++) {
      bucket[c] = sum;
      sum += counts[c];
    }
  }

  private static void bucketEnds(int[] counts, int[] bucket) {
    int sum = 0;
    for (int c = 0; c < counts.length; c++) {
      sum += counts[c];
      bucket[c] = sum;
    }
  }

  /** The names of the LMS substrings, in text order, from the upper part of {@code sa}. */
  private static int[] gatherNames(int[] sa, int n, int lmsCount) {
    int[] reduced = new int[lmsCount];
    for (int i = n - 1, j = lmsCount - 1; i >= lmsCount; i--) {
      if (sa[i] >= 0) {
        reduced[j--] = sa[i];
      }
    }
    return reduced;
  }

  private static int[] sortReduced(int[] reduced, int lmsCount, int names) {
    int[] reducedSa = new int[lmsCount];
    if (names < lmsCount) {
      sais(reduced, reducedSa, lmsCount, names);
    } else {
      for (int i = 0; i < lmsCount; i++) {
        reducedSa[reduced[i]] = i;
      }
    }
    return reducedSa;
  }

  // The passes over the packed text, for int[] (recursion) and char[] (the top level of most
  // texts). The two versions are the same code.

  private static void pack(int[] s, int[] t, int n) {
    t[n - 1] = s[n - 1] << 1 | 1;
    for (int i = n - 2; i >= 0; i--) {
      boolean sType = s[i] < s[i + 1] || (s[i] == s[i + 1] && (t[i + 1] & 1) != 0);
      t[i] = s[i] << 1 | (sType ? 1 : 0);
    }
  }

  private static boolean isLms(int[] t, int i) {
    return i > 0 && (t[i] & 1) != 0 && (t[i - 1] & 1) == 0;
  }

  private static void placeLms(int[] t, int[] sa, int n, int[] bucket) {
    for (int i = 1; i < n; i++) {
      if (isLms(t, i)) {
        sa[--bucket[t[i] >>> 1]] = i;
      }
    }
  }

  private static void induceL(int[] t, int[] sa, int n, int[] counts, int[] bucket) {
    bucketStarts(counts, bucket);
    for (int i = 0; i < n; i++) {
      int j = sa[i] - 1;
      if (j >= 0) {
        int v = t[j];
        if ((v & 1) == 0) {
          sa[bucket[v >>> 1]++] = j;
        }
      }
    }
  }

  private static void induceS(int[] t, int[] sa, int n, int[] counts, int[] bucket) {
    bucketEnds(counts, bucket);
    for (int i = n - 1; i >= 0; i--) {
      int j = sa[i] - 1;
      if (j >= 0) {
        int v = t[j];
        if ((v & 1) != 0) {
          sa[--bucket[v >>> 1]] = j;
        }
      }
    }
  }

  /** Moves the sorted LMS positions to the front of {@code sa}; returns how many there are. */
  private static int compactLms(int[] t, int[] sa, int n) {
    int lmsCount = 0;
    for (int i = 0; i < n; i++) {
      if (isLms(t, sa[i])) {
        sa[lmsCount++] = sa[i];
      }
    }
    return lmsCount;
  }

  /** Names the sorted LMS substrings (equal substrings, equal names); returns the name count. */
  private static int nameLms(int[] t, int[] sa, int n, int lmsCount) {
    Arrays.fill(sa, lmsCount, n, -1);
    int names = 0;
    int previous = -1;
    for (int i = 0; i < lmsCount; i++) {
      int position = sa[i];
      if (previous < 0 || !sameLmsSubstring(t, position, previous)) {
        names++;
        previous = position;
      }
      sa[lmsCount + position / 2] = names - 1;
    }
    return names;
  }

  private static boolean sameLmsSubstring(int[] t, int a, int b) {
    for (int d = 0; ; d++) {
      if (t[a + d] != t[b + d]) {
        return false;
      }
      if (d > 0 && (isLms(t, a + d) || isLms(t, b + d))) {
        return isLms(t, a + d) && isLms(t, b + d);
      }
    }
  }

  /** Overwrites {@code reduced} with the LMS positions in text order. */
  private static void lmsPositions(int[] t, int n, int[] reduced) {
    for (int i = 1, j = 0; i < n; i++) {
      if (isLms(t, i)) {
        reduced[j++] = i;
      }
    }
  }

  private static void placeSortedLms(
      int[] t, int[] sa, int[] positions, int[] sorted, int[] bucket) {
    for (int i = sorted.length - 1; i >= 0; i--) {
      int position = positions[sorted[i]];
      sa[--bucket[t[position] >>> 1]] = position;
    }
  }

  private static void pack(int[] s, char[] t, int n) {
    t[n - 1] = (char) (s[n - 1] << 1 | 1);
    for (int i = n - 2; i >= 0; i--) {
      boolean sType = s[i] < s[i + 1] || (s[i] == s[i + 1] && (t[i + 1] & 1) != 0);
      t[i] = (char) (s[i] << 1 | (sType ? 1 : 0));
    }
  }

  private static boolean isLms(char[] t, int i) {
    return i > 0 && (t[i] & 1) != 0 && (t[i - 1] & 1) == 0;
  }

  private static void placeLms(char[] t, int[] sa, int n, int[] bucket) {
    for (int i = 1; i < n; i++) {
      if (isLms(t, i)) {
        sa[--bucket[t[i] >>> 1]] = i;
      }
    }
  }

  private static void induceL(char[] t, int[] sa, int n, int[] counts, int[] bucket) {
    bucketStarts(counts, bucket);
    for (int i = 0; i < n; i++) {
      int j = sa[i] - 1;
      if (j >= 0) {
        int v = t[j];
        if ((v & 1) == 0) {
          sa[bucket[v >>> 1]++] = j;
        }
      }
    }
  }

  private static void induceS(char[] t, int[] sa, int n, int[] counts, int[] bucket) {
    bucketEnds(counts, bucket);
    for (int i = n - 1; i >= 0; i--) {
      int j = sa[i] - 1;
      if (j >= 0) {
        int v = t[j];
        if ((v & 1) != 0) {
          sa[--bucket[v >>> 1]] = j;
        }
      }
    }
  }

  private static int compactLms(char[] t, int[] sa, int n) {
    int lmsCount = 0;
    for (int i = 0; i < n; i++) {
      if (isLms(t, sa[i])) {
        sa[lmsCount++] = sa[i];
      }
    }
    return lmsCount;
  }

  private static int nameLms(char[] t, int[] sa, int n, int lmsCount) {
    Arrays.fill(sa, lmsCount, n, -1);
    int names = 0;
    int previous = -1;
    for (int i = 0; i < lmsCount; i++) {
      int position = sa[i];
      if (previous < 0 || !sameLmsSubstring(t, position, previous)) {
        names++;
        previous = position;
      }
      sa[lmsCount + position / 2] = names - 1;
    }
    return names;
  }

  private static boolean sameLmsSubstring(char[] t, int a, int b) {
    for (int d = 0; ; d++) {
      if (t[a + d] != t[b + d]) {
        return false;
      }
      if (d > 0 && (isLms(t, a + d) || isLms(t, b + d))) {
        return isLms(t, a + d) && isLms(t, b + d);
      }
    }
  }

  private static void lmsPositions(char[] t, int n, int[] reduced) {
    for (int i = 1, j = 0; i < n; i++) {
      if (isLms(t, i)) {
        reduced[j++] = i;
      }
    }
  }

  private static void placeSortedLms(
      char[] t, int[] sa, int[] positions, int[] sorted, int[] bucket) {
    for (int i = sorted.length - 1; i >= 0; i--) {
      int position = positions[sorted[i]];
      sa[--bucket[t[position] >>> 1]] = position;
    }
  }

  /** Kasai's LCP algorithm in its permuted (Φ) form. */
  static int[] lcpArray(int[] text, int[] suffixes) {
    int n = suffixes.length;
    int[] lcp = new int[n];
    if (n == 0) {
      return lcp;
    }
    int[] plcp = new int[n];
    previousInRank(suffixes, plcp);
    permutedLcp(text, plcp, 0, n);
    unpermute(suffixes, plcp, lcp, 0, n);
    return lcp;
  }

  /** Φ: for each suffix, the start of the suffix ranked just before it, or -1. */
  private static void previousInRank(int[] suffixes, int[] phi) {
    phi[suffixes[0]] = -1;
    for (int r = 1; r < suffixes.length; r++) {
      phi[suffixes[r]] = suffixes[r - 1];
    }
  }

  /**
   * Replaces Φ by the permuted LCP array at the text positions {@code [from, to)}: each value drops
   * at most 1 from the one before it, so the running prefix {@code h} is never compared again.
   */
  private static void permutedLcp(int[] text, int[] phi, int from, int to) {
    int n = text.length;
    int h = 0;
    for (int i = from; i < to; i++) {
      int j = phi[i];
      if (j < 0) {
        phi[i] = 0;
        h = 0;
        continue;
      }
      while (i + h < n && j + h < n && text[i + h] == text[j + h]) {
        h++;
      }
      phi[i] = h;
      if (h > 0) {
        h--;
      }
    }
  }

  private static void unpermute(int[] suffixes, int[] plcp, int[] lcp, int from, int to) {
    for (int r = from; r < to; r++) {
      lcp[r] = plcp[suffixes[r]];
    }
  }
}
