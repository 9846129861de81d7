package org.clausediff.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.Edit;
import org.clausediff.compare.Link;
import org.clausediff.compare.Op;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * The 新旧对照表 (old/new comparison table) of a comparison, as Chinese legislative and policy review
 * uses it: one row per article or item, the old text with deletions marked, the new text with
 * insertions marked, and a note (unchanged, modified, moved, renumbered, split, merged, deleted,
 * added). The {@code table-*} formats render it; {@link #of} builds it, so a caller may render it
 * some other way.
 *
 * <p>The row unit is the deepest numbered level both documents have ({@link #rowLevel()}): 条 for
 * laws with chapters, （一） items for policy documents, sections when that is all they share. Each
 * numbered unit of that level or above is a row with its own text — its heading and the text before
 * its first numbered child; deeper units stay inside their row's text, unless they are linked to a
 * unit of the row level. Linked units share a row (several on one side for a split or merge);
 * deleted units stand where they stood, added units where they are; the text before the first
 * heading is the first row. When the documents share no numbered level, each row is a group of
 * paragraphs: those whose sentences are linked to each other, or one deleted or added paragraph.
 *
 * <p>Rows are in the order of the new document. A sentence linked to a sentence of the same row is
 * marked character by character; a sentence whose counterpart is in another row (it moved) or that
 * has none is marked as deleted or inserted whole. Text is as in the source, except that line
 * breaks inside a sentence become spaces and control and invisible characters {@code ⟨U+XXXX⟩}
 * ({@link PrintableText}); a line break ({@code \n}) in a piece separates two paragraphs.
 *
 * @param leftName the old document's name
 * @param rightName the new document's name
 * @param rowLevel the kind of the row units, or {@link UnitKind#PARAGRAPH} when the documents share
 *     no numbered level
 * @param rows the rows, in the order of the new document
 */
public record ComparisonTable(
    String leftName, String rightName, UnitKind rowLevel, List<ComparisonTable.Row> rows) {

  /** Validates and copies. */
  public ComparisonTable {
    checkNotNull(leftName, "leftName");
    checkNotNull(rightName, "rightName");
    checkNotNull(rowLevel, "rowLevel");
    checkArgument(
        rowLevel.isStructural() || rowLevel == UnitKind.PARAGRAPH,
        "rowLevel must be numbered or paragraph but was %s",
        rowLevel.id());
    rows = List.copyOf(rows);
  }

  /**
   * A stretch of a cell's text, changed or not: in the old cell a changed piece is deleted text, in
   * the new cell inserted text.
   *
   * @param text the text, never empty; {@code \n} separates paragraphs
   * @param changed whether the text is deleted (old cell) or inserted (new cell)
   */
  public record Piece(String text, boolean changed) {
    /** Validates the piece. */
    public Piece {
      checkNotNull(text, "text");
      checkArgument(!text.isEmpty(), "a piece is not empty");
    }
  }

  /** What happened to a row, in the order a note names them. */
  public enum Note {
    /** The text is the same (after normalization) and so is the number. */
    UNCHANGED,
    /** The text changed. */
    MODIFIED,
    /** The unit is out of order. */
    MOVED,
    /** The heading's number changed (labels are not compared, so the text may be unchanged). */
    RENUMBERED,
    /** One old unit became several new ones. */
    SPLIT,
    /** Several old units became one new one. */
    MERGED,
    /** Only in the old document. */
    DELETED,
    /** Only in the new document. */
    ADDED;

    /** The note's word, e.g. {@code renumbered}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One row of the table.
   *
   * @param leftHeading the section path of the old units (several joined by {@code +}); empty for
   *     text before the first heading and for an added row
   * @param rightHeading the section path of the new units; empty likewise
   * @param left the old text, its changed pieces deleted; empty for an added row
   * @param right the new text, its changed pieces inserted; empty for a deleted row
   * @param notes what happened, in {@link Note} order: {@code UNCHANGED} alone, or the changes
   * @param renumbering the old and new labels of a renumbered row, {@code （四） → （一）}
   * @param similarity the similarity of the structural link of a row of linked units of the row
   *     level (a unit above it, such as a section with items, is scored with all its rows)
   */
  public record Row(
      Optional<String> leftHeading,
      Optional<String> rightHeading,
      List<Piece> left,
      List<Piece> right,
      List<Note> notes,
      Optional<String> renumbering,
      OptionalDouble similarity) {

    /** Validates and copies. */
    public Row {
      checkNotNull(leftHeading, "leftHeading");
      checkNotNull(rightHeading, "rightHeading");
      left = List.copyOf(left);
      right = List.copyOf(right);
      notes = List.copyOf(notes);
      checkArgument(!notes.isEmpty(), "a row has a note");
      checkNotNull(renumbering, "renumbering");
      checkNotNull(similarity, "similarity");
    }

    /** The note for people: {@code modified; renumbered （四） → （一）}. */
    public String note() {
      return notes.stream()
          .map(
              n ->
                  n == Note.RENUMBERED && renumbering.isPresent()
                      ? n.id() + " " + renumbering.get()
                      : n.id())
          .collect(Collectors.joining("; "));
    }
  }

  /**
   * A line that sums the table up: the number of rows, their unit, and the rows per note, e.g.
   * {@code 37 rows (items): 1 unchanged, 26 modified, 21 renumbered, 1 deleted, 9 added}.
   */
  public String summary() {
    Map<Note, Integer> counts = new EnumMap<>(Note.class);
    for (Row row : rows) {
      for (Note note : row.notes()) {
        counts.merge(note, 1, Integer::sum);
      }
    }
    StringBuilder summary = new StringBuilder();
    summary
        .append(rows.size())
        .append(rows.size() == 1 ? " row (" : " rows (")
        .append(rowLevel == UnitKind.SUBITEM ? "sub-item" : rowLevel.id())
        .append("s)");
    String separator = ": ";
    for (Map.Entry<Note, Integer> count : counts.entrySet()) {
      summary.append(separator).append(count.getValue()).append(' ').append(count.getKey().id());
      separator = ", ";
    }
    return summary.toString();
  }

  /** The comparison table of {@code comparison}; see the class description. */
  public static ComparisonTable of(Comparison comparison) {
    checkNotNull(comparison, "comparison");
    Optional<UnitKind> level = sharedLevel(comparison);
    List<Row> rows =
        level.isPresent()
            ? new StructureRows(comparison, level.get()).rows()
            : new ParagraphRows(comparison).rows();
    return new ComparisonTable(
        comparison.left().document().name(),
        comparison.right().document().name(),
        level.orElse(UnitKind.PARAGRAPH),
        rows);
  }

  /** The deepest numbered level both documents have. */
  private static Optional<UnitKind> sharedLevel(Comparison comparison) {
    Set<UnitKind> left = kinds(comparison.left().document());
    left.retainAll(kinds(comparison.right().document()));
    return left.stream().max(Comparator.naturalOrder());
  }

  private static Set<UnitKind> kinds(Document document) {
    Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
    for (Unit unit : document.structuralUnits()) {
      kinds.add(unit.kind());
    }
    return kinds;
  }

  /** The cells' text: pieces of a side, built unit by unit. */
  private static final class Cell {
    private final SourceText source;
    private final List<Piece> pieces = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean changed;
    private Optional<Unit> previous = Optional.empty();

    Cell(SourceText source) {
      this.source = source;
    }

    /** Appends a unit with the given spans changed; units come in document order. */
    void unit(Unit unit, List<Span> marked, Document document) {
      if (previous.isPresent()) {
        separate(previous.get(), unit, document);
      }
      previous = Optional.of(unit);
      int cursor = unit.span().start();
      for (Span span : marked) {
        int from = Math.max(cursor, span.start());
        int to = Math.min(unit.span().end(), span.end());
        if (from >= to) {
          continue;
        }
        add(false, Span.of(cursor, from));
        add(true, Span.of(from, to));
        cursor = to;
      }
      add(false, Span.of(cursor, unit.span().end()));
    }

    /** What stands between two units: a paragraph break, or the source's spaces between them. */
    private void separate(Unit before, Unit after, Document document) {
      Span gap = Span.of(before.span().end(), Math.max(before.span().end(), after.span().start()));
      boolean breaks = !sameParagraph(before, after, document);
      for (int i = gap.start(); i < gap.end() && !breaks; i++) {
        breaks = CodePoints.isLineTerminator(source.codePointAt(i));
      }
      if (breaks) {
        append(false, "\n");
      } else {
        add(false, gap);
      }
    }

    private static boolean sameParagraph(Unit a, Unit b, Document document) {
      Optional<Unit> pa = paragraph(a, document);
      return pa.isPresent() && pa.equals(paragraph(b, document));
    }

    private static Optional<Unit> paragraph(Unit unit, Document document) {
      if (unit.kind() == UnitKind.PARAGRAPH) {
        return Optional.of(unit);
      }
      return document.ancestors(unit).stream()
          .filter(u -> u.kind() == UnitKind.PARAGRAPH)
          .reduce((first, second) -> second);
    }

    private void add(boolean kind, Span span) {
      if (span.isEmpty()) {
        return;
      }
      append(kind, PrintableText.render(source, span, PrintableText.Breaks.SPACE));
    }

    private void append(boolean kind, String piece) {
      if (piece.isEmpty()) {
        return;
      }
      if (kind != changed) {
        flush();
        changed = kind;
      }
      text.append(piece);
    }

    private void flush() {
      if (text.length() > 0) {
        pieces.add(new Piece(text.toString(), changed));
        text.setLength(0);
      }
    }

    List<Piece> pieces() {
      flush();
      return List.copyOf(pieces);
    }
  }

  /**
   * The links of the aligned level by unit, and the marks they give a cell: the changed spans of a
   * link whose counterpart is in the same row, the whole unit otherwise.
   */
  private static final class Marks {
    private final Map<Integer, Correspondence> leftLinks = new HashMap<>();
    private final Map<Integer, Correspondence> rightLinks = new HashMap<>();

    Marks(Comparison comparison) {
      for (Correspondence c : comparison.alignments()) {
        if (!c.level().isStructural()) {
          c.link().leftUnits().forEach(u -> leftLinks.put(u.index(), c));
          c.link().rightUnits().forEach(u -> rightLinks.put(u.index(), c));
        }
      }
    }

    Optional<Correspondence> left(Unit unit) {
      return Optional.ofNullable(leftLinks.get(unit.index()));
    }

    Optional<Correspondence> right(Unit unit) {
      return Optional.ofNullable(rightLinks.get(unit.index()));
    }

    /**
     * Fills the two cells of a row from its units of the aligned level, and tells whether every
     * unit is linked, identically, to a unit of the same row.
     */
    boolean fill(
        Comparison comparison,
        List<Unit> leftUnits,
        List<Unit> rightUnits,
        Cell leftCell,
        Cell rightCell) {
      Set<Integer> lefts = leftUnits.stream().map(Unit::index).collect(Collectors.toSet());
      Set<Integer> rights = rightUnits.stream().map(Unit::index).collect(Collectors.toSet());
      Document left = comparison.left().document();
      Document right = comparison.right().document();
      boolean unchanged = true;
      for (Unit unit : leftUnits) {
        Optional<Correspondence> c = left(unit);
        boolean inRow = c.isPresent() && rights.contains(c.get().link().firstRight().index());
        unchanged &= inRow && c.get().op() == Op.EQUAL;
        leftCell.unit(unit, inRow ? changed(c.get(), true) : List.of(unit.span()), left);
      }
      for (Unit unit : rightUnits) {
        Optional<Correspondence> c = right(unit);
        boolean inRow = c.isPresent() && lefts.contains(c.get().link().firstLeft().index());
        unchanged &= inRow && c.get().op() == Op.EQUAL;
        rightCell.unit(unit, inRow ? changed(c.get(), false) : List.of(unit.span()), right);
      }
      return unchanged;
    }

    private static List<Span> changed(Correspondence c, boolean left) {
      List<Span> spans = new ArrayList<>();
      for (Edit edit : c.diff().changes()) {
        Span span = left ? edit.left() : edit.right();
        if (!span.isEmpty()) {
          spans.add(span);
        }
      }
      return spans;
    }
  }

  /** Rows from the blocks of an {@link Outline} limited to the row level. */
  private static final class StructureRows {
    private final Comparison comparison;
    private final Outline outline;
    private final Marks marks;
    private final UnitKind level;

    StructureRows(Comparison comparison, UnitKind level) {
      this.comparison = comparison;
      this.level = level;
      this.outline = Outline.of(comparison, level);
      this.marks = new Marks(comparison);
    }

    List<Row> rows() {
      Document left = comparison.left().document();
      Document right = comparison.right().document();
      List<Row> rows = new ArrayList<>();
      for (Outline.Block block : outline.blocks()) {
        List<Unit> leftText = block.leftText();
        List<Unit> rightText = block.rightText();
        if (block.kind() == Outline.BlockKind.PREAMBLE
            && leftText.isEmpty()
            && rightText.isEmpty()) {
          continue;
        }
        Cell leftCell = new Cell(left.source());
        Cell rightCell = new Cell(right.source());
        boolean unchanged = marks.fill(comparison, leftText, rightText, leftCell, rightCell);
        Set<Note> notes = new TreeSet<>();
        Optional<String> renumbering = BlockLabels.renumbering(block);
        OptionalDouble similarity = OptionalDouble.empty();
        if (block.left().isEmpty() && block.right().isEmpty()) {
          notes.add(side(leftText, rightText, unchanged));
        } else if (block.right().isEmpty()) {
          notes.add(Note.DELETED);
        } else if (block.left().isEmpty()) {
          notes.add(Note.ADDED);
        } else {
          Link link = block.link().orElseThrow();
          if (Stream.concat(block.left().stream(), block.right().stream())
              .allMatch(u -> u.kind().compareTo(level) >= 0)) {
            // A unit above the row level has rows of its own; the link scores all of it.
            similarity = OptionalDouble.of(link.similarity().value());
          }
          notes.add(unchanged ? Note.UNCHANGED : Note.MODIFIED);
          if (link.op() == Op.MOVED || link.moved()) {
            notes.add(Note.MOVED);
          }
          if (link.op() == Op.SPLIT) {
            notes.add(Note.SPLIT);
          } else if (link.op() == Op.MERGED) {
            notes.add(Note.MERGED);
          }
          if (renumbering.isPresent()) {
            notes.add(Note.RENUMBERED);
          }
          if (notes.size() > 1) {
            notes.remove(Note.UNCHANGED);
          }
        }
        rows.add(
            new Row(
                heading(left, block.left()),
                heading(right, block.right()),
                leftCell.pieces(),
                rightCell.pieces(),
                List.copyOf(notes),
                renumbering,
                similarity));
      }
      return rows;
    }
  }

  /** The note of a row without numbered units: by its content. */
  private static Note side(List<Unit> left, List<Unit> right, boolean unchanged) {
    if (right.isEmpty()) {
      return Note.DELETED;
    }
    if (left.isEmpty()) {
      return Note.ADDED;
    }
    return unchanged ? Note.UNCHANGED : Note.MODIFIED;
  }

  private static Optional<String> heading(Document document, List<Unit> units) {
    String path = BlockLabels.path(document, units);
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }

  /**
   * Rows of paragraphs, for documents without a shared numbered level: the paragraphs joined by
   * links of the aligned level form groups (connected components), each a row in the order of its
   * first right paragraph; a paragraph without links is a row of its own, a deleted one after the
   * row of the left paragraph before it.
   */
  private static final class ParagraphRows {
    private final Comparison comparison;
    private final Document left;
    private final Document right;
    private final Marks marks;

    ParagraphRows(Comparison comparison) {
      this.comparison = comparison;
      this.left = comparison.left().document();
      this.right = comparison.right().document();
      this.marks = new Marks(comparison);
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
        Cell leftCell = new Cell(left.source());
        Cell rightCell = new Cell(right.source());
        boolean unchanged = marks.fill(comparison, leftUnits, rightUnits, leftCell, rightCell);
        Set<Note> notes = new TreeSet<>();
        notes.add(side(leftUnits, rightUnits, unchanged));
        if (groupMoved.getOrDefault(root, false)) {
          notes.add(Note.MOVED);
          notes.remove(Note.UNCHANGED);
        }
        rows.add(
            new Row(
                Optional.empty(),
                Optional.empty(),
                leftCell.pieces(),
                rightCell.pieces(),
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
      return Cell.paragraph(unit, document).orElseThrow();
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
}
