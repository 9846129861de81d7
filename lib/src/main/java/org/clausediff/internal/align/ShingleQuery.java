package org.clausediff.internal.align;

import java.util.Arrays;
import org.clausediff.internal.similarity.ShingleSet;

/**
 * Looks up the units of a {@link ShingleIndex} that share most shingles with a query: the query's
 * shingles rarest first, until {@value #BUDGET} postings have been visited. Reuses its counters
 * between queries; not thread-safe.
 */
final class ShingleQuery {
  static final int BUDGET = 1024;
  static final int TOP = 6;

  private final ShingleIndex index;
  private final int[] counts;
  private int[] touched = new int[64];

  ShingleQuery(ShingleIndex index, int size) {
    this.index = index;
    this.counts = new int[size];
  }

  /**
   * The (up to) {@value #TOP} units sharing most shingles with {@code shingles}; among equal
   * counts, those nearest to {@code expected} (where the anchors put the query's counterpart).
   */
  int[] top(ShingleSet shingles, int expected) {
    long[] order = new long[shingles.size()];
    int n = 0;
    for (int i = 0; i < shingles.size(); i++) {
      int id = index.id(shingles.get(i));
      if (id >= 0) {
        order[n++] = ((long) index.frequency(id) << 32) | id;
      }
    }
    Arrays.sort(order, 0, n);
    int touchedCount = 0;
    int visited = 0;
    for (int k = 0; k < n; k++) {
      int id = (int) order[k];
      int frequency = index.frequency(id);
      if (visited + frequency > BUDGET && (k > 0 || frequency > 4 * BUDGET)) {
        break;
      }
      for (int i = index.from(id); i < index.to(id); i++) {
        int unit = index.posting(i);
        if (counts[unit]++ == 0) {
          if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
          }
          touched[touchedCount++] = unit;
        }
      }
      visited += frequency;
    }
    int[] topUnits = new int[TOP];
    int[] topCounts = new int[TOP];
    int size = 0;
    for (int t = 0; t < touchedCount; t++) {
      int unit = touched[t];
      int count = counts[unit];
      counts[unit] = 0;
      if (size == TOP && !better(count, unit, topCounts[TOP - 1], topUnits[TOP - 1], expected)) {
        continue;
      }
      int at = size < TOP ? size++ : TOP - 1;
      while (at > 0 && better(count, unit, topCounts[at - 1], topUnits[at - 1], expected)) {
        topCounts[at] = topCounts[at - 1];
        topUnits[at] = topUnits[at - 1];
        at--;
      }
      topCounts[at] = count;
      topUnits[at] = unit;
    }
    return Arrays.copyOf(topUnits, size);
  }

  private static boolean better(int count, int unit, int otherCount, int otherUnit, int expected) {
    if (count != otherCount) {
      return count > otherCount;
    }
    int distance = Math.abs(unit - expected);
    int otherDistance = Math.abs(otherUnit - expected);
    return distance < otherDistance || (distance == otherDistance && unit < otherUnit);
  }
}
