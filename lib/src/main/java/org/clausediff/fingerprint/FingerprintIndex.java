package org.clausediff.fingerprint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of one document (the query) indexed by key and by band key, to {@link #match} many
 * other documents against it; see {@link DocumentMatch} for what a match measures.
 *
 * <p>Matching a document of {@code n} units costs {@code O(n)} look-ups of its keys and band keys
 * plus at most {@value #MAX_CANDIDATES} signature comparisons per unit. Immutable and thread-safe.
 */
public final class FingerprintIndex {
  /** The most units of the query scored against one unit of the other document. */
  static final int MAX_CANDIDATES = 64;

  private static final int[] NONE = new int[0];

  private final DocumentFingerprint query;
  private final Map<Long, int[]> byKey;
  private final Map<Long, int[]> byBand;

  private FingerprintIndex(
      DocumentFingerprint query, Map<Long, int[]> byKey, Map<Long, int[]> byBand) {
    this.query = query;
    this.byKey = byKey;
    this.byBand = byBand;
  }

  /** Indexes the units of {@code query}. */
  public static FingerprintIndex of(DocumentFingerprint query) {
    checkNotNull(query, "query");
    Map<Long, int[]> byKey = new HashMap<>();
    Map<Long, int[]> byBand = new HashMap<>();
    List<UnitFingerprint> units = query.units();
    for (int u = 0; u < units.size(); u++) {
      UnitFingerprint unit = units.get(u);
      if (unit.keyLength() == 0) {
        continue;
      }
      add(byKey, unit.keyHash(), u);
      for (long band : unit.bandKeys()) {
        add(byBand, band, u);
      }
    }
    return new FingerprintIndex(query, byKey, byBand);
  }

  private static void add(Map<Long, int[]> map, long key, int unit) {
    int[] old = map.getOrDefault(key, NONE);
    if (old.length > 0 && old[old.length - 1] == unit) {
      return;
    }
    int[] grown = Arrays.copyOf(old, old.length + 1);
    grown[old.length] = unit;
    map.put(key, grown);
  }

  /** The indexed document. */
  public DocumentFingerprint query() {
    return query;
  }

  /**
   * How much of the query {@code other} covers; see {@link DocumentMatch}.
   *
   * @param threshold the lowest estimated Jaccard similarity of two units that match, in {@code (0,
   *     1]}
   * @throws IllegalArgumentException if the two were fingerprinted with different options
   */
  public DocumentMatch match(DocumentFingerprint other, double threshold) {
    checkNotNull(other, "other");
    checkArgument(
        threshold > 0 && threshold <= 1, "threshold must be in (0, 1] but was %s", threshold);
    checkArgument(
        query.options().equals(other.options()),
        "fingerprints made with different options: %s and %s",
        query.options(),
        other.options());
    List<UnitFingerprint> mine = query.units();
    List<UnitFingerprint> theirs = other.units();
    double[] bestMine = new double[mine.size()];
    boolean[] exactMine = new boolean[mine.size()];
    double[] bestTheirs = new double[theirs.size()];
    int[] seen = new int[mine.size()];
    Arrays.fill(seen, -1);
    for (int v = 0; v < theirs.size(); v++) {
      UnitFingerprint unit = theirs.get(v);
      if (unit.keyLength() == 0) {
        continue;
      }
      for (int u : byKey.getOrDefault(unit.keyHash(), NONE)) {
        if (mine.get(u).sameKey(unit)) {
          bestMine[u] = 1;
          exactMine[u] = true;
          bestTheirs[v] = 1;
        }
      }
      if (unit.signature().isEmpty()) {
        continue;
      }
      int scored = 0;
      for (long band : unit.bandKeys()) {
        for (int u : byBand.getOrDefault(band, NONE)) {
          if (seen[u] == v || scored >= MAX_CANDIDATES) {
            continue;
          }
          seen[u] = v;
          scored++;
          double s = mine.get(u).estimate(unit);
          if (s >= threshold) {
            bestMine[u] = Math.max(bestMine[u], s);
            bestTheirs[v] = Math.max(bestTheirs[v], s);
          }
        }
      }
    }
    long[] mineTotals = totals(mine, bestMine);
    long[] theirTotals = totals(theirs, bestTheirs);
    double weighted = weighted(mine, bestMine) + weighted(theirs, bestTheirs);
    long length = mineTotals[0] + theirTotals[0];
    int exact = 0;
    for (boolean e : exactMine) {
      exact += e ? 1 : 0;
    }
    double similarity =
        length == 0 ? (mineTotals[1] == theirTotals[1] ? 1.0 : 0.0) : weighted / length;
    return new DocumentMatch(
        Math.min(1.0, similarity),
        share(mineTotals[2], mineTotals[1]),
        share(theirTotals[2], theirTotals[1]),
        (int) mineTotals[2],
        exact);
  }

  /** {total key tokens, units with key tokens, units matched}. */
  private static long[] totals(List<UnitFingerprint> units, double[] best) {
    long[] totals = new long[3];
    for (int u = 0; u < units.size(); u++) {
      int length = units.get(u).keyLength();
      if (length > 0) {
        totals[0] += length;
        totals[1]++;
        totals[2] += best[u] > 0 ? 1 : 0;
      }
    }
    return totals;
  }

  private static double weighted(List<UnitFingerprint> units, double[] best) {
    double sum = 0;
    for (int u = 0; u < units.size(); u++) {
      sum += best[u] * units.get(u).keyLength();
    }
    return sum;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }

  @Override
  public String toString() {
    return "FingerprintIndex[" + query.name() + ", " + query.units().size() + " units]";
  }
}
