package org.clausediff.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.clausediff.compare.Link;
import org.clausediff.segment.Unit;
import org.clausediff.text.Span;

/**
 * Precision, recall and F1 of a comparison's links against gold links, counted in pairs of gold
 * segments: a gold link of {@code m} left and {@code n} right segments stands for its {@code m·n}
 * pairs, and a link of the comparison for the pairs of the gold segments its units cover.
 *
 * <p>A unit covers a gold segment when they overlap by at least half of either (so a unit that is a
 * part of a gold sentence stands for that sentence, and one that glues two gold segments together
 * stands for both). Counting pairs rather than whole links makes the measure independent of how the
 * segmenter cuts: cutting finer than the gold costs nothing, gluing two gold segments into one unit
 * costs precision (the glued link adds pairs that are false), and missing a link costs recall.
 *
 * @param name the case
 * @param gold the number of gold pairs
 * @param found the number of pairs the comparison's links stand for
 * @param correct the number of found pairs that are gold
 * @param mistakes up to twelve false and missed pairs, described for a reader
 */
public record LinkScore(String name, int gold, int found, int correct, List<String> mistakes) {

  /** Copies the list. */
  public LinkScore {
    mistakes = List.copyOf(mistakes);
  }

  /** A gold link between segments, by index into the two sides' segment lists. */
  public record GoldLink(List<Integer> left, List<Integer> right) {
    /** Copies the lists. */
    public GoldLink {
      left = List.copyOf(left);
      right = List.copyOf(right);
    }
  }

  /** How to describe a segment of either side in a failure message. */
  public interface Describer {
    /** A short description of segment {@code index} of the left (or right) side. */
    String describe(boolean left, int index);
  }

  /**
   * Scores {@code links} against {@code goldLinks}.
   *
   * @param leftSegments the gold segments of the left side, ordered and not overlapping
   * @param rightSegments those of the right side
   */
  public static LinkScore of(
      String name,
      List<Span> leftSegments,
      List<Span> rightSegments,
      List<GoldLink> goldLinks,
      List<Link> links,
      Describer describer) {
    Set<Long> gold = new LinkedHashSet<>();
    for (GoldLink link : goldLinks) {
      for (int l : link.left()) {
        for (int r : link.right()) {
          gold.add(pair(l, r));
        }
      }
    }
    Set<Long> found = new LinkedHashSet<>();
    for (Link link : links) {
      Set<Integer> left = covered(link.leftUnits(), leftSegments);
      Set<Integer> right = covered(link.rightUnits(), rightSegments);
      for (int l : left) {
        for (int r : right) {
          found.add(pair(l, r));
        }
      }
    }
    return of(name, gold, found, describer);
  }

  /** Scores pairs already expressed as segment indexes. */
  public static LinkScore of(String name, Set<Long> gold, Set<Long> found, Describer describer) {
    int correct = 0;
    List<String> mistakes = new ArrayList<>();
    for (long p : found) {
      if (gold.contains(p)) {
        correct++;
      } else if (mistakes.size() < 6) {
        mistakes.add("false " + describe(p, describer));
      }
    }
    for (long p : gold) {
      if (!found.contains(p) && mistakes.size() < 12) {
        mistakes.add("missed " + describe(p, describer));
      }
    }
    return new LinkScore(name, gold.size(), found.size(), correct, mistakes);
  }

  /** A pair of segment indexes as one value. */
  public static long pair(int left, int right) {
    return ((long) left << 32) | (right & 0xFFFFFFFFL);
  }

  private static String describe(long pair, Describer describer) {
    return describer.describe(true, (int) (pair >> 32))
        + " → "
        + describer.describe(false, (int) pair);
  }

  /** The gold segments that {@code units} cover. */
  static Set<Integer> covered(List<Unit> units, List<Span> segments) {
    Set<Integer> out = new TreeSet<>();
    for (Unit unit : units) {
      Span span = unit.span();
      int low = 0;
      int high = segments.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (segments.get(mid).end() <= span.start()) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      for (int i = low; i < segments.size() && segments.get(i).start() < span.end(); i++) {
        Span g = segments.get(i);
        int overlap = Math.min(g.end(), span.end()) - Math.max(g.start(), span.start());
        if (overlap > 0 && (2 * overlap >= g.length() || 2 * overlap >= span.length())) {
          out.add(i);
        }
      }
    }
    return out;
  }

  /** The share of found pairs that are gold; 1 when none were found. */
  public double precision() {
    return found == 0 ? 1.0 : (double) correct / found;
  }

  /** The share of gold pairs found; 1 when there are none. */
  public double recall() {
    return gold == 0 ? 1.0 : (double) correct / gold;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return name + ": " + figures();
  }

  /** Precision, recall, F1 and the counts, e.g. {@code P 1.000 R 0.871 F1 0.931 (31 gold, …)}. */
  public String figures() {
    return String.format(
        Locale.ROOT,
        "P %.3f R %.3f F1 %.3f (%d gold, %d found, %d correct)",
        precision(),
        recall(),
        f1(),
        gold,
        found,
        correct);
  }
}
