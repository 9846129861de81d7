package org.clausediff.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausediff.compare.Comparison;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;

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
            ? new TableStructureRows(comparison, level.get()).rows()
            : new TableParagraphRows(comparison).rows();
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
}
