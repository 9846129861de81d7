package org.clausediff.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.clausediff.fingerprint.DocumentFingerprint;
import org.clausediff.fingerprint.FingerprintOptions;
import org.clausediff.fingerprint.MinHash;
import org.clausediff.fingerprint.UnitFingerprint;
import org.clausediff.text.SourceText;

/**
 * Finds the passages shared between the documents of an index, from their stored fingerprints.
 *
 * <ol>
 *   <li>Units (sentences) of at least the minimum length are joined when their keys are equal
 *       (exact), and when their signatures' estimated Jaccard similarity reaches the threshold
 *       (near): candidates are the distinct keys that share an LSH band key, each compared with the
 *       next {@value #BUCKET_PAIRS} of its bucket. Units are joined into connected components.
 *   <li>Components with units in at least {@code minDocs} documents are shared; a run of shared
 *       components that follow each other in every occurrence becomes one passage.
 *   <li>A passage of responsibility notes only ({@code （省发展改革委、省财政厅按职责分工负责）}, {@link
 *       UnitFingerprint#note()}) is BOILERPLATE: a formula, wherever it recurs, as {@code dups}
 *       labels it. Documents that share at least two other passages making up at least 30% of the
 *       smaller one's text are related (one formula does not relate two short documents); related
 *       documents form groups (connected components), and a passage in at least {@code
 *       boilerplateGroups} groups is BOILERPLATE, else REUSE. Shares are counted over passages in
 *       at most {@value #PAIR_CAP} documents, so that no passage adds quadratically many pairs.
 * </ol>
 *
 * <p>Time: {@code O(u log u)} in the number of units {@code u} (16 sorts of the distinct keys),
 * plus the pairs of documents of passages in at most {@value #PAIR_CAP} documents; memory is the
 * fingerprints of all units.
 */
final class ReuseFinder {
  /** Members of an LSH bucket are compared with this many following members. */
  static final int BUCKET_PAIRS = 16;

  /** Passages in more documents do not count toward document pairs. */
  static final int PAIR_CAP = 64;

  /** Documents are related when they share this share of the smaller one's unit text. */
  static final double RELATED = 0.3;

  private final IndexReader reader;
  private final FingerprintOptions fingerprintOptions;
  private final ReuseOptions options;

  ReuseFinder(IndexReader reader, FingerprintOptions fingerprintOptions, ReuseOptions options) {
    this.reader = reader;
    this.fingerprintOptions = fingerprintOptions;
    this.options = options;
  }

  /** A document: its Lucene id and fingerprint, and its units' total length in code points. */
  private record Doc(int docId, DocumentFingerprint fingerprint, long unitLength) {}

  /** A passage: the component ids of its units, in order, and its occurrences' first units. */
  private record Passage(int[] components, List<long[]> starts) {}

  ReuseReport find() throws IOException {
    List<Doc> docs = load();
    // Units taken into account, numbered 0..n-1 in document order.
    int n = 0;
    for (Doc doc : docs) {
      for (UnitFingerprint unit : doc.fingerprint().units()) {
        n += unit.keyLength() >= options.minLength() ? 1 : 0;
      }
    }
    int[] docOf = new int[n];
    int[] posOf = new int[n];
    UnitFingerprint[] units = new UnitFingerprint[n];
    int u = 0;
    for (int d = 0; d < docs.size(); d++) {
      List<UnitFingerprint> list = docs.get(d).fingerprint().units();
      for (int p = 0; p < list.size(); p++) {
        if (list.get(p).keyLength() >= options.minLength()) {
          docOf[u] = d;
          posOf[u] = p;
          units[u++] = list.get(p);
        }
      }
    }
    UnionFind components = new UnionFind(n);
    int[] representatives = joinExact(units, components);
    joinNear(units, representatives, components);

    // Components by root, members in unit order (so by document, then position).
    int[] root = new int[n];
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = components.find(i);
      size[root[i]]++;
    }
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (size[root[i]] >= options.minDocs()) {
        members.computeIfAbsent(root[i], k -> new ArrayList<>()).add(i);
      }
    }
    // Shared components: units in at least minDocs documents.
    Map<Long, Integer> componentAt = new HashMap<>();
    List<Integer> shared = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> entry : members.entrySet()) {
      List<Integer> list = entry.getValue();
      int distinct = 0;
      int last = -1;
      for (int i : list) {
        if (docOf[i] != last) {
          distinct++;
          last = docOf[i];
        }
      }
      if (distinct >= options.minDocs()) {
        shared.add(entry.getKey());
        for (int i : list) {
          componentAt.put(at(docOf[i], posOf[i]), entry.getKey());
        }
      }
    }
    shared.sort(Comparator.naturalOrder());
    List<Passage> passages = passages(shared, members, componentAt, docOf, posOf, units);
    return report(docs, passages, members, units, n);
  }

  private static long at(int doc, int pos) {
    return ((long) doc << 32) | pos;
  }

  private List<Doc> load() throws IOException {
    StoredFields stored = reader.storedFields();
    Bits live = MultiBits.getLiveDocs(reader);
    List<Doc> docs = new ArrayList<>();
    for (int id = 0; id < reader.maxDoc(); id++) {
      if (live == null || live.get(id)) {
        DocumentFingerprint fingerprint =
            StoredDocument.fingerprint(stored, id, fingerprintOptions);
        long length = 0;
        for (UnitFingerprint unit : fingerprint.units()) {
          length += unit.end() - unit.start();
        }
        docs.add(new Doc(id, fingerprint, length));
      }
    }
    docs.sort(Comparator.comparing(d -> d.fingerprint().name()));
    return docs;
  }

  /** Joins units with equal keys; returns one unit per distinct key (the first), ascending. */
  private static int[] joinExact(UnitFingerprint[] units, UnionFind components) {
    Map<Long, Integer> first = new HashMap<>();
    int[] representatives = new int[units.length];
    int count = 0;
    for (int i = 0; i < units.length; i++) {
      Integer j = first.putIfAbsent(units[i].keyHash(), i);
      if (j == null) {
        representatives[count++] = i;
      } else if (units[j].keyLength() == units[i].keyLength()) {
        components.union(j, i);
      }
    }
    return Arrays.copyOf(representatives, count);
  }

  /**
   * Joins distinct keys whose signatures' estimate reaches the threshold, among pairs in one LSH
   * bucket of some band. Each band is one sort of {@code (band key, key number)} packed in a long:
   * the band key's high bits above the number; a collision of the high bits only adds a candidate,
   * which the estimate then rejects.
   */
  private void joinNear(UnitFingerprint[] units, int[] representatives, UnionFind components) {
    int r = representatives.length;
    if (r < 2) {
      return;
    }
    int bands = UnitFingerprint.HASHES / UnitFingerprint.BAND_ROWS;
    long[][] keys = new long[r][];
    for (int k = 0; k < r; k++) {
      MinHash signature = units[representatives[k]].signature();
      keys[k] = signature.isEmpty() ? null : units[representatives[k]].bandKeys();
    }
    int idBits = 64 - Long.numberOfLeadingZeros(r);
    long idMask = (1L << idBits) - 1;
    long[] packed = new long[r];
    for (int band = 0; band < bands; band++) {
      int count = 0;
      for (int k = 0; k < r; k++) {
        if (keys[k] != null) {
          packed[count++] = (keys[k][band] & ~idMask) | k;
        }
      }
      Arrays.sort(packed, 0, count);
      int from = 0;
      while (from < count) {
        int to = from + 1;
        while (to < count && (packed[to] & ~idMask) == (packed[from] & ~idMask)) {
          to++;
        }
        for (int a = from; a < to; a++) {
          for (int b = a + 1; b < Math.min(to, a + 1 + BUCKET_PAIRS); b++) {
            int x = representatives[(int) (packed[a] & idMask)];
            int y = representatives[(int) (packed[b] & idMask)];
            if (components.find(x) != components.find(y)
                && units[x].estimate(units[y]) >= options.near()) {
              components.union(x, y);
            }
          }
        }
        from = to;
      }
    }
  }

  /**
   * Chains shared components into passages: component {@code c} is followed by {@code d} when every
   * occurrence of {@code c} at position {@code p} of a document has {@code d} at {@code p + 1}, the
   * two have as many units, and both or neither are responsibility notes (a note stays a formula of
   * its own, not the tail of the measure before it).
   */
  private static List<Passage> passages(
      List<Integer> shared,
      Map<Integer, List<Integer>> members,
      Map<Long, Integer> componentAt,
      int[] docOf,
      int[] posOf,
      UnitFingerprint[] units) {
    Map<Integer, Integer> next = new HashMap<>();
    Map<Integer, Integer> previous = new HashMap<>();
    for (int c : shared) {
      List<Integer> list = members.get(c);
      int first = list.get(0);
      Integer d = componentAt.get(at(docOf[first], posOf[first] + 1));
      if (d == null
          || d == c
          || members.get(d).size() != list.size()
          || notes(list, units) != notes(members.get(d), units)) {
        continue;
      }
      boolean parallel = true;
      for (int i : list) {
        if (!d.equals(componentAt.get(at(docOf[i], posOf[i] + 1)))) {
          parallel = false;
          break;
        }
      }
      if (parallel && !previous.containsKey(d)) {
        next.put(c, d);
        previous.put(d, c);
      }
    }
    List<Passage> passages = new ArrayList<>();
    for (int c : shared) {
      if (previous.containsKey(c)) {
        continue;
      }
      List<Integer> chain = new ArrayList<>();
      for (Integer k = c; k != null && chain.size() <= shared.size(); k = next.get(k)) {
        chain.add(k);
      }
      List<long[]> starts = new ArrayList<>();
      for (int i : members.get(c)) {
        starts.add(new long[] {docOf[i], posOf[i], i});
      }
      passages.add(new Passage(chain.stream().mapToInt(Integer::intValue).toArray(), starts));
    }
    return passages;
  }

  /** Whether every unit of {@code members} is a responsibility note. */
  private static boolean notes(List<Integer> members, UnitFingerprint[] units) {
    for (int i : members) {
      if (!units[i].note()) {
        return false;
      }
    }
    return true;
  }

  private ReuseReport report(
      List<Doc> docs,
      List<Passage> passages,
      Map<Integer, List<Integer>> members,
      UnitFingerprint[] units,
      int n) {
    // Each passage's occurrences as (doc, first position, last position), and its similarity.
    int p = passages.size();
    int[][] occDoc = new int[p][];
    int[][] occFirst = new int[p][];
    int[][] occLast = new int[p][];
    boolean[] exact = new boolean[p];
    boolean[] notes = new boolean[p];
    double[] similarity = new double[p];
    int[] distinctDocs = new int[p];
    for (int k = 0; k < p; k++) {
      Passage passage = passages.get(k);
      int size = passage.starts().size();
      occDoc[k] = new int[size];
      occFirst[k] = new int[size];
      occLast[k] = new int[size];
      for (int o = 0; o < size; o++) {
        long[] start = passage.starts().get(o);
        occDoc[k][o] = (int) start[0];
        occFirst[k][o] = (int) start[1];
        occLast[k][o] = (int) start[1] + passage.components().length - 1;
      }
      boolean allExact = true;
      boolean allNotes = true;
      double min = 1;
      for (int c : passage.components()) {
        List<Integer> list = members.get(c);
        UnitFingerprint reference = units[list.get(0)];
        allNotes &= notes(list, units);
        for (int i : list) {
          if (!units[i].sameKey(reference)) {
            allExact = false;
            min = Math.min(min, units[i].estimate(reference));
          }
        }
      }
      exact[k] = allExact;
      notes[k] = allNotes;
      similarity[k] = min;
      int distinct = 0;
      int last = -1;
      for (int d : occDoc[k]) {
        if (d != last) {
          distinct++;
          last = d;
        }
      }
      distinctDocs[k] = distinct;
    }
    // Occurrence lengths in code points.
    long[][] occLength = new long[p][];
    for (int k = 0; k < p; k++) {
      occLength[k] = new long[occDoc[k].length];
      for (int o = 0; o < occDoc[k].length; o++) {
        List<UnitFingerprint> list = docs.get(occDoc[k][o]).fingerprint().units();
        occLength[k][o] = list.get(occLast[k][o]).end() - list.get(occFirst[k][o]).start();
      }
    }
    // Groups of related documents, then labels; twice, the second time without boilerplate. Notes
    // are boilerplate from the start: formulae relate no documents.
    boolean[] boilerplate = notes.clone();
    for (int round = 0; round < 2; round++) {
      Map<Long, long[]> pairs = pairs(docs.size(), occDoc, occLength, distinctDocs, boilerplate);
      UnionFind groups = new UnionFind(docs.size());
      for (Map.Entry<Long, long[]> pair : pairs.entrySet()) {
        int a = (int) (pair.getKey() >>> 32);
        int b = (int) (long) pair.getKey();
        long[] shared = pair.getValue();
        if (shared[2] >= 2
            && (shared[0] >= RELATED * docs.get(a).unitLength()
                || shared[1] >= RELATED * docs.get(b).unitLength())) {
          groups.union(a, b);
        }
      }
      boolean[] next = new boolean[p];
      for (int k = 0; k < p; k++) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int d : occDoc[k]) {
          seen.add(groups.find(d));
        }
        next[k] = notes[k] || seen.size() >= options.boilerplateGroups();
      }
      boilerplate = next;
    }
    List<DocumentPair> topPairs = topPairs(docs, occDoc, occLength, distinctDocs, boilerplate);

    // Texts: line and column of every occurrence, the first occurrence's text.
    List<List<int[]>> byDoc = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      byDoc.add(new ArrayList<>());
    }
    for (int k = 0; k < p; k++) {
      for (int o = 0; o < occDoc[k].length; o++) {
        byDoc.get(occDoc[k][o]).add(new int[] {k, o});
      }
    }
    Occurrence[][] occurrences = new Occurrence[p][];
    String[] texts = new String[p];
    for (int k = 0; k < p; k++) {
      occurrences[k] = new Occurrence[occDoc[k].length];
    }
    try {
      StoredFields stored = reader.storedFields();
      for (int d = 0; d < docs.size(); d++) {
        if (byDoc.get(d).isEmpty()) {
          continue;
        }
        SourceText text = StoredDocument.text(stored, docs.get(d).docId());
        List<UnitFingerprint> list = docs.get(d).fingerprint().units();
        for (int[] ko : byDoc.get(d)) {
          int k = ko[0];
          int o = ko[1];
          UnitFingerprint first = list.get(occFirst[k][o]);
          UnitFingerprint last = list.get(occLast[k][o]);
          occurrences[k][o] =
              new Occurrence(
                  text.name(),
                  first.start(),
                  last.end(),
                  text.sourceMap().location(first.start()),
                  text.sourceMap().location(last.end()),
                  first.sectionPath());
          if (o == 0) {
            texts[k] = text.substring(first.start(), last.end());
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<ReuseCluster> clusters = new ArrayList<>();
    for (int k = 0; k < p; k++) {
      clusters.add(
          new ReuseCluster(
              exact[k] ? ReuseCluster.Kind.EXACT : ReuseCluster.Kind.NEAR,
              boilerplate[k] ? ReuseLabel.BOILERPLATE : ReuseLabel.REUSE,
              occurrences[k][0].end() - occurrences[k][0].start(),
              distinctDocs[k],
              similarity[k],
              texts[k],
              Arrays.asList(occurrences[k])));
    }
    clusters.sort(
        Comparator.comparingInt((ReuseCluster c) -> -c.documents())
            .thenComparingInt(c -> -c.length())
            .thenComparing(c -> c.occurrences().get(0)));
    return new ReuseReport(options, docs.size(), n, clusters, topPairs);
  }

  /**
   * Per pair of documents {@code (a < b)}: the code points each has in passages they share, and the
   * number of those passages.
   */
  private static Map<Long, long[]> pairs(
      int documents, int[][] occDoc, long[][] occLength, int[] distinctDocs, boolean[] skip) {
    Map<Long, long[]> pairs = new HashMap<>();
    for (int k = 0; k < occDoc.length; k++) {
      if (skip[k] || distinctDocs[k] > PAIR_CAP) {
        continue;
      }
      // Per document, the length of its occurrences of this passage.
      List<Integer> ds = new ArrayList<>();
      List<Long> lengths = new ArrayList<>();
      for (int o = 0; o < occDoc[k].length; o++) {
        int d = occDoc[k][o];
        if (!ds.isEmpty() && ds.get(ds.size() - 1) == d) {
          lengths.set(lengths.size() - 1, lengths.get(lengths.size() - 1) + occLength[k][o]);
        } else {
          ds.add(d);
          lengths.add(occLength[k][o]);
        }
      }
      for (int i = 0; i < ds.size(); i++) {
        for (int j = i + 1; j < ds.size(); j++) {
          long[] shared =
              pairs.computeIfAbsent(((long) ds.get(i) << 32) | ds.get(j), x -> new long[3]);
          shared[0] += lengths.get(i);
          shared[1] += lengths.get(j);
          shared[2]++;
        }
      }
    }
    return pairs;
  }

  private List<DocumentPair> topPairs(
      List<Doc> docs,
      int[][] occDoc,
      long[][] occLength,
      int[] distinctDocs,
      boolean[] boilerplate) {
    Map<Long, long[]> pairs = pairs(docs.size(), occDoc, occLength, distinctDocs, boilerplate);
    List<DocumentPair> all = new ArrayList<>();
    for (Map.Entry<Long, long[]> pair : pairs.entrySet()) {
      Doc a = docs.get((int) (pair.getKey() >>> 32));
      Doc b = docs.get((int) (long) pair.getKey());
      long[] shared = pair.getValue();
      all.add(
          new DocumentPair(
              a.fingerprint().name(),
              b.fingerprint().name(),
              shared[0],
              Math.min(1.0, share(shared[0], a.unitLength())),
              Math.min(1.0, share(shared[1], b.unitLength()))));
    }
    all.sort(
        Comparator.comparingLong((DocumentPair x) -> -x.sharedLength())
            .thenComparing(DocumentPair::left)
            .thenComparing(DocumentPair::right));
    return all.subList(0, Math.min(options.maxPairs(), all.size()));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /**
   * Disjoint sets; the root of a set is its smallest member. The library's duplicate finder has the
   * same twenty lines, but inside its engine, which this module cannot see; exporting them would
   * add a public type to the library for a textbook structure, so each keeps its own.
   */
  static final class UnionFind {
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
