package org.clausediff.internal.collate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clausediff.collate.Collation;
import org.clausediff.compare.InlineDiff;
import org.clausediff.compare.Link;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.text.Span;

/**
 * Measures the members of a core cluster against one another: picks the reference (the member most
 * similar to the rest) and gives each member's similarity to it, for sentences the character diff
 * from it, and the {@link Consensus} of their wordings (titles of units, sentences without their
 * heading labels) with each member's similarity to it. Not thread-safe (it shares {@link
 * VersionPairs}' caches).
 */
final class CoreSimilarities {
  private final List<Document> documents;
  private final VersionPairs pairs;
  private final int k;
  private final int n;

  /**
   * @param k the number of versions that must share a code point for the consensus to keep it
   */
  CoreSimilarities(List<Document> documents, VersionPairs pairs, int k) {
    this.documents = List.copyOf(documents);
    this.pairs = pairs;
    this.k = k;
    this.n = pairs.versions();
  }

  /**
   * The core unit of the structural {@code cluster}: its members are compared by their direct
   * structural links (a member linked to the reference only through a third version has no
   * similarity).
   */
  Collation.CoreUnit coreUnit(
      UnitCluster cluster, List<Collation.CoreSentence> sentences, List<List<Unit>> own) {
    double[][] similarity = new double[n][n];
    boolean[][] linked = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (cluster.has(a) && cluster.has(b)) {
          Optional<Link> link =
              pairs.directLink(a, cluster.unit(a).orElseThrow(), b, cluster.unit(b).orElseThrow());
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
    List<Optional<String>> titles = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      titles.add(cluster.unit(v).map(Unit::title));
    }
    Consensus consensus = Consensus.of(titles, reference, Math.min(k, cluster.shared()));
    return new Collation.CoreUnit(
        cluster.units(),
        reference,
        toReference,
        sentences,
        own,
        consensus.text(),
        consensus.similarity());
  }

  /**
   * The core sentence of {@code cluster}: every two members are scored (by their link, or by their
   * keys when not linked directly), and each differs from the reference by a character diff.
   */
  Collation.CoreSentence coreSentence(UnitCluster cluster) {
    double[][] similarity = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (cluster.has(a) && cluster.has(b)) {
          similarity[a][b] =
              similarity[b][a] =
                  pairs.score(a, cluster.unit(a).orElseThrow(), b, cluster.unit(b).orElseThrow());
        }
      }
    }
    int reference = reference(cluster, similarity);
    List<OptionalDouble> toReference = new ArrayList<>();
    List<InlineDiff> diffs = new ArrayList<>();
    Unit ref = cluster.unit(reference).orElseThrow();
    for (int v = 0; v < n; v++) {
      if (!cluster.has(v)) {
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
                : pairs.diff(reference, ref, v, cluster.unit(v).orElseThrow()));
      }
    }
    List<Optional<String>> wordings = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      int version = v;
      wordings.add(cluster.unit(v).map(unit -> withoutLabel(documents.get(version), unit)));
    }
    Consensus consensus = Consensus.of(wordings, reference, Math.min(k, cluster.shared()));
    return new Collation.CoreSentence(
        cluster.units(), reference, toReference, diffs, consensus.text(), consensus.similarity());
  }

  /**
   * The text of {@code unit}, without the label of a heading it starts with: the numbering changes
   * from version to version and is no part of the wording.
   */
  static String withoutLabel(Document document, Unit unit) {
    int start = unit.span().start();
    for (Unit ancestor : document.ancestors(unit)) {
      if (ancestor.heading().isPresent()) {
        Span label = ancestor.heading().get().labelSpan();
        if (label.start() == unit.span().start() && label.end() <= unit.span().end()) {
          start = Math.max(start, label.end());
        }
      }
    }
    return document.source().substring(Span.of(start, unit.span().end())).strip();
  }

  /** The member whose summed similarity to the others is highest; the first such on a tie. */
  private int reference(UnitCluster cluster, double[][] similarity) {
    int best = 0;
    while (!cluster.has(best)) {
      best++;
    }
    double bestSum = sumTo(best, cluster, similarity);
    for (int v = best + 1; v < n; v++) {
      if (cluster.has(v)) {
        double sum = sumTo(v, cluster, similarity);
        if (sum > bestSum) {
          best = v;
          bestSum = sum;
        }
      }
    }
    return best;
  }

  private double sumTo(int v, UnitCluster cluster, double[][] similarity) {
    double sum = 0;
    for (int w = 0; w < n; w++) {
      if (w != v && cluster.has(w)) {
        sum += similarity[v][w];
      }
    }
    return sum;
  }
}
