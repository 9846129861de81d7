package org.clausediff.internal.collate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausediff.collate.Collation;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;

/**
 * Tells what an addition of a reconstructed collation really is ({@link Collation.AdditionKind}):
 * an extra copy of what the version has in the core (its duplicated passage corresponds to a core
 * row where the version's place is taken), a structural unit over content that is in the core (a
 * sub-item that splits a shared item), or new content. Not thread-safe; used for one collation.
 */
final class AdditionKinds {
  /** The bigram similarity from which a unit is a copy of an earlier one. */
  static final double COPY = 0.6;

  /** The most units a possible copy is compared with. */
  static final int MAX_CHECKS = 64;

  /** Units with fewer distinct bigrams are too short to be told a copy. */
  static final int MIN_BIGRAMS = 8;

  private final List<Document> documents;
  private final VersionPairs pairs;
  private final UnitKind level;
  private final Map<Long, UnitCluster> coreRows = new HashMap<>();
  private final Map<Long, Set<Long>> bigrams = new HashMap<>();
  private final Map<Long, Map<Long, List<Unit>>> postings = new HashMap<>();

  /**
   * @param coreRows the clusters of the core: its structural units and its sentences
   */
  AdditionKinds(
      List<Document> documents, VersionPairs pairs, UnitKind level, List<UnitCluster> coreRows) {
    this.documents = List.copyOf(documents);
    this.pairs = pairs;
    this.level = level;
    for (UnitCluster row : coreRows) {
      for (int v = 0; v < row.size(); v++) {
        int version = v;
        row.unit(v).ifPresent(unit -> this.coreRows.put(key(version, unit), row));
      }
    }
  }

  /** The addition of the units of {@code cluster}, with its kind. */
  Collation.Addition addition(UnitCluster cluster) {
    boolean extraCopies = true;
    boolean coreContent = true;
    for (int v = 0; v < cluster.size(); v++) {
      if (cluster.has(v)) {
        Unit unit = cluster.unit(v).orElseThrow();
        extraCopies &= isExtraCopy(v, unit) || isLaterCopy(v, unit);
        coreContent &= unit.kind().isStructural() && holdsCoreContent(v, unit);
      }
    }
    Collation.AdditionKind kind =
        extraCopies
            ? Collation.AdditionKind.EXTRA_COPY
            : coreContent ? Collation.AdditionKind.CORE_CONTENT : Collation.AdditionKind.NEW;
    return new Collation.Addition(cluster.units(), kind);
  }

  /**
   * Whether {@code unit} of version {@code v} corresponds to a core row of another version in which
   * {@code v} already has another unit, and repeats that unit's text (a unit that only joins the
   * same counterpart, as in a merge, is no copy).
   */
  private boolean isExtraCopy(int v, Unit unit) {
    for (int w = 0; w < documents.size(); w++) {
      if (w == v) {
        continue;
      }
      for (Unit partner : pairs.partners(v, unit, w)) {
        Optional<Unit> mine =
            Optional.ofNullable(coreRows.get(key(w, partner))).flatMap(row -> row.unit(v));
        if (mine.isPresent() && !mine.get().equals(unit) && repeats(v, unit, mine.get())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code unit} of version {@code v} repeats another unit of the same kind of that
   * version, an earlier one or one in the core. Candidates are found through the rarest of its
   * bigrams (a unit holding {@value #COPY} of them must hold one of the rarest {@code 1 − COPY}),
   * and at most {@value #MAX_CHECKS} are compared, so that a document of a hundred thousand
   * look-alike headings costs linear time.
   */
  private boolean isLaterCopy(int v, Unit unit) {
    List<Long> own = new ArrayList<>(bigrams(v, unit));
    if (own.size() < MIN_BIGRAMS) {
      return false;
    }
    Map<Long, List<Unit>> postings = postings(v, unit.kind());
    own.sort(Comparator.comparingInt(b -> postings.getOrDefault(b, List.of()).size()));
    int probes = (int) Math.floor((1 - COPY) * own.size()) + 1;
    Set<Integer> seen = new HashSet<>();
    int checks = 0;
    for (int i = 0; i < probes && i < own.size(); i++) {
      for (Unit other : postings.getOrDefault(own.get(i), List.of())) {
        if (!seen.add(other.index()) || other.span().overlaps(unit.span())) {
          continue;
        }
        boolean before = other.span().start() < unit.span().start();
        if (before || coreRows.containsKey(key(v, other))) {
          if (repeats(v, unit, other)) {
            return true;
          }
          if (++checks == MAX_CHECKS) {
            return false;
          }
        }
      }
    }
    return false;
  }

  /** For the units of {@code kind} of version {@code v}: the units holding each bigram. */
  private Map<Long, List<Unit>> postings(int v, UnitKind kind) {
    return postings.computeIfAbsent(
        key(v, kind.ordinal()),
        k -> {
          Map<Long, List<Unit>> map = new HashMap<>();
          for (Unit other : documents.get(v).units()) {
            if (other.kind() == kind) {
              for (long bigram : bigrams(v, other)) {
                map.computeIfAbsent(bigram, b -> new ArrayList<>()).add(other);
              }
            }
          }
          return map;
        });
  }

  /**
   * Whether at least {@value #COPY} of the (at least {@value #MIN_BIGRAMS}) distinct character
   * bigrams of {@code unit} are in {@code other}, both of version {@code v}: a garbled copy
   * shuffles and cuts sentences, but keeps most bigrams.
   */
  private boolean repeats(int v, Unit unit, Unit other) {
    Set<Long> own = bigrams(v, unit);
    if (own.size() < MIN_BIGRAMS) {
      return false;
    }
    Set<Long> theirs = bigrams(v, other);
    return (double) own.stream().filter(theirs::contains).count() / own.size() >= COPY;
  }

  /** The distinct bigrams of the letters and digits of {@code unit}'s text, cached. */
  private Set<Long> bigrams(int v, Unit unit) {
    return bigrams.computeIfAbsent(
        key(v, unit),
        k -> {
          int[] cps =
              documents
                  .get(v)
                  .source()
                  .substring(unit.span())
                  .codePoints()
                  .filter(Character::isLetterOrDigit)
                  .toArray();
          Set<Long> set = new HashSet<>();
          for (int i = 0; i + 1 < cps.length; i++) {
            set.add(((long) cps[i] << 32) | cps[i + 1]);
          }
          return set;
        });
  }

  /**
   * Whether structural unit {@code unit} of version {@code v} only divides content that is in the
   * core: at least half of its sentences (units of the level) are core sentences, or it lies in a
   * core unit whose counterparts in the other versions are not divided into structural units (the
   * sub-items of a shared item that the other versions did not divide). Where another version
   * divided the shared unit too, its parts are compared with this one's, and an unmatched part is
   * new.
   */
  private boolean holdsCoreContent(int v, Unit unit) {
    Document document = documents.get(v);
    List<Unit> inside = new ArrayList<>();
    levelUnitsIn(unit, inside);
    long core = inside.stream().filter(u -> coreRows.containsKey(key(v, u))).count();
    if (!inside.isEmpty() && 2 * core >= inside.size()) {
      return true;
    }
    Optional<UnitCluster> home = Optional.empty();
    List<Unit> ancestors = document.ancestors(unit);
    for (int i = ancestors.size() - 1; i >= 0 && home.isEmpty(); i--) {
      home = Optional.ofNullable(coreRows.get(key(v, ancestors.get(i))));
    }
    if (home.isEmpty()) {
      return false;
    }
    for (int w = 0; w < documents.size(); w++) {
      Optional<Unit> counterpart = w == v ? Optional.empty() : home.get().unit(w);
      if (counterpart.isPresent() && divided(counterpart.get())) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code container} holds a structural unit below itself. */
  private static boolean divided(Unit container) {
    return container.children().stream().anyMatch(c -> c.kind().isStructural() || divided(c));
  }

  /** Adds the units of the aligned level in {@code unit}'s subtree to {@code into}. */
  private void levelUnitsIn(Unit unit, List<Unit> into) {
    for (Unit child : unit.children()) {
      if (child.kind() == level) {
        into.add(child);
      } else {
        levelUnitsIn(child, into);
      }
    }
  }

  private static long key(int v, Unit unit) {
    return key(v, unit.index());
  }

  private static long key(int v, int index) {
    return ((long) v << 32) | index;
  }
}
