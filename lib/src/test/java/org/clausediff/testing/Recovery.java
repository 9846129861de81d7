package org.clausediff.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Link;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.Span;

/**
 * How well a {@link Comparison} recovered the true links of a {@link PlantedEdits.Pair}.
 *
 * <p>Each true span is mapped to the unit of the compared document (a sentence, or an item) that
 * overlaps it most; a true link is then a pair of unit sets, and it is recovered when the
 * comparison has a link with exactly those units on both sides. Precision is the share of the
 * comparison's links that are true, recall the share of true links that were found. The {@code
 * edited} figures count only true links whose units were edited (not {@link
 * PlantedEdits.Fate#SAME}) and the comparison's links that touch their units.
 *
 * @param name the pair's name
 * @param truth the number of true links
 * @param found the number of links the comparison made
 * @param correct the number of true links found
 * @param editedTruth the number of true links of edited units
 * @param editedFound the number of links of the comparison that touch edited units
 * @param editedCorrect the number of true links of edited units found
 * @param mistakes up to ten missed true links and false links, described for a failure message
 */
public record Recovery(
    String name,
    int truth,
    int found,
    int correct,
    int editedTruth,
    int editedFound,
    int editedCorrect,
    List<String> mistakes) {

  /** Copies the list. */
  public Recovery {
    mistakes = List.copyOf(mistakes);
  }

  /** The recovery of the sentence links. */
  public static Recovery ofSentences(PlantedEdits.Pair pair, Comparison comparison) {
    return of(
        pair.name(),
        pair.links(),
        comparison,
        Stages.levelLinks(comparison),
        comparison.left().document().units(UnitKind.SENTENCE),
        comparison.right().document().units(UnitKind.SENTENCE));
  }

  /** The recovery of the item links (structural links between items only). */
  public static Recovery ofItems(PlantedEdits.Pair pair, Comparison comparison) {
    List<Link> itemLinks = new ArrayList<>();
    for (Link link : Stages.structuralLinks(comparison)) {
      boolean items =
          link.leftUnits().stream().allMatch(u -> u.kind() == UnitKind.ITEM)
              && link.rightUnits().stream().allMatch(u -> u.kind() == UnitKind.ITEM);
      if (items) {
        itemLinks.add(link);
      }
    }
    return of(
        pair.name(),
        pair.itemLinks(),
        comparison,
        itemLinks,
        comparison.left().document().units(UnitKind.ITEM),
        comparison.right().document().units(UnitKind.ITEM));
  }

  private static Recovery of(
      String name,
      List<PlantedEdits.Link> truthLinks,
      Comparison comparison,
      List<Link> links,
      List<Unit> leftUnits,
      List<Unit> rightUnits) {
    // True links whose spans fall into the same units are one link at the level of units (two
    // sentences that became one because a line break between them went away, for instance).
    int n = truthLinks.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    java.util.Map<Integer, Integer> ownerLeft = new java.util.HashMap<>();
    java.util.Map<Integer, Integer> ownerRight = new java.util.HashMap<>();
    List<List<Integer>> lefts = new ArrayList<>();
    List<List<Integer>> rights = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PlantedEdits.Link link = truthLinks.get(i);
      lefts.add(spansTo(link.left(), leftUnits));
      rights.add(spansTo(link.right(), rightUnits));
      for (int u : lefts.get(i)) {
        Integer other = ownerLeft.putIfAbsent(u, i);
        if (other != null) {
          union(parent, i, other);
        }
      }
      for (int u : rights.get(i)) {
        Integer other = ownerRight.putIfAbsent(u, i);
        if (other != null) {
          union(parent, i, other);
        }
      }
    }
    java.util.Map<Integer, java.util.TreeSet<Integer>> groupLeft = new java.util.TreeMap<>();
    java.util.Map<Integer, java.util.TreeSet<Integer>> groupRight = new java.util.TreeMap<>();
    java.util.Map<Integer, Boolean> groupEdited = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      groupLeft.computeIfAbsent(root, k -> new java.util.TreeSet<>()).addAll(lefts.get(i));
      groupRight.computeIfAbsent(root, k -> new java.util.TreeSet<>()).addAll(rights.get(i));
      groupEdited.merge(
          root, truthLinks.get(i).fate() != PlantedEdits.Fate.SAME, Boolean::logicalOr);
    }
    Set<List<Integer>> truth = new java.util.LinkedHashSet<>();
    Set<List<Integer>> editedTruth = new HashSet<>();
    Set<Integer> editedLeft = new HashSet<>();
    Set<Integer> editedRight = new HashSet<>();
    for (int root : groupLeft.keySet()) {
      List<Integer> key =
          key(new ArrayList<>(groupLeft.get(root)), new ArrayList<>(groupRight.get(root)));
      truth.add(key);
      if (groupEdited.get(root)) {
        editedTruth.add(key);
        editedLeft.addAll(groupLeft.get(root));
        editedRight.addAll(groupRight.get(root));
      }
    }
    List<String> mistakes = new ArrayList<>();
    Set<List<Integer>> foundKeys = new HashSet<>();
    int correct = 0;
    int editedFound = 0;
    int editedCorrect = 0;
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    for (Link link : links) {
      List<Integer> l = indexes(link.leftUnits(), leftUnits, left);
      List<Integer> r = indexes(link.rightUnits(), rightUnits, right);
      List<Integer> key = key(l, r);
      boolean isTrue = truth.contains(key);
      correct += isTrue ? 1 : 0;
      foundKeys.add(key);
      if (!isTrue && mistakes.size() < 10) {
        mistakes.add(
            "false "
                + link.op()
                + " "
                + describe(l, leftUnits, left)
                + " → "
                + describe(r, rightUnits, right));
      }
      boolean touchesEdited =
          l.stream().anyMatch(editedLeft::contains) || r.stream().anyMatch(editedRight::contains);
      if (touchesEdited) {
        editedFound++;
        editedCorrect += editedTruth.contains(key) ? 1 : 0;
      }
    }
    for (List<Integer> key : truth) {
      if (!foundKeys.contains(key) && mistakes.size() < 20) {
        int cut = key.indexOf(-1);
        mistakes.add(
            "missed "
                + describe(key.subList(0, cut), leftUnits, left)
                + " → "
                + describe(key.subList(cut + 1, key.size()), rightUnits, right));
      }
    }
    return new Recovery(
        name,
        truth.size(),
        links.size(),
        correct,
        editedTruth.size(),
        editedFound,
        editedCorrect,
        mistakes);
  }

  private static String describe(List<Integer> indexes, List<Unit> units, Document document) {
    List<String> texts = new ArrayList<>();
    for (int i : indexes) {
      if (i < 0) {
        texts.add("(no unit)");
      } else {
        String text = document.text(units.get(i));
        texts.add(text.length() > 30 ? text.substring(0, 30) + "…" : text);
      }
    }
    return texts.toString();
  }

  /** The share of the comparison's links that are true; 1 when it made none. */
  public double precision() {
    return found == 0 ? 1.0 : (double) correct / found;
  }

  /** The share of true links found; 1 when there are none. */
  public double recall() {
    return truth == 0 ? 1.0 : (double) correct / truth;
  }

  /** Precision over links that touch edited units. */
  public double editedPrecision() {
    return editedFound == 0 ? 1.0 : (double) editedCorrect / editedFound;
  }

  /** Recall of the true links of edited units. */
  public double editedRecall() {
    return editedTruth == 0 ? 1.0 : (double) editedCorrect / editedTruth;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: precision %.3f recall %.3f (%d true, %d found, %d correct); edited: precision %.3f"
            + " recall %.3f (%d true)",
        name,
        precision(),
        recall(),
        truth,
        found,
        correct,
        editedPrecision(),
        editedRecall(),
        editedTruth);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  private static List<Integer> key(List<Integer> left, List<Integer> right) {
    List<Integer> key = new ArrayList<>(left);
    key.add(-1);
    key.addAll(right);
    return key;
  }

  /**
   * The units a true span stands for: those at least half inside it (a sentence the segmenter cut
   * in two), or else the one it overlaps most.
   */
  private static List<Integer> spansTo(List<Span> spans, List<Unit> units) {
    java.util.TreeSet<Integer> indexes = new java.util.TreeSet<>();
    for (Span span : spans) {
      int first = best(span, units);
      boolean any = false;
      for (int i = Math.max(0, first - 3);
          i < units.size() && units.get(i).span().start() < span.end();
          i++) {
        Span u = units.get(i).span();
        int overlap = Math.min(u.end(), span.end()) - Math.max(u.start(), span.start());
        if (overlap * 2 >= u.length() && overlap > 0) {
          indexes.add(i);
          any = true;
        }
      }
      if (!any && first >= 0) {
        indexes.add(first);
      }
    }
    return new ArrayList<>(indexes);
  }

  private static List<Integer> indexes(List<Unit> linked, List<Unit> units, Document document) {
    List<Integer> indexes = new ArrayList<>();
    for (Unit unit : linked) {
      indexes.add(best(unit.span(), units));
    }
    return indexes.stream().distinct().sorted().toList();
  }

  /** The index of the unit that overlaps {@code span} most (the first on ties), or -1. */
  private static int best(Span span, List<Unit> units) {
    int low = 0;
    int high = units.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (units.get(mid).span().end() <= span.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int best = -1;
    int bestOverlap = 0;
    for (int i = low; i < units.size() && units.get(i).span().start() < span.end(); i++) {
      Span u = units.get(i).span();
      int overlap = Math.min(u.end(), span.end()) - Math.max(u.start(), span.start());
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    return best;
  }
}
