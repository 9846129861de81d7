package org.clausediff.internal.diff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Edit;
import org.clausediff.compare.InlineDiff;
import org.clausediff.internal.similarity.UnitKeys;

/**
 * Computes the character diff inside a link.
 *
 * <p>The keys of the link's units on each side are joined and diffed as sequences of diff tokens
 * (see {@link UnitKeys}: a CJK character, a Latin word or number, one other character), so Latin
 * text changes word by word and no edit splits a surrogate pair. Then:
 *
 * <ol>
 *   <li>The common prefix and suffix are matched directly; the differing middle goes to
 *       java-diff-utils' Myers algorithm, {@code O((m + n) d)} for {@code d} differences. A middle
 *       of more than {@link #maxTokens()} tokens (both sides together; default {@value
 *       #DEFAULT_MAX_TOKENS}) is not diffed: it becomes one replacement and the diff is marked
 *       {@link InlineDiff#truncated()}.
 *   <li>Semantic clean-up: an equal stretch between two changes is absorbed into them when it is at
 *       most two code points long, or no longer than the changes on either side of it (the rule of
 *       diff-match-patch's {@code cleanupSemantic}), so that no isolated one- or two-character
 *       equality splits a change; repeated until nothing changes.
 *   <li>Edits are widened to whole source characters where normalization expanded one character
 *       into several (… → ...), and cut where a unit of either side ends, so that every edit lies
 *       within one unit per side, and gets source spans through the normalization's offset map.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class InlineDiffer {
  /** The default bound on the differing middle, in tokens of both sides together. */
  public static final int DEFAULT_MAX_TOKENS = CompareOptions.DEFAULT_MAX_INLINE_DIFF_TOKENS;

  private static final int EQUAL = 0;
  private static final int CHANGE = 1;

  private final int maxTokens;

  private InlineDiffer(int maxTokens) {
    this.maxTokens = maxTokens;
  }

  /** A differ with the bound {@value #DEFAULT_MAX_TOKENS}. */
  public static InlineDiffer defaults() {
    return of(DEFAULT_MAX_TOKENS);
  }

  /**
   * A differ that diffs differing middles of at most {@code maxTokens} tokens character by
   * character.
   */
  public static InlineDiffer of(int maxTokens) {
    checkArgument(maxTokens >= 2, "maxTokens must be >= 2 but was %s", maxTokens);
    return new InlineDiffer(maxTokens);
  }

  /** The bound on the differing middle, in tokens of both sides together. */
  public int maxTokens() {
    return maxTokens;
  }

  /**
   * Diffs the keys of the left positions {@code [lFrom, lTo)} of {@code left} against the right
   * positions {@code [rFrom, rTo)} of {@code right}.
   */
  public InlineDiff diff(UnitKeys left, int lFrom, int lTo, UnitKeys right, int rFrom, int rTo) {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkArgument(0 <= lFrom && lFrom < lTo && lTo <= left.size(), "bad left positions");
    checkArgument(0 <= rFrom && rFrom < rTo && rTo <= right.size(), "bad right positions");
    int a0 = left.keyStart(lFrom);
    int a1 = left.keyEnd(lTo - 1);
    int b0 = right.keyStart(rFrom);
    int b1 = right.keyEnd(rTo - 1);
    int prefix = 0;
    while (a0 + prefix < a1
        && b0 + prefix < b1
        && left.token(a0 + prefix) == right.token(b0 + prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (a1 - suffix > a0 + prefix
        && b1 - suffix > b0 + prefix
        && left.token(a1 - suffix - 1) == right.token(b1 - suffix - 1)) {
      suffix++;
    }
    List<int[]> segments = new ArrayList<>();
    add(segments, EQUAL, a0, a0 + prefix, b0, b0 + prefix);
    int ma = a1 - suffix - (a0 + prefix);
    int mb = b1 - suffix - (b0 + prefix);
    boolean truncated = false;
    if (ma > 0 && mb > 0 && ma + mb <= maxTokens) {
      middle(left, a0 + prefix, ma, right, b0 + prefix, mb, segments);
    } else {
      truncated = ma + mb > maxTokens;
      add(segments, CHANGE, a0 + prefix, a1 - suffix, b0 + prefix, b1 - suffix);
    }
    add(segments, EQUAL, a1 - suffix, a1, b1 - suffix, b1);
    List<int[]> clean = wholeSourceCharacters(cleanUp(segments, left, right), left, right);
    List<Edit> edits = new ArrayList<>();
    for (int[] segment : clean) {
      emit(segment, left, lFrom, lTo, right, rFrom, rTo, edits);
    }
    return new InlineDiff(edits, truncated);
  }

  private static void middle(
      UnitKeys left, int aFrom, int ma, UnitKeys right, int bFrom, int mb, List<int[]> segments) {
    List<Integer> a = new ArrayList<>(ma);
    for (int i = 0; i < ma; i++) {
      a.add(left.token(aFrom + i));
    }
    List<Integer> b = new ArrayList<>(mb);
    for (int i = 0; i < mb; i++) {
      b.add(right.token(bFrom + i));
    }
    List<Change> changes = new ArrayList<>(new MyersDiff<Integer>().computeDiff(a, b, null));
    // java-diff-utils returns the changes last first.
    changes.sort(
        java.util.Comparator.comparingInt((Change c) -> c.startOriginal)
            .thenComparingInt(c -> c.startRevised));
    int ai = 0;
    int bi = 0;
    for (Change change : changes) {
      if (change.deltaType == DeltaType.EQUAL) {
        continue;
      }
      add(
          segments,
          EQUAL,
          aFrom + ai,
          aFrom + change.startOriginal,
          bFrom + bi,
          bFrom + change.startRevised);
      add(
          segments,
          CHANGE,
          aFrom + change.startOriginal,
          aFrom + change.endOriginal,
          bFrom + change.startRevised,
          bFrom + change.endRevised);
      ai = change.endOriginal;
      bi = change.endRevised;
    }
    add(segments, EQUAL, aFrom + ai, aFrom + ma, bFrom + bi, bFrom + mb);
  }

  /** Appends a segment, merging it into the previous one of the same type; skips empty ones. */
  private static void add(List<int[]> segments, int type, int aFrom, int aTo, int bFrom, int bTo) {
    if (aFrom == aTo && bFrom == bTo) {
      return;
    }
    if (!segments.isEmpty()) {
      int[] last = segments.get(segments.size() - 1);
      if (last[0] == type) {
        last[2] = aTo;
        last[4] = bTo;
        return;
      }
    }
    segments.add(new int[] {type, aFrom, aTo, bFrom, bTo});
  }

  /** Absorbs short equalities between changes, until none is left. */
  private static List<int[]> cleanUp(List<int[]> segments, UnitKeys left, UnitKeys right) {
    List<int[]> current = segments;
    boolean changed = true;
    while (changed) {
      changed = false;
      List<int[]> next = new ArrayList<>();
      for (int i = 0; i < current.size(); i++) {
        int[] s = current.get(i);
        boolean between = i > 0 && i + 1 < current.size() && s[0] == EQUAL;
        if (between) {
          int length = width(left, s[1], s[2]);
          int[] before = next.get(next.size() - 1);
          int[] after = current.get(i + 1);
          if (length <= 2
              || (length <= size(left, right, before) && length <= size(left, right, after))) {
            before[2] = after[2];
            before[4] = after[4];
            i++;
            changed = true;
            continue;
          }
        }
        if (!next.isEmpty() && next.get(next.size() - 1)[0] == s[0]) {
          int[] last = next.get(next.size() - 1);
          last[2] = s[2];
          last[4] = s[4];
        } else {
          next.add(s.clone());
        }
      }
      current = next;
    }
    return current;
  }

  /**
   * Moves boundaries between an equal stretch and a change out of expansions (normalized code
   * points made from one source character, such as … → ...), so that every edit covers whole source
   * characters: the equal stretch gives up the tokens of the expansion to the change.
   */
  private static List<int[]> wholeSourceCharacters(
      List<int[]> segments, UnitKeys left, UnitKeys right) {
    List<int[]> current = new ArrayList<>();
    for (int[] s : segments) {
      current.add(s.clone());
    }
    for (int i = 0; i + 1 < current.size(); i++) {
      int[] s = current.get(i);
      int[] next = current.get(i + 1);
      if (s[0] == EQUAL) {
        while (s[2] > s[1] && (left.splitsSource(s[2]) || right.splitsSource(s[4]))) {
          s[2]--;
          s[4]--;
          next[1]--;
          next[3]--;
        }
      } else {
        while (next[2] > next[1] && (left.splitsSource(s[2]) || right.splitsSource(s[4]))) {
          s[2]++;
          s[4]++;
          next[1]++;
          next[3]++;
        }
      }
    }
    List<int[]> merged = new ArrayList<>();
    for (int[] s : current) {
      if (s[1] == s[2] && s[3] == s[4]) {
        continue;
      }
      if (!merged.isEmpty() && merged.get(merged.size() - 1)[0] == s[0]) {
        merged.get(merged.size() - 1)[2] = s[2];
        merged.get(merged.size() - 1)[4] = s[4];
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  /** The larger side of a change, in normalized code points. */
  private static int size(UnitKeys left, UnitKeys right, int[] change) {
    return Math.max(width(left, change[1], change[2]), width(right, change[3], change[4]));
  }

  private static int width(UnitKeys keys, int from, int to) {
    int width = 0;
    for (int i = from; i < to; i++) {
      width += keys.tokenWidth(i);
    }
    return width;
  }

  /** Turns a segment into edits, cut where a unit of either side ends. */
  private static void emit(
      int[] s,
      UnitKeys left,
      int lFrom,
      int lTo,
      UnitKeys right,
      int rFrom,
      int rTo,
      List<Edit> edits) {
    if (s[0] == EQUAL) {
      int length = s[2] - s[1];
      int start = 0;
      while (start < length) {
        int pa = unitAt(left, lFrom, lTo, s[1] + start);
        int pb = unitAt(right, rFrom, rTo, s[3] + start);
        int end = Math.min(length, Math.min(left.keyEnd(pa) - s[1], right.keyEnd(pb) - s[3]));
        edits.add(
            new Edit.Equal(
                left.sourceSpan(pa, s[1] + start, s[1] + end),
                right.sourceSpan(pb, s[3] + start, s[3] + end)));
        start = end;
      }
      return;
    }
    List<int[]> as = pieces(left, lFrom, lTo, s[1], s[2]);
    List<int[]> bs = pieces(right, rFrom, rTo, s[3], s[4]);
    int paired = Math.min(as.size(), bs.size());
    for (int i = 0; i < paired; i++) {
      int[] a = as.get(i);
      int[] b = bs.get(i);
      edits.add(
          new Edit.Replace(left.sourceSpan(a[0], a[1], a[2]), right.sourceSpan(b[0], b[1], b[2])));
    }
    for (int i = paired; i < as.size(); i++) {
      int[] a = as.get(i);
      int pb = unitAt(right, rFrom, rTo, s[4]);
      edits.add(
          new Edit.Delete(left.sourceSpan(a[0], a[1], a[2]), right.sourceSpan(pb, s[4], s[4])));
    }
    for (int i = paired; i < bs.size(); i++) {
      int[] b = bs.get(i);
      int pa = unitAt(left, lFrom, lTo, s[2]);
      edits.add(
          new Edit.Insert(left.sourceSpan(pa, s[2], s[2]), right.sourceSpan(b[0], b[1], b[2])));
    }
  }

  /** The parts {@code {position, from, to}} of the tokens {@code [from, to)}, one per unit. */
  private static List<int[]> pieces(UnitKeys keys, int pFrom, int pTo, int from, int to) {
    List<int[]> pieces = new ArrayList<>();
    int start = from;
    while (start < to) {
      int p = unitAt(keys, pFrom, pTo, start);
      int end = Math.min(to, keys.keyEnd(p));
      pieces.add(new int[] {p, start, end});
      start = end;
    }
    return pieces;
  }

  /** The last position in {@code [pFrom, pTo)} whose key starts at or before token {@code t}. */
  private static int unitAt(UnitKeys keys, int pFrom, int pTo, int t) {
    int low = pFrom;
    int high = pTo - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (keys.keyStart(mid) <= t) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }
}
