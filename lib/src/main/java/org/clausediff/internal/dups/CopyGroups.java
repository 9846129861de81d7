package org.clausediff.internal.dups;

import java.util.Arrays;
import java.util.List;
import org.clausediff.dups.LabelReason;
import org.clausediff.dups.RepeatKind;
import org.clausediff.internal.text.Tokens;

/** Groups the copies of {@link ExactRepeatFinder} into exact repeats of equal content. */
final class CopyGroups {
  private CopyGroups() {}

  /** Groups copies by content; each group lists its sources and copies as occurrences. */
  static void group(int[] text, Copies copies, List<Repeat> into) {
    int m = copies.size();
    // Sort by the top half of a content hash, then by copy index; equal contents end up together.
    long[] keys = new long[m];
    for (int i = 0; i < m; i++) {
      long hash = contentHash(text, copies.source(i), copies.length(i));
      keys[i] = (hash & 0xFFFFFFFF00000000L) | i;
    }
    Arrays.sort(keys);
    boolean[] taken = new boolean[m];
    int[] positions = new int[16];
    int runStart = 0;
    while (runStart < m) {
      int runEnd = runStart + 1;
      while (runEnd < m && (keys[runEnd] >>> 32) == (keys[runStart] >>> 32)) {
        runEnd++;
      }
      // Within a run of equal hashes, split by actual content (hash collisions).
      for (int a = runStart; a < runEnd; a++) {
        int first = (int) keys[a];
        if (taken[first]) {
          continue;
        }
        int length = copies.length(first);
        LabelReason reason = copies.reason(first);
        int count = 0;
        for (int b = a; b < runEnd; b++) {
          int other = (int) keys[b];
          if (!taken[other]
              && copies.length(other) == length
              && sameContent(text, copies.source(first), copies.source(other), length)) {
            taken[other] = true;
            if (count + 2 > positions.length) {
              positions = Arrays.copyOf(positions, positions.length * 2);
            }
            positions[count++] = copies.source(other);
            positions[count++] = copies.start(other);
            if (copies.reason(other).compareTo(reason) < 0) {
              reason = copies.reason(other);
            }
          }
        }
        int[] starts = Arrays.stream(positions, 0, count).sorted().distinct().toArray();
        int[] ends = new int[starts.length];
        for (int k = 0; k < starts.length; k++) {
          ends[k] = starts[k] + length;
        }
        into.add(new Repeat(RepeatKind.EXACT, reason, 1.0, starts, ends));
      }
      runStart = runEnd;
    }
  }

  private static boolean sameContent(int[] text, int a, int b, int length) {
    return a == b || Arrays.equals(text, a, a + length, text, b, b + length);
  }

  private static long contentHash(int[] text, int from, int length) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < from + length; i++) {
      h = (h + text[i]) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 29;
    }
    return Tokens.mix(h + length);
  }
}
