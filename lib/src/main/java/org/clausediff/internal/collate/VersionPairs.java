package org.clausediff.internal.collate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausediff.compare.Edit;
import org.clausediff.compare.InlineDiff;
import org.clausediff.compare.Link;
import org.clausediff.internal.align.Alignment;
import org.clausediff.internal.diff.InlineDiffer;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.segment.Unit;

/**
 * The pairwise alignments of the versions of one collation, looked up by version and unit in either
 * direction: the links between two units, the similarity of two units whether linked or not, and
 * the character diff between them. Not thread-safe (it caches lookup tables); used inside one
 * collation.
 */
final class VersionPairs {
  private final Alignment[][] pairs;
  private final Map<Integer, Map<Long, Link>> linksByUnits = new HashMap<>();
  private final Map<Integer, Map<Integer, List<Unit>>> partners = new HashMap<>();
  private final InlineDiffer differ = InlineDiffer.defaults();

  /**
   * @param pairs {@code pairs[a][b]} for {@code a < b} aligns version {@code a} with version {@code
   *     b}
   */
  VersionPairs(Alignment[][] pairs) {
    this.pairs = pairs;
  }

  /** The number of versions. */
  int versions() {
    return pairs.length;
  }

  /** The alignment of versions {@code a < b}. */
  Alignment alignment(int a, int b) {
    return pairs[a][b];
  }

  /** The structural links and then the level links of versions {@code a < b}. */
  List<Link> allLinks(int a, int b) {
    return allLinks(pairs[a][b]);
  }

  /** The structural links and then the level links of {@code alignment}. */
  static List<Link> allLinks(Alignment alignment) {
    List<Link> links = new ArrayList<>(alignment.structuralLinks());
    links.addAll(alignment.links());
    return links;
  }

  /** The units of version {@code w} linked directly to unit {@code unit} of version {@code v}. */
  List<Unit> partners(int v, Unit unit, int w) {
    Map<Integer, List<Unit>> byUnit =
        partners.computeIfAbsent(v * pairs.length + w, i -> partnersByUnit(v, w));
    return byUnit.getOrDefault(unit.index(), List.of());
  }

  private Map<Integer, List<Unit>> partnersByUnit(int v, int w) {
    boolean swapped = v > w;
    Map<Integer, List<Unit>> byUnit = new HashMap<>();
    for (Link link : swapped ? allLinks(w, v) : allLinks(v, w)) {
      List<Unit> mine = swapped ? link.rightUnits() : link.leftUnits();
      List<Unit> theirs = swapped ? link.leftUnits() : link.rightUnits();
      for (Unit unit : mine) {
        byUnit.computeIfAbsent(unit.index(), i -> new ArrayList<>()).addAll(theirs);
      }
    }
    return byUnit;
  }

  /** The link between unit {@code ua} of version {@code a} and {@code ub} of {@code b}, if any. */
  Optional<Link> directLink(int a, Unit ua, int b, Unit ub) {
    boolean swapped = a > b;
    int l = swapped ? b : a;
    int r = swapped ? a : b;
    Map<Long, Link> links = linksByUnits.computeIfAbsent(l * pairs.length + r, i -> byUnits(l, r));
    return Optional.ofNullable(links.get(swapped ? key(ub, ua) : key(ua, ub)));
  }

  /**
   * The similarity of unit {@code ua} of version {@code a} and {@code ub} of {@code b} (units of
   * the aligned level): their link's, or, when they are not linked directly, their keys' score.
   */
  double score(int a, Unit ua, int b, Unit ub) {
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
  InlineDiff diff(int a, Unit ua, int b, Unit ub) {
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

  private Map<Long, Link> byUnits(int a, int b) {
    Map<Long, Link> map = new HashMap<>();
    for (Link link : allLinks(a, b)) {
      for (Unit left : link.leftUnits()) {
        for (Unit right : link.rightUnits()) {
          map.put(key(left, right), link);
        }
      }
    }
    return map;
  }

  private static long key(Unit left, Unit right) {
    return ((long) left.index() << 32) | right.index();
  }

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
}
