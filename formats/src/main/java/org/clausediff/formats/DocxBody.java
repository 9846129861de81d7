package org.clausediff.formats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceLocation.Cell;

/**
 * Walks a .docx's document.xml (or one paragraph of a notes part) as a stream and writes its
 * paragraphs to the text: each with its list number, tables row by row (cells separated by tabs),
 * footnote and endnote references as marks; tracked deletions and moved-from text are left out and
 * listed, text boxes and drawings counted.
 */
final class DocxBody {
  /** Elements whose content is not part of the current text of a paragraph. */
  private static final Set<String> SKIPPED =
      Set.of(
          "rPr",
          "pPr",
          "sectPr",
          "tblPr",
          "trPr",
          "tcPr",
          "tblGrid",
          "drawing",
          "pict",
          "object",
          "AlternateContent",
          "instrText",
          "delInstrText",
          "commentReference",
          "footnoteRef",
          "endnoteRef",
          "fldData",
          "moveFrom",
          "txbxContent");

  private final TextBuilder out;
  private final Map<String, WordStyles.Style> styles;
  private final WordNumbering numbering;
  final Map<String, Integer> footnotes = new LinkedHashMap<>();
  final Map<String, Integer> endnotes = new LinkedHashMap<>();
  final List<String> deletions = new ArrayList<>();
  int skippedTextBoxes;

  private int paragraphs;
  private int tables;

  /** Open tables, innermost last: {table number, row, column, paragraphs in the cell}. */
  private final Deque<int[]> open = new ArrayDeque<>();

  SourceLocation last = SourceLocation.Paragraph.of(1);

  /** Whether a row of the outermost table ended and the next row needs a line break first. */
  private boolean rowEnded;

  DocxBody(TextBuilder out, Map<String, WordStyles.Style> styles, WordNumbering numbering) {
    this.out = out;
    this.styles = styles;
    this.numbering = numbering;
  }

  void walk(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamReader.START_ELEMENT) {
        String name = r.getLocalName();
        switch (name) {
          case "p":
            paragraph(r, Optional.empty());
            break;
          case "tbl":
            open.addLast(new int[] {++tables, 0, 0, 0});
            break;
          case "tr":
            if (rowEnded && open.size() == 1) {
              out.append("\n", last);
            }
            rowEnded = false;
            if (!open.isEmpty()) {
              int[] t = open.peekLast();
              t[1]++;
              t[2] = 0;
            }
            break;
          case "tc":
            if (!open.isEmpty()) {
              int[] t = open.peekLast();
              t[2]++;
              t[3] = 0;
              if (t[2] > 1) {
                out.append("\t", last);
              }
            }
            break;
          default:
            if (SKIPPED.contains(name) || name.equals("del")) {
              countSkipped(name);
              Xml.skip(r);
            }
        }
      } else if (event == XMLStreamReader.END_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals("tr") && !open.isEmpty()) {
          if (open.size() > 1) {
            out.append(" ", last);
          } else {
            rowEnded = true;
          }
        } else if (name.equals("tbl") && !open.isEmpty()) {
          open.removeLast();
          rowEnded = false;
        }
      }
    }
  }

  private void countSkipped(String name) {
    if (name.equals("drawing") || name.equals("pict") || name.equals("AlternateContent")) {
      skippedTextBoxes++;
    }
  }

  /** Reads a {@code w:p} (the reader on its start tag) and writes it. */
  void paragraph(XMLStreamReader r, Optional<SourceLocation> noteLocation)
      throws XMLStreamException {
    int index = ++paragraphs;
    SourceLocation location;
    if (noteLocation.isPresent()) {
      location = noteLocation.get();
    } else if (open.isEmpty()) {
      location = SourceLocation.Paragraph.of(index);
    } else {
      int[] t = open.peekLast();
      location =
          new SourceLocation.Paragraph(
              index, Optional.of(new Cell(t[0], Math.max(1, t[1]), Math.max(1, t[2]))));
    }
    Optional<String> numId = Optional.empty();
    Optional<Integer> ilvl = Optional.empty();
    Optional<String> style = Optional.empty();
    StringBuilder text = new StringBuilder();
    Xml.Walk walk = Xml.walk(r);
    while (walk.next()) {
      String name = r.getLocalName();
      switch (name) {
        case "pPr":
          // numbering and style; the rest of the properties is skipped
          Xml.Walk properties = Xml.walk(r);
          while (properties.next()) {
            switch (r.getLocalName()) {
              case "pStyle":
                style = Xml.attribute(r, "val");
                break;
              case "numId":
                numId = Xml.attribute(r, "val");
                break;
              case "ilvl":
                ilvl = Xml.integer(Xml.attribute(r, "val"));
                break;
              case "rPr":
              case "sectPr":
                properties.skip();
                break;
              default:
                break;
            }
          }
          walk.ended();
          break;
        case "t":
          text.append(walk.text());
          break;
        case "tab":
        case "ptab":
          text.append('\t');
          walk.skip();
          break;
        case "br":
          String type = Xml.attribute(r, "type").orElse("textWrapping");
          if (type.equals("textWrapping")) {
            text.append('\n');
          }
          walk.skip();
          break;
        case "cr":
          text.append('\n');
          walk.skip();
          break;
        case "noBreakHyphen":
          text.append('\u2011');
          walk.skip();
          break;
        case "sym":
          Optional<String> ch = Xml.attribute(r, "char");
          if (ch.isPresent()) {
            try {
              int cp = Integer.parseInt(ch.get(), 16);
              if (cp < 0xE000 || cp > 0xF8FF) {
                text.appendCodePoint(cp);
              }
            } catch (IllegalArgumentException e) {
              // not a hexadecimal code: a symbol we cannot show
            }
          }
          walk.skip();
          break;
        case "footnoteReference":
          text.append('[')
              .append(noteNumber(footnotes, Xml.attribute(r, "id").orElse("")))
              .append(']');
          walk.skip();
          break;
        case "endnoteReference":
          text.append('[')
              .append(
                  ListNumbers.roman(noteNumber(endnotes, Xml.attribute(r, "id").orElse("")))
                      .toLowerCase(Locale.ROOT))
              .append(']');
          walk.skip();
          break;
        case "del":
        case "moveFrom":
          String deleted = deletedText(r);
          walk.ended();
          if (!deleted.isBlank()) {
            deletions.add(
                "tracked deletion in " + location.shortForm() + " left out: " + snippet(deleted));
          }
          break;
        default:
          if (SKIPPED.contains(name)) {
            countSkipped(name);
            walk.skip();
          }
      }
    }
    write(location, label(numId, ilvl, style), text);
  }

  private void write(SourceLocation location, Optional<String> label, CharSequence text) {
    if (open.isEmpty()) {
      out.startParagraph(last);
      label.ifPresent(l -> out.append(l, location));
      out.append(text, location);
    } else {
      int[] t = open.peekLast();
      if (t[1] == 1 && t[2] == 1 && t[3] == 0 && open.size() == 1) {
        out.startParagraph(last); // a table starts a paragraph
      }
      if (t[3]++ > 0) {
        out.append(" ", last);
      }
      label.ifPresent(l -> out.append(l, location));
      out.append(text, location);
    }
    last = location;
  }

  private Optional<String> label(
      Optional<String> numId, Optional<Integer> ilvl, Optional<String> styleId) {
    Optional<String> id = numId;
    Optional<Integer> level = ilvl;
    Optional<String> s = styleId;
    for (int hops = 0; s.isPresent() && hops < 20 && (id.isEmpty() || level.isEmpty()); hops++) {
      WordStyles.Style style = styles.get(s.get());
      if (style == null) {
        break;
      }
      if (id.isEmpty()) {
        id = style.numId;
      }
      if (level.isEmpty()) {
        level = style.ilvl;
      }
      s = style.basedOn;
    }
    if (id.isEmpty() || id.get().equals("0")) {
      return Optional.empty();
    }
    return numbering.next(id.get(), level.orElse(0));
  }

  private static int noteNumber(Map<String, Integer> notes, String id) {
    return notes.computeIfAbsent(id, k -> notes.size() + 1);
  }

  /** The text of a {@code w:del} or {@code w:moveFrom} (the reader on its start tag). */
  private static String deletedText(XMLStreamReader r) throws XMLStreamException {
    StringBuilder s = new StringBuilder();
    Xml.Walk walk = Xml.walk(r);
    while (walk.next()) {
      if (r.getLocalName().equals("delText") || r.getLocalName().equals("t")) {
        s.append(walk.text());
      }
    }
    return s.toString();
  }

  private static String snippet(String s) {
    String one = s.replace('\n', ' ').strip();
    return one.codePointCount(0, one.length()) <= 40
        ? one
        : one.substring(0, one.offsetByCodePoints(0, 40)) + "…";
  }
}
