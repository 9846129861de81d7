package org.clausediff.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;

/**
 * The reference of the {@code dups} target: a plain SA-IS + LCP pass over a file, as a whole
 * process. It reads and decodes the file the way clausediff does ({@link TextDecoder#defaults()}),
 * builds the suffix array of its code points with a textbook SA-IS (Nong, Zhang and Chan 2009, in
 * the shape of the AtCoder Library's {@code sa_is}: a boolean type array, two bucket arrays, no
 * packing) and the LCP array with Kasai's algorithm, and prints a checksum of both so that nothing
 * is optimised away. It shares no code with the library's {@code SuffixArray}, so speeding that up
 * does not move the reference.
 *
 * <p>Usage: {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms768m -cp
 * bench/target/benchmarks.jar org.clausediff.bench.SuffixArrayReference FILE} (the launcher's JVM
 * flags, as {@code bench/ladder.sh} runs it).
 */
public final class SuffixArrayReference {
  private SuffixArrayReference() {}

  /** Builds the suffix array and LCP array of the file named by {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SuffixArrayReference FILE");
      System.exit(2);
    }
    SourceText text = TextDecoder.defaults().read(Path.of(args[0]));
    int[] s = text.toCodePointArray();
    int upper = 0;
    for (int c : s) {
      upper = Math.max(upper, c);
    }
    int[] sa = suffixArray(s, upper);
    int[] lcp = lcp(s, sa);
    long checksum = 0;
    for (int i = 0; i < sa.length; i++) {
      checksum = checksum * 31 + sa[i] * 7L + lcp[i];
    }
    System.out.println(args[0] + " " + s.length + " " + Long.toHexString(checksum));
  }

  /** The suffix array of {@code s}, whose values lie in {@code [0, upper]}. */
  static int[] suffixArray(int[] s, int upper) {
    int n = s.length;
    if (n == 0) {
      return new int[0];
    }
    if (n == 1) {
      return new int[] {0};
    }
    if (n == 2) {
      return s[0] < s[1] ? new int[] {0, 1} : new int[] {1, 0};
    }
    int[] sa = new int[n];
    boolean[] ls = new boolean[n];
    for (int i = n - 2; i >= 0; i--) {
      ls[i] = s[i] == s[i + 1] ? ls[i + 1] : s[i] < s[i + 1];
    }
    int[] sumL = new int[upper + 2];
    int[] sumS = new int[upper + 2];
    for (int i = 0; i < n; i++) {
      if (!ls[i]) {
        sumS[s[i]]++;
      } else {
        sumL[s[i] + 1]++;
      }
    }
    for (int i = 0; i <= upper; i++) {
      sumS[i] += sumL[i];
      sumL[i + 1] += sumS[i];
    }
    int[] lmsMap = new int[n + 1];
    Arrays.fill(lmsMap, -1);
    int m = 0;
    for (int i = 1; i < n; i++) {
      if (!ls[i - 1] && ls[i]) {
        lmsMap[i] = m++;
      }
    }
    int[] lms = new int[m];
    for (int i = 1, j = 0; i < n; i++) {
      if (!ls[i - 1] && ls[i]) {
        lms[j++] = i;
      }
    }
    induce(s, upper, sa, ls, sumS, sumL, lms);
    if (m > 0) {
      int[] sortedLms = new int[m];
      int j = 0;
      for (int v : sa) {
        if (lmsMap[v] != -1) {
          sortedLms[j++] = v;
        }
      }
      int[] reduced = new int[m];
      int reducedUpper = 0;
      reduced[lmsMap[sortedLms[0]]] = 0;
      for (int i = 1; i < m; i++) {
        int l = sortedLms[i - 1];
        int r = sortedLms[i];
        int endL = lmsMap[l] + 1 < m ? lms[lmsMap[l] + 1] : n;
        int endR = lmsMap[r] + 1 < m ? lms[lmsMap[r] + 1] : n;
        boolean same = true;
        if (endL - l != endR - r) {
          same = false;
        } else {
          while (l < endL && s[l] == s[r]) {
            l++;
            r++;
          }
          if (l == n || s[l] != s[r]) {
            same = false;
          }
        }
        if (!same) {
          reducedUpper++;
        }
        reduced[lmsMap[sortedLms[i]]] = reducedUpper;
      }
      int[] reducedSa = suffixArray(reduced, reducedUpper);
      for (int i = 0; i < m; i++) {
        sortedLms[i] = lms[reducedSa[i]];
      }
      induce(s, upper, sa, ls, sumS, sumL, sortedLms);
    }
    return sa;
  }

  private static void induce(
      int[] s, int upper, int[] sa, boolean[] ls, int[] sumS, int[] sumL, int[] lms) {
    int n = s.length;
    Arrays.fill(sa, -1);
    int[] buf = new int[upper + 2];
    System.arraycopy(sumS, 0, buf, 0, upper + 1);
    for (int d : lms) {
      if (d != n) {
        sa[buf[s[d]]++] = d;
      }
    }
    System.arraycopy(sumL, 0, buf, 0, upper + 1);
    sa[buf[s[n - 1]]++] = n - 1;
    for (int i = 0; i < n; i++) {
      int v = sa[i];
      if (v >= 1 && !ls[v - 1]) {
        sa[buf[s[v - 1]]++] = v - 1;
      }
    }
    System.arraycopy(sumL, 0, buf, 0, upper + 2);
    for (int i = n - 1; i >= 0; i--) {
      int v = sa[i];
      if (v >= 1 && ls[v - 1]) {
        sa[--buf[s[v - 1] + 1]] = v - 1;
      }
    }
  }

  /** Kasai's algorithm: {@code lcp[r]} is the common prefix of the suffixes ranked r - 1 and r. */
  static int[] lcp(int[] s, int[] sa) {
    int n = s.length;
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[sa[i]] = i;
    }
    int[] lcp = new int[n];
    int h = 0;
    for (int i = 0; i < n; i++) {
      if (h > 0) {
        h--;
      }
      if (rank[i] == 0) {
        continue;
      }
      int j = sa[rank[i] - 1];
      while (i + h < n && j + h < n && s[i + h] == s[j + h]) {
        h++;
      }
      lcp[rank[i]] = h;
    }
    return lcp;
  }
}
