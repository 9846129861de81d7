package org.clausediff.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.report.ComparisonTable.Note;
import org.clausediff.report.ComparisonTable.Row;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;

/**
 * The rows of a {@link ComparisonTable} whose documents share no numbered level, rows of
 * paragraphs: the paragraphs joined by links of the aligned level form groups (connected
 * components), each a row in the order of its first right paragraph; a paragraph without links is a
 * row of its own, a deleted one after the row of the left paragraph before it.
 */
final class TableParagraphRows {
  private final Comparison comparison;
  private final Document left;
  private final Document right;
  private final TableMarks marks;

  TableParagraphRows(Comparison comparison) {
    this.comparison = comparison;
    this.left = comparison.left().document();
    this.right = comparison.right().document();
    this.marks = new TableMarks(comparison);
  }

  List<Row> rows() {
    List<Unit> leftParagraphs = left.units(UnitKind.PARAGRAPH);
    List<Unit> rightParagraphs = right.units(UnitKind.PARAGRAPH);
    Map<Integer, Integer> leftPosition = positions(leftParagraphs);
    Map<Integer, Integer> rightPosition = positions(rightParagraphs);
    int n = leftParagraphs.size();
    int[] parent = new int[n + rightParagraphs.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    boolean[] moved = new boolean[parent.length];
    for (Correspondence c : comparison.alignments()) {
      if (c.level().isStructural()) {
        continue;
      }
      int first = -1;
      for (Unit unit : c.link().leftUnits()) {
        first = join(parent, first, leftPosition.get(paragraphOf(left, unit).index()));
      }
      for (Unit unit : c.link().rightUnits()) {
        first = join(parent, first, n + rightPosition.get(paragraphOf(right, unit).index()));
      }
      if (c.link().moved()) {
        moved[first] = true;
      }
    }
    // Groups by root, in the order of their first right paragraph; left-only ones after the group
    // of the left paragraph before them.
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
    }
    Map<Integer, Boolean> groupMoved = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      if (moved[i]) {
        groupMoved.put(find(parent, i), true);
      }
    }
    List<Integer> order = new ArrayList<>();
    Map<Integer, List<Integer>> after = new HashMap<>();
    List<Integer> first = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      List<Integer> members = groups.get(root);
      if (members.get(members.size() - 1) < n && members.get(0) == i) {
        // A left-only group: after the group of the paragraph before it.
        if (i == 0) {
          first.add(root);
        } else {
          after.computeIfAbsent(find(parent, i - 1), r -> new ArrayList<>()).add(root);
        }
      }
    }
    order.addAll(first);
    first.forEach(r -> appendAfter(r, after, order));
    for (int j = n; j < parent.length; j++) {
      int root = find(parent, j);
      List<Integer> members = groups.get(root);
      int firstRight = members.stream().filter(m -> m >= n).findFirst().orElseThrow();
      if (firstRight == j) {
        order.add(root);
        appendAfter(root, after, order);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int root : order) {
      List<Unit> leftUnits = new ArrayList<>();
      List<Unit> rightUnits = new ArrayList<>();
      for (int member : groups.get(root)) {
        if (member < n) {
          leftUnits.addAll(units(left, leftParagraphs.get(member)));
        } else {
          rightUnits.addAll(units(right, rightParagraphs.get(member - n)));
        }
      }
      TableMarks.Cells cells = marks.cells(leftUnits, rightUnits);
      boolean unchanged = cells.unchanged();
      Set<Note> notes = new TreeSet<>();
      notes.add(TableMarks.noteByContent(leftUnits, rightUnits, unchanged));
      if (groupMoved.getOrDefault(root, false)) {
        notes.add(Note.MOVED);
        notes.remove(Note.UNCHANGED);
      }
      rows.add(
          new Row(
              Optional.empty(),
              Optional.empty(),
              cells.left(),
              cells.right(),
              List.copyOf(notes),
              Optional.empty(),
              OptionalDouble.empty()));
    }
    return rows;
  }

  private static void appendAfter(
      int root, Map<Integer, List<Integer>> after, List<Integer> order) {
    for (int next : after.getOrDefault(root, List.of())) {
      order.add(next);
      appendAfter(next, after, order);
    }
  }

  /** The units of the aligned level in a paragraph. */
  private List<Unit> units(Document document, Unit paragraph) {
    List<Unit> units = new ArrayList<>();
    collect(paragraph, comparison.options().level(), units);
    return units;
  }

  private static void collect(Unit unit, UnitKind level, List<Unit> into) {
    if (unit.kind() == level) {
      into.add(unit);
      return;
    }
    for (Unit child : unit.children()) {
      collect(child, level, into);
    }
  }

  private static Map<Integer, Integer> positions(List<Unit> units) {
    Map<Integer, Integer> positions = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      positions.put(units.get(i).index(), i);
    }
    return positions;
  }

  private static Unit paragraphOf(Document document, Unit unit) {
    if (unit.kind() == UnitKind.PARAGRAPH) {
      return unit;
    }
    return TableCell.paragraph(unit, document).orElseThrow();
  }

  /** Joins {@code node} to the set of {@code first} (if any) and returns the set's root. */
  private static int join(int[] parent, int first, int node) {
    int root = find(parent, node);
    if (first < 0) {
      return root;
    }
    int other = find(parent, first);
    if (other != root) {
      parent[Math.max(other, root)] = Math.min(other, root);
    }
    return Math.min(other, root);
  }

  private static int find(int[] parent, int node) {
    while (parent[node] != node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  }
}
