package org.clausediff.internal.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.clausediff.internal.similarity.ShingleFrequencies;
import org.clausediff.internal.similarity.ShingleSet;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.internal.similarity.WeightedShingles;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * The structural units (sections, items, sub-items) of one keyed document and what the structure
 * aligner needs to know about them: the key positions each covers, its length in key tokens, its
 * TF-IDF vector and its title shingles, and for each key position the structural units that hold
 * it. Units are numbered by their index among the document's structural units. Immutable once
 * built.
 */
final class StructureSide {
  private final UnitKeys keys;
  private final List<Unit> units;
  private final List<KeyRun> positions;
  private final long[] length;
  private final int[][] ancestors;
  private final WeightedShingles[] vectors;
  private final ShingleSet[] titles;
  private final Map<Integer, Integer> indexOf = new HashMap<>();

  /** The structural units of each titled heading that occurs more than once. */
  private final Map<String, List<Integer>> copies = new HashMap<>();

  /** Whether the unit at each key position is a responsibility note. */
  private final boolean[] notes;

  /** The key positions {@code [from, to)}. */
  private record KeyRun(int from, int to) {}

  /**
   * @param firstSet the index among the sets counted by {@code frequencies} of key position 0
   */
  StructureSide(UnitKeys keys, ShingleFrequencies frequencies, int firstSet) {
    this.keys = keys;
    this.units = keys.document().structuralUnits();
    this.positions = new ArrayList<>();
    this.length = new long[units.size()];
    this.notes = new boolean[keys.size()];
    for (int p = 0; p < keys.size(); p++) {
      notes[p] = keys.document().isResponsibilityNote(keys.units().get(p));
    }
    for (int s = 0; s < units.size(); s++) {
      Unit unit = units.get(s);
      indexOf.put(unit.index(), s);
      int[] within = keys.positionsWithin(unit);
      positions.add(new KeyRun(within[0], within[1]));
      for (int p = within[0]; p < within[1]; p++) {
        length[s] += keys.keyLength(p);
      }
    }
    // Structural units nest, so the ones containing a position are those whose range holds it.
    int[] depth = new int[keys.size()];
    for (KeyRun run : positions) {
      for (int p = run.from(); p < run.to(); p++) {
        depth[p]++;
      }
    }
    this.ancestors = new int[keys.size()][];
    for (int p = 0; p < keys.size(); p++) {
      ancestors[p] = new int[depth[p]];
      depth[p] = 0;
    }
    for (int s = 0; s < units.size(); s++) {
      for (int p = positions.get(s).from(); p < positions.get(s).to(); p++) {
        ancestors[p][depth[p]++] = s;
      }
    }
    Map<String, List<Integer>> byHeading = new HashMap<>();
    for (int s = 0; s < units.size(); s++) {
      if (!units.get(s).title().isEmpty()) {
        byHeading.computeIfAbsent(units.get(s).title(), h -> new ArrayList<>()).add(s);
      }
    }
    byHeading.forEach(
        (heading, same) -> {
          if (same.size() > 1) {
            copies.put(heading, same);
          }
        });
    this.vectors = vectors(frequencies, firstSet);
    this.titles = new ShingleSet[units.size()];
    for (int s = 0; s < units.size(); s++) {
      titles[s] = keys.titleShingles(units.get(s).heading().orElseThrow());
    }
  }

  /** The number of structural units. */
  int size() {
    return units.size();
  }

  /** Structural unit {@code s}. */
  Unit unit(int s) {
    return units.get(s);
  }

  /** The length of structural unit {@code s} in key tokens. */
  long length(int s) {
    return length[s];
  }

  /** The first key position of structural unit {@code s}. */
  int firstPosition(int s) {
    return positions.get(s).from();
  }

  /** The key position after the last of structural unit {@code s}. */
  int endPosition(int s) {
    return positions.get(s).to();
  }

  /** Whether the unit at key position {@code p} is a responsibility note ({@code （…负责）}). */
  boolean isNote(int p) {
    return notes[p];
  }

  /** The structural units that hold key position {@code p}, outermost first. */
  int[] ancestors(int p) {
    return ancestors[p];
  }

  /** The title shingles of structural unit {@code s} (empty for a heading without a title). */
  ShingleSet title(int s) {
    return titles[s];
  }

  /**
   * The vector of every structural unit, children first: the sum of its structural children's
   * vectors and of the vectors of its own units of the aligned level (those in no child).
   */
  private WeightedShingles[] vectors(ShingleFrequencies frequencies, int firstSet) {
    WeightedShingles[] built = new WeightedShingles[units.size()];
    for (int s = units.size() - 1; s >= 0; s--) {
      Unit unit = units.get(s);
      List<WeightedShingles> children = new ArrayList<>();
      List<KeyRun> own = new ArrayList<>();
      int next = positions.get(s).from();
      for (Unit child : unit.children()) {
        if (!child.kind().isStructural()) {
          continue;
        }
        int c = indexOf.get(child.index());
        own.add(new KeyRun(next, positions.get(c).from()));
        children.add(built[c]);
        next = Math.max(next, positions.get(c).to());
      }
      own.add(new KeyRun(next, positions.get(s).to()));
      // The unit's own positions are usually one run (before its first structural child).
      List<WeightedShingles> parts = new ArrayList<>(children);
      for (KeyRun run : own) {
        if (run.to() > run.from()) {
          parts.add(
              WeightedShingles.sum(
                  firstSet + run.from(), firstSet + run.to(), List.of(), frequencies));
        }
      }
      built[s] = WeightedShingles.sum(parts, frequencies);
    }
    return built;
  }

  /**
   * For each structural unit, how much of its content (key tokens, weighted by similarity) lies in
   * level links, counted once whatever the link's other end.
   *
   * @param isLeft whether this is the left side of the links
   */
  double[] linkedContent(List<Proposal> levelLinks, boolean isLeft) {
    double[] byPosition = new double[keys.size() + 1];
    for (Proposal link : levelLinks) {
      int from = isLeft ? link.lFrom() : link.rFrom();
      int to = isLeft ? link.lTo() : link.rTo();
      for (int p = from; p < to; p++) {
        byPosition[p] += link.score() * keys.keyLength(p);
      }
    }
    double[] prefix = new double[keys.size() + 1];
    for (int p = 0; p < keys.size(); p++) {
      prefix[p + 1] = prefix[p] + byPosition[p];
    }
    double[] linked = new double[units.size()];
    for (int s = 0; s < units.size(); s++) {
      linked[s] = prefix[positions.get(s).to()] - prefix[positions.get(s).from()];
    }
    return linked;
  }

  /**
   * The other structural units whose heading has the same non-empty title as unit {@code s}'s
   * (labels aside, as keys leave them aside): copies of one heading, as a garbled web copy repeats
   * passages.
   */
  List<Integer> copies(int s) {
    List<Integer> same = copies.getOrDefault(units.get(s).title(), List.of());
    List<Integer> others = new ArrayList<>(same);
    others.remove(Integer.valueOf(s));
    return others;
  }

  /** The structural unit that holds structural unit {@code s} directly, if there is one. */
  OptionalInt parent(int s) {
    Optional<Unit> parent = keys.document().parent(units.get(s));
    return parent.isPresent() && parent.get().kind().isStructural()
        ? OptionalInt.of(indexOf.get(parent.get().index()))
        : OptionalInt.empty();
  }

  /** The structural children of structural unit {@code s}, in document order. */
  List<Integer> children(int s) {
    List<Integer> children = new ArrayList<>();
    for (Unit child : units.get(s).children()) {
      if (child.kind().isStructural()) {
        children.add(indexOf.get(child.index()));
      }
    }
    return children;
  }

  /**
   * The structural unit whose structural children are exactly {@code members} (in document order),
   * if there is one.
   */
  OptionalInt parentOf(List<Integer> members) {
    Document document = keys.document();
    Optional<Unit> parent = document.parent(units.get(members.get(0)));
    if (parent.isEmpty() || !parent.get().kind().isStructural()) {
      return OptionalInt.empty();
    }
    List<Unit> children =
        parent.get().children().stream().filter(u -> u.kind().isStructural()).toList();
    if (children.size() != members.size()) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < children.size(); i++) {
      if (!children.get(i).equals(units.get(members.get(i)))) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(indexOf.get(parent.get().index()));
  }

  /** The TF-IDF vector of the units {@code members} joined. */
  WeightedShingles vector(List<Integer> members, ShingleFrequencies frequencies) {
    if (members.size() == 1) {
      return vectors[members.get(0)];
    }
    List<WeightedShingles> parts = new ArrayList<>();
    for (int m : members) {
      parts.add(vectors[m]);
    }
    return WeightedShingles.sum(parts, frequencies);
  }
}
