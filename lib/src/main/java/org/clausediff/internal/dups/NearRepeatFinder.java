package org.clausediff.internal.dups;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clausediff.dups.LabelReason;
import org.clausediff.dups.RepeatKind;
import org.clausediff.internal.text.Tokens;

/**
 * Finds sentences whose body text is nearly the same: Jaccard similarity of their shingle sets at
 * or above a threshold.
 *
 * <p>Only sentences of body text take part (see {@link LabelReason}); a note appended to a sentence
 * (such as a responsibility line) is a sentence of its own ({@link Sentences}), so it does not make
 * two different sentences look alike.
 *
 * <p>Candidates come from MinHash signatures of {@value #HASHES} values made by one-permutation
 * hashing: each shingle hash falls into one of {@value #HASHES} bins by its top bits and each bin
 * keeps its smallest value; an empty bin copies the first filled bin of a fixed probe sequence (the
 * optimal densification of Shrivastava 2017), so two signatures agree in a position with
 * probability equal to the Jaccard similarity of the sets. Signatures are cut into bands for
 * locality-sensitive hashing: two sentences become a candidate pair when all the values of one band
 * agree. The band width is the widest that still makes a pair at the threshold a candidate with
 * probability at least 0.98. Every candidate pair is verified with the exact Jaccard similarity;
 * similar sentences are joined into groups (connected components). Hashing is fixed, so results are
 * the same in every run.
 */
final class NearRepeatFinder {
  static final int HASHES = 64;

  private static final int BIN_BITS = Integer.numberOfTrailingZeros(HASHES);

  /** Members of a large bucket are paired with this many following members only. */
  private static final int MAX_BUCKET_PAIRS = 64;

  private final double threshold;
  private final int shingleSize;
  private final int minLength;

  NearRepeatFinder(double threshold, int shingleSize, int minLength) {
    this.threshold = threshold;
    this.shingleSize = shingleSize;
    this.minLength = minLength;
  }

  /**
   * The shingles and signatures of the sentences that may take part: body sentences of at least the
   * minimum length with at least one shingle. Needs no exact repeats, so it may be computed before
   * (or while) they are found.
   */
  NearSketches sketch(Sentences sentences, ImmutableIntArray codePoints) {
    return sketch(sentences, codePoints, 0, sentences.count());
  }

  /**
   * {@link #sketch(Sentences, ImmutableIntArray)} of the sentences {@code [from, to)} only: the
   * sketches of consecutive ranges, {@link NearSketches#join joined} in order, are the sketches of
   * all of them, so ranges may be sketched on different threads.
   */
  NearSketches sketch(Sentences sentences, ImmutableIntArray codePoints, int from, int to) {
    checkArgument(
        0 <= from && from <= to && to <= sentences.count(),
        "sentences [%s, %s) must lie within [0, %s]",
        from,
        to,
        sentences.count());
    int[] units = new int[to - from];
    long[][] shingles = new long[to - from][];
    int count = 0;
    // Reused for every sentence: only each sentence's shingle set is allocated.
    int[] tokens = new int[0];
    long[] scratch = new long[1];
    for (int i = from; i < to; i++) {
      int length = sentences.end(i) - sentences.start(i);
      if (sentences.role(i) != Sentences.Role.BODY || length < minLength) {
        continue;
      }
      if (tokens.length < length) {
        tokens = new int[Math.max(length, tokens.length * 2)];
        scratch = new long[tokens.length];
      }
      int tokenCount = Tokens.into(codePoints, sentences.start(i), sentences.end(i), tokens);
      long[] set = Tokens.shingles(tokens, tokenCount, shingleSize, scratch);
      if (set.length > 0) {
        units[count] = i;
        shingles[count] = set;
        count++;
      }
    }
    long[] signatures = new long[count * HASHES];
    for (int u = 0; u < count; u++) {
      sign(shingles[u], signatures, u * HASHES);
    }
    return new NearSketches(shingleSize, minLength, units, shingles, signatures, count);
  }

  /**
   * The groups of similar sentences among the sketched ones not {@code excluded}; {@code parts} are
   * the sketches of consecutive ranges of the sentences, in order.
   */
  List<Repeat> find(Sentences sentences, List<NearSketches> parts, boolean[] excluded) {
    int total = 0;
    for (NearSketches part : parts) {
      checkArgument(
          part.shingleSize == shingleSize && part.minLength == minLength,
          "sketches made with other options");
      total += part.count;
    }
    int[] units = new int[total];
    long[][] shingles = new long[total][];
    // Each kept unit's signature is read where its part keeps it: no copy of them all (at 10 MB,
    // 40 MB).
    long[][] signatures = new long[total][];
    int[] signatureAt = new int[total];
    int count = 0;
    for (NearSketches part : parts) {
      for (int u = 0; u < part.count; u++) {
        if (excluded[part.units[u]]) {
          continue;
        }
        checkArgument(
            count == 0 || part.units[u] > units[count - 1],
            "sketches must be of consecutive ranges of sentences, in order");
        units[count] = part.units[u];
        shingles[count] = part.shingles[u];
        signatures[count] = part.signatures;
        signatureAt[count] = u * HASHES;
        count++;
      }
    }
    UnionFind components = new UnionFind(count);
    joinSimilar(signatures, signatureAt, count, shingles, components);
    return groups(sentences, units, count, shingles, components);
  }

  /**
   * Joins the units of every candidate pair whose similarity reaches the threshold. A pair already
   * in one component is not compared again, so identical sentences cost one comparison each.
   */
  private void joinSimilar(
      long[][] signatures, int[] signatureAt, int count, long[][] shingles, UnionFind components) {
    int rows = rowsPerBand();
    int bands = HASHES / rows;
    // Per band, an open-addressing table from band key to the chain of its units, in order.
    int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
    long[] slotKey = new long[capacity];
    int[] slotFirst = new int[capacity];
    int[] slotLast = new int[capacity];
    int[] next = new int[count];
    for (int band = 0; band < bands; band++) {
      Arrays.fill(slotFirst, -1);
      for (int u = 0; u < count; u++) {
        long key = bandKey(signatures[u], signatureAt[u], band, rows);
        int slot = (int) key & (capacity - 1);
        while (slotFirst[slot] >= 0 && slotKey[slot] != key) {
          slot = (slot + 1) & (capacity - 1);
        }
        next[u] = -1;
        if (slotFirst[slot] < 0) {
          slotKey[slot] = key;
          slotFirst[slot] = u;
        } else {
          next[slotLast[slot]] = u;
        }
        slotLast[slot] = u;
      }
      for (int slot = 0; slot < capacity; slot++) {
        if (slotFirst[slot] >= 0 && slotFirst[slot] != slotLast[slot]) {
          joinBucket(slotFirst[slot], next, shingles, components);
        }
      }
    }
  }

  private static long bandKey(long[] signatures, int at, int band, int rows) {
    long key = band;
    for (int r = 0; r < rows; r++) {
      key = Tokens.mix(key ^ signatures[at + band * rows + r]);
    }
    return key;
  }

  /** Compares each unit of a bucket (a chain from {@code first}) with the next few. */
  private void joinBucket(int first, int[] next, long[][] shingles, UnionFind components) {
    for (int a = first; a >= 0; a = next[a]) {
      int b = next[a];
      for (int k = 0; b >= 0 && k < MAX_BUCKET_PAIRS; k++, b = next[b]) {
        if (components.find(a) != components.find(b)
            && jaccard(shingles[a], shingles[b]) >= threshold) {
          components.union(a, b);
        }
      }
    }
  }

  private List<Repeat> groups(
      Sentences sentences, int[] units, int count, long[][] shingles, UnionFind components) {
    // Members listed by root with a counting sort; a root is its component's first unit.
    int[] size = new int[count];
    int[] root = new int[count];
    for (int u = 0; u < count; u++) {
      root[u] = components.find(u);
      size[root[u]]++;
    }
    int[] offset = new int[count + 1];
    for (int u = 0; u < count; u++) {
      offset[u + 1] = offset[u] + size[u];
    }
    int[] members = new int[count];
    int[] fill = Arrays.copyOf(offset, count);
    for (int u = 0; u < count; u++) {
      members[fill[root[u]]++] = u;
    }
    List<Repeat> repeats = new ArrayList<>();
    for (int u = 0; u < count; u++) {
      if (root[u] != u || size[u] < 2) {
        continue;
      }
      int[] starts = new int[size[u]];
      int[] ends = new int[size[u]];
      double similarity = 1;
      for (int k = 0; k < size[u]; k++) {
        int v = members[offset[u] + k];
        starts[k] = sentences.start(units[v]);
        ends[k] = sentences.end(units[v]);
        if (v != u) {
          similarity = Math.min(similarity, jaccard(shingles[u], shingles[v]));
        }
      }
      repeats.add(new Repeat(RepeatKind.NEAR, LabelReason.BODY_TEXT, similarity, starts, ends));
    }
    return repeats;
  }

  /**
   * The rows per band: the widest band (fewest false candidates) that still makes a pair at the
   * threshold a candidate with probability at least 0.98.
   */
  int rowsPerBand() {
    for (int rows = HASHES; rows > 1; rows /= 2) {
      int bands = HASHES / rows;
      double miss = Math.pow(1 - Math.pow(threshold, rows), bands);
      if (1 - miss >= 0.98) {
        return rows;
      }
    }
    return 1;
  }

  /** The one-permutation MinHash signature of a non-empty shingle set, densified. */
  static void sign(long[] shingles, long[] signatures, int offset) {
    long filled = 0;
    for (long shingle : shingles) {
      long h = Tokens.mix(shingle ^ 0x2545F4914F6CDD1DL);
      int bin = (int) (h >>> (Long.SIZE - BIN_BITS));
      long value = (h << BIN_BITS) >>> 1;
      if ((filled & (1L << bin)) == 0 || value < signatures[offset + bin]) {
        signatures[offset + bin] = value;
        filled |= 1L << bin;
      }
    }
    for (int bin = 0; bin < HASHES; bin++) {
      if ((filled & (1L << bin)) != 0) {
        continue;
      }
      for (long attempt = 1; ; attempt++) {
        int probe = (int) (Tokens.mix(((long) bin << 32) | attempt) >>> (Long.SIZE - BIN_BITS));
        if ((filled & (1L << probe)) != 0) {
          signatures[offset + bin] = signatures[offset + probe];
          break;
        }
      }
    }
  }

  /** The Jaccard similarity of two sorted sets of distinct shingles. */
  static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  /** Disjoint sets of units; the root of a set is its smallest member. */
  private static final class UnionFind {
    private final int[] parent;

    UnionFind(int size) {
      parent = new int[size];
      for (int i = 0; i < size; i++) {
        parent[i] = i;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int x, int y) {
      int rx = find(x);
      int ry = find(y);
      if (rx != ry) {
        parent[Math.max(rx, ry)] = Math.min(rx, ry);
      }
    }
  }
}
