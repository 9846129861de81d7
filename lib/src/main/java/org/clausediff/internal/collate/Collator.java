package org.clausediff.internal.collate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clausediff.collate.CollateOptions;
import org.clausediff.collate.Collation;
import org.clausediff.compare.Edit;
import org.clausediff.compare.InlineDiff;
import org.clausediff.compare.Link;
import org.clausediff.internal.align.Alignment;
import org.clausediff.internal.align.ClauseAligner;
import org.clausediff.internal.diff.InlineDiffer;
import org.clausediff.internal.segment.SegmentedText;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * Collates one original (or none) and several versions of a document, from their pairwise
 * alignments ({@link ClauseAligner}).
 *
 * <p><b>With an original</b>, the original is aligned with each version: each of the original's
 * units (sections, items, sub-items, and units of the aligned level) gets one cell per version —
 * kept, modified, moved or absent, with the link's op and similarity. What a version has that the
 * original lacks (its added structural units, and its added sentences outside them) are its
 * additions; the versions are also aligned with each other, and additions linked across versions
 * are grouped.
 *
 * <p><b>Without an original</b>, every pair of versions is aligned. Corresponding units are
 * gathered into clusters, at most one unit per version: the pairwise links are taken best first and
 * two clusters join only when they have no version in common. Structural units (linked by their
 * sentence links, the TF-IDF cosine of their text and their titles — so paraphrased items still
 * find each other) and sentences are clustered separately. A structural cluster with units in at
 * least {@code k} versions is core; core units are ordered by the relative position (start /
 * length) of the unit of the version present in most of them, or by the median relative position of
 * their units where that version has none. Each core sentence cluster goes to the innermost core
 * unit that holds most of its sentences. A sentence of fewer than {@code k} versions inside a core
 * unit is that version's own sentence there (a deviation); a structural unit of fewer than {@code
 * k} versions, and such a sentence outside every structural unit, is an addition.
 *
 * <p>Cost: {@code n(n − 1)/2} pairwise alignments for {@code n} versions (plus {@code n} with an
 * original), each as {@link ClauseAligner#align}; clustering is {@code O(e log e)} in the links.
 * Immutable and thread-safe; starts no threads.
 */
public final class Collator {
  private final CollateOptions options;

  private Collator(CollateOptions options) {
    this.options = options;
  }

  /** A collator with {@code options}. */
  public static Collator of(CollateOptions options) {
    return new Collator(checkNotNull(options, "options"));
  }

  /** A collator with {@link CollateOptions#defaults()}. */
  public static Collator defaults() {
    return of(CollateOptions.defaults());
  }

  /**
   * Collates {@code versions} against {@code original}, or among themselves when there is none,
   * from their pairwise alignments.
   *
   * @param fromOriginal the alignment of the original with each version, in order; empty without an
   *     original
   * @param pairs {@code pairs[a][b]} for {@code a < b} aligns version {@code a} with version {@code
   *     b}
   * @throws IllegalArgumentException with an original and no version, without one and fewer than
   *     two versions, or when {@link CollateOptions#minVersions()} exceeds the number of versions
   */
  public Collation collate(
      Optional<SegmentedText> original,
      List<SegmentedText> versions,
      Alignment[] fromOriginal,
      Alignment[][] pairs) {
    checkNotNull(original, "original");
    List<SegmentedText> all = List.copyOf(versions);
    int n = all.size();
    checkArgument(
        original.isPresent() ? n >= 1 : n >= 2,
        "collation needs %s but got %s",
        original.isPresent() ? "at least one version" : "at least two versions",
        n);
    checkArgument(
        fromOriginal.length == (original.isPresent() ? n : 0) && pairs.length == n,
        "alignments do not match the versions");
    int k = options.minVersions(n);
    List<Document> documents = all.stream().map(SegmentedText::document).toList();
    Run run = new Run(documents, pairs, k);
    if (original.isPresent()) {
      return run.againstOriginal(original.get().document(), fromOriginal);
    }
    return run.withoutOriginal();
  }

  /** The state of one collation. */
  private final class Run {
    private final List<Document> documents;
    private final Alignment[][] pairs;
    private final int k;
    private final int n;
    private final Map<Long, Link>[][] linksByUnits;

    @SuppressWarnings("unchecked")
    Run(List<Document> documents, Alignment[][] pairs, int k) {
      this.documents = documents;
      this.pairs = pairs;
      this.k = k;
      this.n = documents.size();
      this.linksByUnits = new Map[n][n];
    }

    Collation againstOriginal(Document original, Alignment[] fromOriginal) {
      List<Map<Integer, Link>> byLeftUnit = new ArrayList<>();
      for (Alignment alignment : fromOriginal) {
        Map<Integer, Link> map = new HashMap<>();
        for (Link link : alignment.structuralLinks()) {
          link.leftUnits().forEach(u -> map.put(u.index(), link));
        }
        for (Link link : alignment.links()) {
          link.leftUnits().forEach(u -> map.put(u.index(), link));
        }
        byLeftUnit.add(map);
      }
      List<Collation.Row> rows = new ArrayList<>();
      for (Unit unit : original.units()) {
        if (!unit.kind().isStructural() && unit.kind() != options.compare().level()) {
          continue;
        }
        List<Collation.Cell> cells = new ArrayList<>();
        for (int v = 0; v < n; v++) {
          cells.add(Collation.Cell.of(Optional.ofNullable(byLeftUnit.get(v).get(unit.index()))));
        }
        rows.add(new Collation.Row(unit, cells));
      }
      // What each version added: whole structural units, and level units outside them.
      List<List<Unit>> added = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        List<Unit> units = new ArrayList<>(fromOriginal[v].addedStructure());
        for (Unit unit : fromOriginal[v].added()) {
          if (!inside(unit, fromOriginal[v].addedStructure())) {
            units.add(unit);
          }
        }
        units.sort(Comparator.comparingInt((Unit u) -> u.span().start()).thenComparing(Unit::kind));
        added.add(units);
      }
      Clusters clusters = clusters();
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          for (Link link : allLinks(pairs[a][b])) {
            addEdges(clusters, a, b, link);
          }
        }
      }
      clusters.join();
      List<Collation.Addition> additions = new ArrayList<>();
      for (List<Optional<Unit>> cluster : clusters.clusters(added)) {
        additions.add(new Collation.Addition(cluster));
      }
      sortAdditions(additions);
      return new Collation(
          Optional.of(original), documents, k, rows, List.of(), List.of(), additions);
    }

    Collation withoutOriginal() {
      Clusters structure = clusters();
      Clusters sentences = clusters();
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          for (Link link : pairs[a][b].structuralLinks()) {
            addEdges(structure, a, b, link);
          }
          for (Link link : pairs[a][b].links()) {
            addEdges(sentences, a, b, link);
          }
        }
      }
      structure.join();
      sentences.join();
      List<List<Unit>> structural = new ArrayList<>();
      List<List<Unit>> level = new ArrayList<>();
      for (Document document : documents) {
        structural.add(document.structuralUnits());
        level.add(document.units(options.compare().level()));
      }
      List<List<Optional<Unit>>> core = new ArrayList<>();
      List<Collation.Addition> additions = new ArrayList<>();
      for (List<Optional<Unit>> cluster : structure.clusters(structural)) {
        if (shared(cluster) >= k) {
          core.add(cluster);
        } else {
          additions.add(new Collation.Addition(cluster));
        }
      }
      sortByConsensus(core);
      // Which core unit (or addition) each structural unit of each version is.
      List<Map<Integer, Integer>> coreOf = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        coreOf.add(new HashMap<>());
      }
      for (int c = 0; c < core.size(); c++) {
        for (int v = 0; v < n; v++) {
          Optional<Unit> unit = core.get(c).get(v);
          if (unit.isPresent()) {
            coreOf.get(v).put(unit.get().index(), c);
          }
        }
      }
      List<List<List<Optional<Unit>>>> coreSentences = new ArrayList<>();
      List<List<List<Unit>>> own = new ArrayList<>();
      for (int c = 0; c < core.size(); c++) {
        coreSentences.add(new ArrayList<>());
        List<List<Unit>> perVersion = new ArrayList<>();
        for (int v = 0; v < n; v++) {
          perVersion.add(new ArrayList<>());
        }
        own.add(perVersion);
      }
      List<List<Optional<Unit>>> loose = new ArrayList<>();
      for (List<Optional<Unit>> cluster : sentences.clusters(level)) {
        if (shared(cluster) >= k) {
          int[] votes = new int[core.size() + 1];
          for (int v = 0; v < n; v++) {
            if (cluster.get(v).isPresent()) {
              votes[innermostCore(v, cluster.get(v).get(), coreOf) + 1]++;
            }
          }
          int best = 0;
          for (int e = 1; e < votes.length; e++) {
            if (votes[e] > votes[best]) {
              best = e;
            }
          }
          (best == 0 ? loose : coreSentences.get(best - 1)).add(cluster);
          continue;
        }
        List<Optional<Unit>> outside = new ArrayList<>();
        for (int v = 0; v < n; v++) {
          outside.add(Optional.empty());
          if (cluster.get(v).isEmpty()) {
            continue;
          }
          Unit unit = cluster.get(v).get();
          Optional<Unit> container = innermostStructural(v, unit);
          if (container.isEmpty()) {
            outside.set(v, Optional.of(unit));
          } else if (coreOf.get(v).containsKey(container.get().index())) {
            own.get(coreOf.get(v).get(container.get().index())).get(v).add(unit);
          }
        }
        if (outside.stream().anyMatch(Optional::isPresent)) {
          additions.add(new Collation.Addition(outside));
        }
      }
      List<Collation.CoreUnit> coreUnits = new ArrayList<>();
      for (int c = 0; c < core.size(); c++) {
        List<List<Optional<Unit>>> inside = coreSentences.get(c);
        sortByConsensus(inside);
        List<Collation.CoreSentence> shared = inside.stream().map(this::coreSentence).toList();
        for (List<Unit> units : own.get(c)) {
          units.sort(Comparator.comparingInt(u -> u.span().start()));
        }
        coreUnits.add(coreUnit(core.get(c), shared, own.get(c)));
      }
      sortByConsensus(loose);
      sortAdditions(additions);
      return new Collation(
          Optional.empty(),
          documents,
          k,
          List.of(),
          coreUnits,
          loose.stream().map(this::coreSentence).toList(),
          additions);
    }

    private Clusters clusters() {
      int[] counts = new int[n];
      for (int v = 0; v < n; v++) {
        counts[v] = documents.get(v).units().size();
      }
      return new Clusters(counts);
    }

    private void addEdges(Clusters clusters, int a, int b, Link link) {
      for (Unit left : link.leftUnits()) {
        for (Unit right : link.rightUnits()) {
          clusters.add(new Clusters.Edge(a, left, b, right, link.similarity().value()));
        }
      }
    }

    private static List<Link> allLinks(Alignment alignment) {
      List<Link> links = new ArrayList<>(alignment.structuralLinks());
      links.addAll(alignment.links());
      return links;
    }

    private void sortAdditions(List<Collation.Addition> additions) {
      additions.sort(
          Comparator.comparingInt(Collation.Addition::firstVersion)
              .thenComparingInt(a -> a.firstUnit().span().start())
              .thenComparing(a -> a.firstUnit().kind()));
    }

    private int shared(List<Optional<Unit>> cluster) {
      return (int) cluster.stream().filter(Optional::isPresent).count();
    }

    /**
     * Sorts clusters into a reconstructed order: by the relative position (start / length) of the
     * unit of the version present in most of them (the pivot), or, for a cluster without the pivot,
     * by the median relative position of its units; ties by the order given.
     */
    private void sortByConsensus(List<List<Optional<Unit>>> clusters) {
      int[] present = new int[n];
      for (List<Optional<Unit>> cluster : clusters) {
        for (int v = 0; v < n; v++) {
          present[v] += cluster.get(v).isPresent() ? 1 : 0;
        }
      }
      int pivot = 0;
      for (int v = 1; v < n; v++) {
        if (present[v] > present[pivot]) {
          pivot = v;
        }
      }
      int p = pivot;
      clusters.sort(
          Comparator.comparingDouble(
              c -> c.get(p).isPresent() ? relativePosition(p, c.get(p).get()) : medianPosition(c)));
    }

    private double relativePosition(int v, Unit unit) {
      return (double) unit.span().start() / Math.max(1, documents.get(v).source().length());
    }

    /**
     * The median of the units' starts relative to their documents' lengths (the mean of the two
     * middle ones for an even count): one version's displaced unit does not move the rest.
     */
    private double medianPosition(List<Optional<Unit>> cluster) {
      List<Double> positions = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        if (cluster.get(v).isPresent()) {
          positions.add(relativePosition(v, cluster.get(v).get()));
        }
      }
      positions.sort(null);
      int size = positions.size();
      return (positions.get((size - 1) / 2) + positions.get(size / 2)) / 2;
    }

    /** The core unit that holds {@code unit} most closely, or -1. */
    private int innermostCore(int v, Unit unit, List<Map<Integer, Integer>> coreOf) {
      List<Unit> ancestors = documents.get(v).ancestors(unit);
      for (int i = ancestors.size() - 1; i >= 0; i--) {
        Integer entry = coreOf.get(v).get(ancestors.get(i).index());
        if (entry != null) {
          return entry;
        }
      }
      return -1;
    }

    private Optional<Unit> innermostStructural(int v, Unit unit) {
      List<Unit> ancestors = documents.get(v).ancestors(unit);
      for (int i = ancestors.size() - 1; i >= 0; i--) {
        if (ancestors.get(i).kind().isStructural()) {
          return Optional.of(ancestors.get(i));
        }
      }
      return Optional.empty();
    }

    /** The link between units of versions {@code a} and {@code b}, if they are linked directly. */
    private Optional<Link> directLink(int a, Unit ua, int b, Unit ub) {
      boolean swapped = a > b;
      int l = swapped ? b : a;
      int r = swapped ? a : b;
      if (linksByUnits[l][r] == null) {
        Map<Long, Link> map = new HashMap<>();
        for (Link link : allLinks(pairs[l][r])) {
          for (Unit left : link.leftUnits()) {
            for (Unit right : link.rightUnits()) {
              map.put(key(left, right), link);
            }
          }
        }
        linksByUnits[l][r] = map;
      }
      return Optional.ofNullable(linksByUnits[l][r].get(swapped ? key(ub, ua) : key(ua, ub)));
    }

    private static long key(Unit left, Unit right) {
      return ((long) left.index() << 32) | right.index();
    }

    private int reference(List<Optional<Unit>> cluster, double[][] similarity) {
      int best = -1;
      double bestSum = -1;
      for (int v = 0; v < n; v++) {
        if (cluster.get(v).isEmpty()) {
          continue;
        }
        double sum = 0;
        for (int w = 0; w < n; w++) {
          if (w != v && cluster.get(w).isPresent()) {
            sum += similarity[v][w];
          }
        }
        if (sum > bestSum) {
          best = v;
          bestSum = sum;
        }
      }
      return best;
    }

    private Collation.CoreUnit coreUnit(
        List<Optional<Unit>> cluster,
        List<Collation.CoreSentence> sentences,
        List<List<Unit>> own) {
      double[][] similarity = new double[n][n];
      boolean[][] linked = new boolean[n][n];
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (cluster.get(a).isPresent() && cluster.get(b).isPresent()) {
            Optional<Link> link = directLink(a, cluster.get(a).get(), b, cluster.get(b).get());
            if (link.isPresent()) {
              similarity[a][b] = similarity[b][a] = link.get().similarity().value();
              linked[a][b] = linked[b][a] = true;
            }
          }
        }
      }
      int reference = reference(cluster, similarity);
      List<OptionalDouble> toReference = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        toReference.add(
            v == reference
                ? OptionalDouble.of(1.0)
                : linked[reference][v]
                    ? OptionalDouble.of(similarity[reference][v])
                    : OptionalDouble.empty());
      }
      return new Collation.CoreUnit(cluster, reference, toReference, sentences, own);
    }

    private Collation.CoreSentence coreSentence(List<Optional<Unit>> cluster) {
      double[][] similarity = new double[n][n];
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (cluster.get(a).isPresent() && cluster.get(b).isPresent()) {
            similarity[a][b] =
                similarity[b][a] = score(a, cluster.get(a).get(), b, cluster.get(b).get());
          }
        }
      }
      int reference = reference(cluster, similarity);
      List<OptionalDouble> toReference = new ArrayList<>();
      List<InlineDiff> diffs = new ArrayList<>();
      Unit ref = cluster.get(reference).get();
      for (int v = 0; v < n; v++) {
        if (cluster.get(v).isEmpty()) {
          toReference.add(OptionalDouble.empty());
          diffs.add(InlineDiff.none());
        } else if (v == reference) {
          toReference.add(OptionalDouble.of(1.0));
          diffs.add(InlineDiff.none());
        } else {
          toReference.add(OptionalDouble.of(similarity[reference][v]));
          diffs.add(
              similarity[reference][v] == 1.0
                  ? InlineDiff.none()
                  : diff(reference, ref, v, cluster.get(v).get()));
        }
      }
      return new Collation.CoreSentence(cluster, reference, toReference, diffs);
    }

    private double score(int a, Unit ua, int b, Unit ub) {
      Optional<Link> link = directLink(a, ua, b, ub);
      if (link.isPresent()) {
        return link.get().similarity().value();
      }
      boolean swapped = a > b;
      UnitKeys.Pair keys = (swapped ? pairs[b][a] : pairs[a][b]).keys();
      int p = keys.left().positionOf(swapped ? ub : ua);
      int q = keys.right().positionOf(swapped ? ua : ub);
      return KeyScorer.of(keys).score(p, p + 1, q, q + 1).value();
    }

    /** The character diff from unit {@code ua} of version {@code a} to {@code ub} of {@code b}. */
    private InlineDiff diff(int a, Unit ua, int b, Unit ub) {
      boolean swapped = a > b;
      UnitKeys.Pair keys = (swapped ? pairs[b][a] : pairs[a][b]).keys();
      int p = keys.left().positionOf(swapped ? ub : ua);
      int q = keys.right().positionOf(swapped ? ua : ub);
      InlineDiff diff = differ.diff(keys.left(), p, p + 1, keys.right(), q, q + 1);
      if (!swapped) {
        return diff;
      }
      List<Edit> mirrored = new ArrayList<>();
      for (Edit edit : diff.edits()) {
        mirrored.add(mirror(edit));
      }
      return new InlineDiff(mirrored, diff.truncated());
    }
  }

  private final InlineDiffer differ = InlineDiffer.defaults();

  private static Edit mirror(Edit edit) {
    if (edit instanceof Edit.Equal e) {
      return new Edit.Equal(e.right(), e.left());
    }
    if (edit instanceof Edit.Insert e) {
      return new Edit.Delete(e.right(), e.left());
    }
    if (edit instanceof Edit.Delete e) {
      return new Edit.Insert(e.right(), e.left());
    }
    if (edit instanceof Edit.Replace e) {
      return new Edit.Replace(e.right(), e.left());
    }
    throw new AssertionError(edit);
  }

  private static boolean inside(Unit unit, List<Unit> containers) {
    for (Unit container : containers) {
      if (container.span().encloses(unit.span())) {
        return true;
      }
    }
    return false;
  }
}
