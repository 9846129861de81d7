package org.clausediff.internal.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.clausediff.internal.similarity.UnitKeys;

/**
 * Links units whose keys are identical.
 *
 * <p>Keys that occur once on each side are linked directly; they are the anchors. A key that occurs
 * several times on a side (a recurring line such as {@code （省发展改革委负责）}, or a duplicated passage) is
 * linked occurrence by occurrence to the one nearest to where the anchors predict it, so that a
 * pasted copy is the added one and the original keeps its link. Sorting the keys' hashes makes this
 * {@code O(n log n)}.
 */
final class ExactMatcher {
  /** Bits of a packed key that hold the position; the rest hold the top of the key's hash. */
  private static final int POSITION_BITS = 24;

  private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

  private final UnitKeys left;
  private final UnitKeys right;
  private Anchors anchors = new Anchors(List.of());

  ExactMatcher(UnitKeys left, UnitKeys right) {
    if (left.size() > POSITION_MASK || right.size() > POSITION_MASK) {
      throw new IllegalArgumentException("more than 2^24 units to align");
    }
    this.left = left;
    this.right = right;
  }

  /** The links between identical keys, as {@code {p, q}} pairs, sorted by {@code p}. */
  List<int[]> match() {
    long[] l = packed(left);
    long[] r = packed(right);
    List<int[]> unique = new ArrayList<>();
    List<Group> groups = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < l.length && j < r.length) {
      long hl = l[i] & ~POSITION_MASK;
      long hr = r[j] & ~POSITION_MASK;
      if (hl < hr) {
        i++;
      } else if (hl > hr) {
        j++;
      } else {
        int iEnd = i;
        while (iEnd < l.length && (l[iEnd] & ~POSITION_MASK) == hl) {
          iEnd++;
        }
        int jEnd = j;
        while (jEnd < r.length && (r[jEnd] & ~POSITION_MASK) == hr) {
          jEnd++;
        }
        classify(l, i, iEnd, r, j, jEnd, unique, groups);
        i = iEnd;
        j = jEnd;
      }
    }
    anchors = new Anchors(inOrder(unique));
    List<int[]> links = new ArrayList<>(unique);
    for (Group group : groups) {
      links.addAll(group.assign(anchors));
    }
    links.sort(Comparator.comparingInt(link -> link[0]));
    return links;
  }

  private static long[] packed(UnitKeys keys) {
    long[] packed = new long[keys.size()];
    for (int p = 0; p < keys.size(); p++) {
      packed[p] = (keys.hash(p) & ~POSITION_MASK) | p;
    }
    // Signed order is fine: equal tops sort together.
    Arrays.sort(packed);
    return packed;
  }

  /** Splits a run of equal hash tops into classes of identical keys. */
  private void classify(
      long[] l,
      int lFrom,
      int lTo,
      long[] r,
      int rFrom,
      int rTo,
      List<int[]> unique,
      List<Group> groups) {
    List<Group> classes = new ArrayList<>();
    for (int i = lFrom; i < lTo; i++) {
      int p = (int) (l[i] & POSITION_MASK);
      Group found = null;
      for (Group g : classes) {
        if (left.sameKey(g.lefts.get(0), left, p)) {
          found = g;
          break;
        }
      }
      if (found == null) {
        found = new Group();
        classes.add(found);
      }
      found.lefts.add(p);
    }
    for (int j = rFrom; j < rTo; j++) {
      int q = (int) (r[j] & POSITION_MASK);
      for (Group g : classes) {
        if (left.sameKey(g.lefts.get(0), right, q)) {
          g.rights.add(q);
          break;
        }
      }
    }
    for (Group g : classes) {
      if (g.rights.isEmpty()) {
        continue;
      }
      g.lefts.sort(null);
      g.rights.sort(null);
      if (g.lefts.size() == 1 && g.rights.size() == 1) {
        unique.add(new int[] {g.lefts.get(0), g.rights.get(0)});
      } else {
        groups.add(g);
      }
    }
  }

  /** The unique identical keys in order, after {@link #match()}. */
  Anchors anchors() {
    return anchors;
  }

  /** The anchors on a heaviest increasing subsequence, sorted by both coordinates. */
  private List<int[]> inOrder(List<int[]> anchors) {
    int k = anchors.size();
    int[] ls = new int[k];
    int[] rs = new int[k];
    long[] weights = new long[k];
    long[] tieBreaks = new long[k];
    for (int i = 0; i < k; i++) {
      int[] a = anchors.get(i);
      ls[i] = a[0];
      rs[i] = a[1];
      weights[i] = 1L + left.keyLength(a[0]) + right.keyLength(a[1]);
      tieBreaks[i] = left.hash(a[0]); // the key is the same on both sides
    }
    boolean[] on = IncreasingSubsequence.heaviest(ls, rs, weights, tieBreaks);
    List<int[]> kept = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (on[i]) {
        kept.add(anchors.get(i));
      }
    }
    kept.sort(Comparator.comparingInt(a -> a[0]));
    return kept;
  }

  /** The occurrences of one key that occurs more than once on a side. */
  private static final class Group {
    final List<Integer> lefts = new ArrayList<>();
    final List<Integer> rights = new ArrayList<>();

    /** Links occurrences nearest to where the anchors predict them first. */
    List<int[]> assign(Anchors anchors) {
      int[] ls = lefts.stream().mapToInt(Integer::intValue).toArray();
      int[] rs = rights.stream().mapToInt(Integer::intValue).toArray();
      int a = ls.length;
      int b = rs.length;
      int[] lRanks = new int[a];
      for (int i = 0; i < a; i++) {
        lRanks[i] = anchors.leftRank(ls[i]);
      }
      int[] rRanks = new int[b];
      for (int j = 0; j < b; j++) {
        rRanks[j] = anchors.rightRank(rs[j]);
      }
      // {p, q, displacement, index of p, index of q}
      List<long[]> candidates = new ArrayList<>();
      if ((long) a * b <= 256) {
        for (int i = 0; i < a; i++) {
          for (int j = 0; j < b; j++) {
            candidates.add(candidate(anchors, ls, lRanks, i, rs, rRanks, j));
          }
        }
      } else {
        for (int i = 0; i < a; i++) {
          int near = insertionPoint(rs, anchors.rightOf(ls[i]));
          for (int j = Math.max(0, near - 1); j < Math.min(b, near + 1); j++) {
            candidates.add(candidate(anchors, ls, lRanks, i, rs, rRanks, j));
          }
        }
        for (int j = 0; j < b; j++) {
          int near = insertionPoint(ls, anchors.leftOf(rs[j]));
          for (int i = Math.max(0, near - 1); i < Math.min(a, near + 1); i++) {
            candidates.add(candidate(anchors, ls, lRanks, i, rs, rRanks, j));
          }
        }
      }
      candidates.sort(
          Comparator.<long[]>comparingLong(c -> c[2])
              .thenComparingLong(c -> c[0] + c[1])
              .thenComparingLong(c -> c[0]));
      boolean[] usedLeft = new boolean[a];
      boolean[] usedRight = new boolean[b];
      List<int[]> links = new ArrayList<>();
      for (long[] c : candidates) {
        int i = (int) c[3];
        int j = (int) c[4];
        if (!usedLeft[i] && !usedRight[j]) {
          usedLeft[i] = true;
          usedRight[j] = true;
          links.add(new int[] {ls[i], rs[j]});
        }
      }
      return links;
    }

    private static long[] candidate(
        Anchors anchors, int[] ls, int[] lRanks, int i, int[] rs, int[] rRanks, int j) {
      return new long[] {
        ls[i], rs[j], anchors.displacement(ls[i], lRanks[i], rs[j], rRanks[j]), i, j
      };
    }

    /** The index of the first element of sorted {@code values} at or above {@code target}. */
    private static int insertionPoint(int[] values, int target) {
      int low = 0;
      int high = values.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (values[mid] < target) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }
}
