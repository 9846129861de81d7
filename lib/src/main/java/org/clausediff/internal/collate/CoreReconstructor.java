package org.clausediff.internal.collate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.clausediff.collate.Collation;
import org.clausediff.compare.Link;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;

/**
 * Reconstructs the common core of several versions collated without an original.
 *
 * <p>Corresponding units are gathered into clusters, at most one unit per version ({@link
 * Clusters}). Structural units (linked by their sentence links, the TF-IDF cosine of their text and
 * their titles — so paraphrased items still find each other) and sentences are clustered
 * separately. A structural cluster with units in at least {@code k} versions is core, put into
 * {@link ConsensusOrder}. Each core sentence cluster goes to the innermost core unit that holds
 * most of its sentences (or, when most are in none, to the loose core). A sentence of fewer than
 * {@code k} versions inside a core unit is that version's own sentence there (a deviation); a
 * structural unit of fewer than {@code k} versions, and such a sentence outside every structural
 * unit, is an addition, of the kind {@link AdditionKinds} tells. Not thread-safe; used for one
 * collation.
 */
final class CoreReconstructor {
  private final List<Document> documents;
  private final VersionPairs pairs;
  private final int k;
  private final UnitKind level;
  private final int n;
  private final ConsensusOrder order;
  private final CoreSimilarities similarities;
  private final List<List<Double>> versionSimilarity;

  /**
   * @param documents the versions
   * @param pairs their pairwise alignments
   * @param k the number of versions that must share a unit for it to be core
   * @param level the kind of the units the alignments link besides structural ones
   * @param versionSimilarity the similarity of every two versions
   */
  CoreReconstructor(
      List<Document> documents,
      VersionPairs pairs,
      int k,
      UnitKind level,
      List<List<Double>> versionSimilarity) {
    this.versionSimilarity = versionSimilarity;
    this.documents = List.copyOf(documents);
    this.pairs = pairs;
    this.k = k;
    this.level = level;
    this.n = documents.size();
    this.order = new ConsensusOrder(documents);
    this.similarities = new CoreSimilarities(documents, pairs, k);
  }

  /** A core unit being built: its cluster, the shared sentences in it and each version's own. */
  private static final class Draft {
    final UnitCluster cluster;
    final List<UnitCluster> sentences = new ArrayList<>();
    final List<List<Unit>> own = new ArrayList<>();

    Draft(UnitCluster cluster) {
      this.cluster = cluster;
      for (int v = 0; v < cluster.size(); v++) {
        own.add(new ArrayList<>());
      }
    }
  }

  Collation.Reconstructed reconstruct() {
    Clusters structure = Clusters.over(documents);
    Clusters sentences = Clusters.over(documents);
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        for (Link link : pairs.alignment(a, b).structuralLinks()) {
          structure.add(a, b, link);
        }
        for (Link link : pairs.alignment(a, b).links()) {
          sentences.add(a, b, link);
        }
      }
    }
    structure.join();
    sentences.join();
    List<UnitCluster> core = new ArrayList<>();
    List<UnitCluster> added = new ArrayList<>();
    for (UnitCluster cluster :
        structure.clusters(documents.stream().map(Document::structuralUnits).toList())) {
      if (cluster.shared() >= k) {
        core.add(cluster);
      } else {
        added.add(cluster);
      }
    }
    order.sort(core);
    List<Draft> drafts = core.stream().map(Draft::new).toList();
    List<Map<Integer, Integer>> coreOf = coreOf(core);
    List<UnitCluster> loose = new ArrayList<>();
    for (UnitCluster cluster :
        sentences.clusters(documents.stream().map(d -> d.units(level)).toList())) {
      if (cluster.shared() >= k) {
        OptionalInt home = home(cluster, coreOf);
        (home.isPresent() ? drafts.get(home.getAsInt()).sentences : loose).add(cluster);
        continue;
      }
      List<Optional<Unit>> outside = new ArrayList<>(Collections.nCopies(n, Optional.empty()));
      for (int v = 0; v < n; v++) {
        if (cluster.has(v)) {
          Unit unit = cluster.unit(v).orElseThrow();
          Optional<Unit> container = innermostStructural(v, unit);
          if (container.isEmpty()) {
            outside.set(v, Optional.of(unit));
          } else if (coreOf.get(v).containsKey(container.get().index())) {
            drafts.get(coreOf.get(v).get(container.get().index())).own.get(v).add(unit);
          }
        }
      }
      if (outside.stream().anyMatch(Optional::isPresent)) {
        added.add(new UnitCluster(outside));
      }
    }
    List<Collation.CoreUnit> coreUnits = new ArrayList<>();
    for (Draft draft : drafts) {
      order.sort(draft.sentences);
      List<Collation.CoreSentence> shared =
          draft.sentences.stream().map(similarities::coreSentence).toList();
      for (List<Unit> units : draft.own) {
        units.sort(Comparator.comparingInt(u -> u.span().start()));
      }
      coreUnits.add(similarities.coreUnit(draft.cluster, shared, draft.own));
    }
    order.sort(loose);
    List<UnitCluster> coreRows = new ArrayList<>(core);
    drafts.forEach(draft -> coreRows.addAll(draft.sentences));
    coreRows.addAll(loose);
    AdditionKinds kinds = new AdditionKinds(documents, pairs, level, coreRows);
    List<Collation.Addition> additions = new ArrayList<>();
    for (UnitCluster cluster : added) {
      additions.add(kinds.addition(cluster));
    }
    Additions.sort(additions);
    return new Collation.Reconstructed(
        documents,
        k,
        coreUnits,
        loose.stream().map(similarities::coreSentence).toList(),
        additions,
        versionSimilarity);
  }

  /** For each version, the position in {@code core} of each of its core units, by unit index. */
  private List<Map<Integer, Integer>> coreOf(List<UnitCluster> core) {
    List<Map<Integer, Integer>> coreOf = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      Map<Integer, Integer> positions = new HashMap<>();
      for (int c = 0; c < core.size(); c++) {
        int position = c;
        core.get(c).unit(v).ifPresent(unit -> positions.put(unit.index(), position));
      }
      coreOf.add(positions);
    }
    return coreOf;
  }

  /**
   * The core unit that holds most of the sentences of {@code cluster} (each in its innermost core
   * unit); empty when more of them lie in no core unit. Ties go to no core unit, then to the
   * earlier core unit.
   */
  private OptionalInt home(UnitCluster cluster, List<Map<Integer, Integer>> coreOf) {
    Map<Integer, Integer> votes = new HashMap<>();
    int outside = 0;
    for (int v = 0; v < n; v++) {
      if (cluster.has(v)) {
        OptionalInt c = innermostCore(v, cluster.unit(v).orElseThrow(), coreOf);
        if (c.isPresent()) {
          votes.merge(c.getAsInt(), 1, Integer::sum);
        } else {
          outside++;
        }
      }
    }
    OptionalInt best = OptionalInt.empty();
    int bestVotes = outside;
    for (Map.Entry<Integer, Integer> vote : new TreeMap<>(votes).entrySet()) {
      if (vote.getValue() > bestVotes) {
        best = OptionalInt.of(vote.getKey());
        bestVotes = vote.getValue();
      }
    }
    return best;
  }

  /** The core unit that holds {@code unit} of version {@code v} most closely, if any does. */
  private OptionalInt innermostCore(int v, Unit unit, List<Map<Integer, Integer>> coreOf) {
    List<Unit> ancestors = documents.get(v).ancestors(unit);
    for (int i = ancestors.size() - 1; i >= 0; i--) {
      Integer entry = coreOf.get(v).get(ancestors.get(i).index());
      if (entry != null) {
        return OptionalInt.of(entry);
      }
    }
    return OptionalInt.empty();
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
}
