package org.clausediff.internal.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausediff.collate.Collation;
import org.clausediff.compare.Link;
import org.clausediff.internal.align.Alignment;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;

/**
 * Collates versions against an original: each of the original's units (sections, items, sub-items,
 * and units of the aligned level) gets one cell per version — kept, modified, moved or absent, with
 * the link's op and similarity. What a version has that the original lacks (its added structural
 * units, and its added sentences outside them) are its additions; additions linked across versions
 * (by the versions' pairwise alignments) are grouped. Not thread-safe; used for one collation.
 */
final class MatrixCollator {
  private final List<Document> documents;
  private final VersionPairs pairs;
  private final int k;
  private final UnitKind level;
  private final List<List<Double>> versionSimilarity;

  /**
   * @param documents the versions
   * @param pairs their pairwise alignments
   * @param k the number of versions that must share a unit for it to be core
   * @param level the kind of the units the alignments link besides structural ones
   * @param versionSimilarity the similarity of every two versions
   */
  MatrixCollator(
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
  }

  /**
   * @param fromOriginal the alignment of the original with each version, in order
   */
  Collation.AgainstOriginal collate(Document original, List<Alignment> fromOriginal) {
    List<Collation.Row> rows = new ArrayList<>();
    List<Map<Integer, Link>> byOriginalUnit =
        fromOriginal.stream().map(MatrixCollator::byLeftUnit).toList();
    for (Unit unit : original.units()) {
      if (unit.kind().isStructural() || unit.kind() == level) {
        List<Collation.Cell> cells = new ArrayList<>();
        for (Map<Integer, Link> links : byOriginalUnit) {
          cells.add(Collation.Cell.of(Optional.ofNullable(links.get(unit.index()))));
        }
        rows.add(new Collation.Row(unit, cells));
      }
    }
    return new Collation.AgainstOriginal(
        original,
        documents,
        k,
        rows,
        additions(fromOriginal.stream().map(this::added).toList()),
        versionSimilarity);
  }

  /** The link of each left unit of {@code alignment}, level links over structural ones. */
  private static Map<Integer, Link> byLeftUnit(Alignment alignment) {
    Map<Integer, Link> map = new HashMap<>();
    for (Link link : VersionPairs.allLinks(alignment)) {
      link.leftUnits().forEach(u -> map.put(u.index(), link));
    }
    return map;
  }

  /** What a version added: whole structural units, and level units outside them, in order. */
  private List<Unit> added(Alignment fromOriginal) {
    List<Unit> units = new ArrayList<>(fromOriginal.addedStructure());
    for (Unit unit : fromOriginal.added()) {
      if (fromOriginal.addedStructure().stream().noneMatch(s -> s.span().encloses(unit.span()))) {
        units.add(unit);
      }
    }
    units.sort(Comparator.comparingInt((Unit u) -> u.span().start()).thenComparing(Unit::kind));
    return units;
  }

  /** The versions' additions, those linked to one another across versions grouped together. */
  private List<Collation.Addition> additions(List<List<Unit>> added) {
    Clusters clusters = Clusters.over(documents);
    for (int a = 0; a < documents.size(); a++) {
      for (int b = a + 1; b < documents.size(); b++) {
        for (Link link : pairs.allLinks(a, b)) {
          clusters.add(a, b, link);
        }
      }
    }
    clusters.join();
    List<Collation.Addition> additions = new ArrayList<>();
    for (UnitCluster cluster : clusters.clusters(added)) {
      additions.add(new Collation.Addition(cluster.units()));
    }
    Additions.sort(additions);
    return additions;
  }
}
