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
      List<long[]> candidates = new ArrayList<>();
      int a = lefts.size();
      int b = rights.size();
      if ((long) a * b <= 256) {
        for (int p : lefts) {
          for (int q : rights) {
            candidates.add(new long[] {p, q, anchors.displacement(p, q)});
          }
        }
      } else {
        for (int p : lefts) {
          for (int q : nearest(rights, anchors.rightOf(p))) {
            candidates.add(new long[] {p, q, anchors.displacement(p, q)});
          }
        }
        for (int q : rights) {
          for (int p : nearest(lefts, anchors.leftOf(q))) {
            candidates.add(new long[] {p, q, anchors.displacement(p, q)});
          }
        }
      }
      candidates.sort(
          Comparator.<long[]>comparingLong(c -> c[2])
              .thenComparingLong(c -> c[0] + c[1])
              .thenComparingLong(c -> c[0]));
      java.util.Set<Integer> usedLeft = new java.util.HashSet<>();
      java.util.Set<Integer> usedRight = new java.util.HashSet<>();
      List<int[]> links = new ArrayList<>();
      for (long[] c : candidates) {
        int p = (int) c[0];
        int q = (int) c[1];
        if (!usedLeft.contains(p) && !usedRight.contains(q)) {
          usedLeft.add(p);
          usedRight.add(q);
          links.add(new int[] {p, q});
        }
      }
      return links;
    }

    /** The (up to) two elements of sorted {@code values} nearest to {@code target}. */
    private static List<Integer> nearest(List<Integer> values, int target) {
      int low = 0;
      int high = values.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (values.get(mid) < target) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      List<Integer> near = new ArrayList<>(2);
      if (low > 0) {
        near.add(values.get(low - 1));
      }
      if (low < values.size()) {
        near.add(values.get(low));
      }
      return near;
    }
  }
}
