package org.clausediff.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.clausediff.formats.UnreadableDocumentException.Reason;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceLocation.Cell;
import org.clausediff.text.SourceLocation.NoteKind;

/**
 * Word 97–2003 (.doc) through Apache POI's HWPF: the main text's paragraphs in order, with list
 * numbers rendered where HWPF exposes the list (its number format, label text and start); tables
 * row by row, cells separated by tabs; field results without their codes; footnote and endnote
 * references as {@code [1]} and {@code [i]}, their text after the body. Headers, footers, comments,
 * pictures, drawn objects and macros are not read. The source location is the paragraph index (and
 * table cell). {@link Ole2Files} opens and checks the compound file, {@link DocListLabels} renders
 * the list labels.
 */
final class DocReader implements FormatReader {
  private static final char FIELD_BEGIN = 0x13;
  private static final char FIELD_SEPARATOR = 0x14;
  private static final char FIELD_END = 0x15;
  private static final char CELL_MARK = 0x07;
  private static final char NOTE_MARK = 0x02;

  @Override
  public Extraction read(Input input, ReadOptions options) throws IOException {
    POIFSFileSystem fs = Ole2Files.open(input);
    try (fs) {
      Ole2Files.checkWordDocument(input.name(), fs.getRoot());
      HWPFDocument doc;
      try {
        doc = new HWPFDocument(fs.getRoot());
      } catch (EncryptedDocumentException e) {
        throw Ole2Files.encrypted(input.name());
      } catch (IOException | RuntimeException e) {
        throw new UnreadableDocumentException(
            input.name(),
            Reason.CORRUPT,
            "is a damaged Word .doc file (" + Damage.oneLine(e) + ")");
      }
      try {
        return extract(input, options, doc);
      } catch (RuntimeException e) {
        throw Damage.ifFromParser(e, input.name(), "is a damaged Word .doc file");
      }
    }
  }

  private Extraction extract(Input input, ReadOptions options, HWPFDocument doc) {
    TextBuilder out = new TextBuilder(input.name(), options.maxInputBytes());
    List<String> notes = new ArrayList<>();
    Map<Integer, Integer> footnoteAnchors = anchors(doc.getFootnotes());
    Map<Integer, Integer> endnoteAnchors = anchors(doc.getEndnotes());
    Map<Integer, int[]> counters = new HashMap<>();
    Range range = doc.getRange();
    int tables = 0;
    int row = 1;
    int column = 1;
    boolean inTable = false;
    boolean listFailed = false;
    boolean rowEnded = false;
    boolean newCell = true;
    List<String> deletions = new ArrayList<>();
    SourceLocation last = SourceLocation.Paragraph.of(1);
    for (int i = 0; i < range.numParagraphs(); i++) {
      Paragraph p = range.getParagraph(i);
      int index = i + 1;
      String raw = p.text();
      if (p.isInTable()) {
        if (!inTable) {
          tables++;
          row = 1;
          column = 1;
          newCell = true;
          inTable = true;
        }
        SourceLocation location =
            new SourceLocation.Paragraph(index, Optional.of(new Cell(tables, row, column)));
        if (p.isTableRowEnd()) {
          rowEnded = true;
          row++;
          column = 1;
          newCell = true;
          last = location;
          continue;
        }
        if (row == 1 && column == 1 && newCell && !rowEnded) {
          out.startParagraph(last);
        } else if (rowEnded) {
          out.append("\n", last);
        }
        rowEnded = false;
        if (newCell && column > 1) {
          out.append("\t", location); // between cells
        } else if (!newCell) {
          out.append(" ", location); // between paragraphs of one cell
        }
        String text =
            clean(
                withoutDeletions(p, raw, location, deletions),
                p.getStartOffset(),
                footnoteAnchors,
                endnoteAnchors);
        out.append(text, location);
        newCell = raw.indexOf(CELL_MARK) >= 0;
        if (newCell) {
          column++;
        }
        last = location;
        continue;
      }
      inTable = false;
      rowEnded = false;
      SourceLocation location = SourceLocation.Paragraph.of(index);
      raw = withoutDeletions(p, raw, location, deletions);
      out.startParagraph(last);
      if (p.isInList()) {
        try {
          DocListLabels.next(p, counters).ifPresent(l -> out.append(l, location));
        } catch (RuntimeException e) {
          listFailed = true;
        }
      }
      out.append(clean(raw, p.getStartOffset(), footnoteAnchors, endnoteAnchors), location);
      last = location;
    }
    for (int i = 0; i < deletions.size() && i < 20; i++) {
      notes.add(deletions.get(i));
    }
    if (deletions.size() > 20) {
      notes.add((deletions.size() - 20) + " more tracked deletions left out");
    }
    if (listFailed) {
      notes.add("some list numbers could not be read and are left out");
    }
    last = writeNotes(doc.getFootnotes(), doc.getFootnoteRange(), NoteKind.FOOTNOTE, out, last);
    last = writeNotes(doc.getEndnotes(), doc.getEndnoteRange(), NoteKind.ENDNOTE, out, last);
    out.finish(last);
    return new Extraction(out.build(InputFormat.DOC.sourceFormat()), InputFormat.DOC, notes);
  }

  /**
   * The paragraph's text with the runs marked as deleted by tracked changes blanked out (as NUL,
   * which {@link #clean} drops, so that character positions stay those of the document), each
   * deletion listed in {@code deletions}.
   */
  private static String withoutDeletions(
      Paragraph p, String raw, SourceLocation location, List<String> deletions) {
    StringBuilder text = null;
    for (int r = 0; r < p.numCharacterRuns(); r++) {
      CharacterRun run = p.getCharacterRun(r);
      if (!run.isMarkedDeleted()) {
        continue;
      }
      if (text == null) {
        text = new StringBuilder(raw);
      }
      int from = Math.max(0, run.getStartOffset() - p.getStartOffset());
      int to = Math.min(raw.length(), run.getEndOffset() - p.getStartOffset());
      String deleted =
          clean(raw.substring(Math.min(from, to), to), Integer.MIN_VALUE, Map.of(), Map.of());
      for (int i = from; i < to; i++) {
        text.setCharAt(i, '\u0000');
      }
      if (!deleted.isBlank()) {
        deletions.add(
            "tracked deletion in " + location.shortForm() + " left out: " + deleted.strip());
      }
    }
    return text == null ? raw : text.toString();
  }

  /** Note number (from 1) by the character position of its reference in the main text. */
  private static Map<Integer, Integer> anchors(Notes notes) {
    Map<Integer, Integer> anchors = new TreeMap<>();
    for (int i = 0; i < notes.getNotesCount(); i++) {
      anchors.put(notes.getNoteAnchorPosition(i), i + 1);
    }
    return anchors;
  }

  private static SourceLocation writeNotes(
      Notes notes, Range range, NoteKind kind, TextBuilder out, SourceLocation before) {
    if (notes.getNotesCount() == 0) {
      return before;
    }
    String all = range.text();
    for (int i = 0; i < notes.getNotesCount(); i++) {
      int start = Math.max(0, Math.min(all.length(), notes.getNoteTextStartOffset(i)));
      int end = Math.max(start, Math.min(all.length(), notes.getNoteTextEndOffset(i)));
      String text = clean(all.substring(start, end), Integer.MIN_VALUE, Map.of(), Map.of()).strip();
      String mark =
          kind == NoteKind.FOOTNOTE
              ? Integer.toString(i + 1)
              : ListNumbers.roman(i + 1).toLowerCase(Locale.ROOT);
      SourceLocation location = new SourceLocation.Note(kind, i + 1);
      out.startParagraph(before);
      out.append("[" + mark + "] " + text, location);
      before = location;
    }
    return before;
  }

  /** A paragraph's text without field codes, control marks and its paragraph mark. */
  private static String clean(
      String raw, int start, Map<Integer, Integer> footnotes, Map<Integer, Integer> endnotes) {
    StringBuilder s = new StringBuilder(raw.length());
    // One entry per open field: whether its instruction (not yet its result) is being read.
    List<Boolean> fields = new ArrayList<>();
    int instructions = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == FIELD_BEGIN) {
        fields.add(true);
        instructions++;
        continue;
      }
      if (c == FIELD_SEPARATOR) {
        if (!fields.isEmpty() && fields.get(fields.size() - 1)) {
          fields.set(fields.size() - 1, false);
          instructions--;
        }
        continue;
      }
      if (c == FIELD_END) {
        if (!fields.isEmpty() && fields.remove(fields.size() - 1)) {
          instructions--;
        }
        continue;
      }
      if (instructions > 0) {
        continue;
      }
      if (c == NOTE_MARK) {
        Integer footnote = footnotes.get(start + i);
        Integer endnote = endnotes.get(start + i);
        if (footnote != null) {
          s.append('[').append(footnote).append(']');
        } else if (endnote != null) {
          s.append('[').append(ListNumbers.roman(endnote).toLowerCase(Locale.ROOT)).append(']');
        }
        continue;
      }
      if (c == 0x0B) {
        s.append('\n');
      } else if (c == 0x1E) {
        s.append('\u2011');
      } else if (c == '\t' || c >= 0x20) {
        s.append(c);
      }
      // other control characters (paragraph and cell marks, page breaks, pictures, drawn objects,
      // annotation marks, optional hyphens) are marks, not text
    }
    return s.toString();
  }
}
