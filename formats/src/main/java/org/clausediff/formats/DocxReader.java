package org.clausediff.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.clausediff.formats.UnreadableDocumentException.Reason;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceLocation.Cell;
import org.clausediff.text.SourceLocation.NoteKind;

/**
 * Word 2007+ (.docx, .docm): Apache POI opens the package (ZIP, relationships, parts) and the parts
 * are read as streams (StAX), so memory stays proportional to the text, not to the XML.
 *
 * <p>The body's paragraphs in order, each with its automatic list number rendered from {@code
 * numbering.xml} (direct or through its style); tables row by row, a row on one line with its cells
 * separated by tabs; footnote and endnote references as {@code [1]} and {@code [i]}, their text
 * after the body, each note a paragraph starting with its mark. Tracked changes are read as the
 * current text: insertions are kept, deletions (and moved-from text) left out and listed in the
 * notes. Headers, footers, comments, text boxes, drawings, embedded objects and images, field codes
 * (their results are kept) and macros are never read.
 */
final class DocxReader implements FormatReader {
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String STRICT_REL =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/";

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

  private static final int MAX_LISTED_DELETIONS = 20;

  @Override
  public Extraction read(Input input, ReadOptions options) throws IOException {
    if (FormatDetector.isOle2(input.head())) {
      // An encrypted .docx is an OLE2 container; DocReader says which it is.
      DocReader.checkOle2(input);
    }
    OPCPackage pkg = DocxPackage.open(input, options);
    try {
      PackagePart main = mainPart(pkg, input.name());
      Map<String, Style> styles = new HashMap<>();
      Optional<PackagePart> stylesPart = related(main, "styles");
      if (stylesPart.isPresent()) {
        styles = parseStyles(stylesPart.get());
      }
      WordNumbering numbering = WordNumbering.empty();
      Optional<PackagePart> numberingPart = related(main, "numbering");
      if (numberingPart.isPresent()) {
        numbering = parseNumbering(numberingPart.get());
      }
      TextBuilder out = new TextBuilder(input.name(), options.maxInputBytes());
      Body body = new Body(out, styles, numbering);
      try (InputStream in = main.getInputStream()) {
        body.walk(Xml.reader(in));
      }
      SourceLocation end = body.last;
      List<String> notes = new ArrayList<>();
      end = writeNotes(main, "footnotes", NoteKind.FOOTNOTE, body.footnotes, out, styles, end);
      end = writeNotes(main, "endnotes", NoteKind.ENDNOTE, body.endnotes, out, styles, end);
      out.finish(end);
      for (String format : numbering.unknownFormats()) {
        notes.add("list number format " + format + " is not known: numbered in decimal");
      }
      for (int i = 0; i < body.deletions.size() && i < MAX_LISTED_DELETIONS; i++) {
        notes.add(body.deletions.get(i));
      }
      if (body.deletions.size() > MAX_LISTED_DELETIONS) {
        notes.add(
            (body.deletions.size() - MAX_LISTED_DELETIONS) + " more tracked deletions left out");
      }
      if (body.skippedTextBoxes > 0) {
        notes.add(body.skippedTextBoxes + " text boxes or drawings left out");
      }
      return new Extraction(out.build(InputFormat.DOCX.sourceFormat()), InputFormat.DOCX, notes);
    } catch (XMLStreamException | POIXMLException | IOException e) {
      DocxPackage.checkNotZipBomb(e, input.name());
      // The file was open and readable: what fails now is the content (a damaged entry).
      throw new UnreadableDocumentException(
          input.name(), Reason.CORRUPT, "is a damaged Word document (" + Damage.oneLine(e) + ")");
    } catch (RuntimeException e) {
      throw Damage.ifFromParser(e, input.name(), "is a damaged Word document");
    } finally {
      pkg.revert();
    }
  }

  private static PackagePart mainPart(OPCPackage pkg, String name) {
    PackageRelationshipCollection rels =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (rels.isEmpty()) {
      rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    if (rels.isEmpty()) {
      throw new UnreadableDocumentException(
          name,
          Reason.WRONG_FORMAT,
          "is a ZIP archive without a main document, not a Word document");
    }
    PackagePart part = pkg.getPart(rels.getRelationship(0));
    if (part == null) {
      throw new UnreadableDocumentException(
          name, Reason.CORRUPT, "is a damaged Word document (its main document part is missing)");
    }
    String type = part.getContentType();
    if (!type.contains("wordprocessingml") && !type.contains("ms-word")) {
      throw new UnreadableDocumentException(
          name, Reason.WRONG_FORMAT, "is an Office file but not a Word document (" + type + ")");
    }
    return part;
  }

  /**
   * The part of {@code kind} (styles, numbering, footnotes, endnotes) the main document refers to.
   *
   * @throws IOException if the document refers to one that is not in the package
   */
  private static Optional<PackagePart> related(PackagePart main, String kind) throws IOException {
    for (String prefix : List.of(REL, STRICT_REL)) {
      PackageRelationshipCollection rels;
      try {
        rels = main.getRelationshipsByType(prefix + kind);
      } catch (InvalidFormatException e) {
        throw new IOException("its " + kind + " relationships do not parse", e);
      }
      for (PackageRelationship rel : rels) {
        PackagePart part;
        try {
          part = main.getRelatedPart(rel);
        } catch (InvalidFormatException | IllegalArgumentException e) {
          // POI's word for a relationship whose target is not in the package
          throw new IOException("its " + kind + " part " + rel.getTargetURI() + " is missing", e);
        }
        if (part != null) {
          return Optional.of(part);
        }
      }
    }
    return Optional.empty();
  }

  // -- styles.xml: the list numbering each paragraph style carries, through basedOn.

  /** A paragraph style: the style it is based on and its list numbering, if any. */
  private static final class Style {
    Optional<String> basedOn = Optional.empty();
    Optional<String> numId = Optional.empty();
    Optional<Integer> ilvl = Optional.empty();
  }

  private static Map<String, Style> parseStyles(PackagePart part) throws IOException {
    Map<String, Style> styles = new HashMap<>();
    try (InputStream in = part.getInputStream()) {
      XMLStreamReader r = Xml.reader(in);
      Style current = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "style":
              current = null;
              if (Xml.attribute(r, "type").orElse("paragraph").equals("paragraph")) {
                current = new Style();
                Optional<String> id = Xml.attribute(r, "styleId");
                if (id.isPresent()) {
                  styles.put(id.get(), current);
                }
              }
              break;
            case "basedOn":
              if (current != null) {
                current.basedOn = Xml.attribute(r, "val");
              }
              break;
            case "numId":
              if (current != null) {
                current.numId = Xml.attribute(r, "val");
              }
              break;
            case "ilvl":
              if (current != null) {
                current.ilvl = Xml.integer(Xml.attribute(r, "val"));
              }
              break;
            default:
              break;
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("styles.xml does not parse: " + Damage.oneLine(e), e);
    }
    return styles;
  }

  // -- numbering.xml

  private static WordNumbering parseNumbering(PackagePart part) throws IOException {
    Map<String, WordNumbering.Definition> definitions = new HashMap<>();
    Map<String, WordNumbering.Instance> instances = new HashMap<>();
    try (InputStream in = part.getInputStream()) {
      XMLStreamReader r = Xml.reader(in);
      while (r.hasNext()) {
        if (r.next() != XMLStreamReader.START_ELEMENT) {
          continue;
        }
        if (r.getLocalName().equals("abstractNum")) {
          String id = Xml.attribute(r, "abstractNumId").orElse("");
          WordNumbering.Definition definition = new WordNumbering.Definition();
          while (!(r.next() == XMLStreamReader.END_ELEMENT
              && r.getLocalName().equals("abstractNum"))) {
            if (r.isStartElement() && r.getLocalName().equals("lvl")) {
              int ilvl = Xml.integer(Xml.attribute(r, "ilvl")).orElse(0);
              WordNumbering.Level level = parseLevel(r);
              if (ilvl >= 0 && ilvl < 9) {
                definition.levels[ilvl] = level;
              }
            }
          }
          definitions.put(id, definition);
        } else if (r.getLocalName().equals("num")) {
          String numId = Xml.attribute(r, "numId").orElse("");
          String abstractId = "";
          Map<Integer, Integer> starts = new HashMap<>();
          Map<Integer, WordNumbering.Level> levels = new HashMap<>();
          int overrideLevel = 0;
          while (!(r.next() == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("num"))) {
            if (!r.isStartElement()) {
              continue;
            }
            switch (r.getLocalName()) {
              case "abstractNumId":
                abstractId = Xml.attribute(r, "val").orElse("");
                break;
              case "lvlOverride":
                overrideLevel = Xml.integer(Xml.attribute(r, "ilvl")).orElse(0);
                break;
              case "startOverride":
                starts.put(overrideLevel, Xml.integer(Xml.attribute(r, "val")).orElse(1));
                break;
              case "lvl":
                levels.put(overrideLevel, parseLevel(r));
                break;
              default:
                break;
            }
          }
          instances.put(numId, new WordNumbering.Instance(abstractId, starts, levels));
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("numbering.xml does not parse: " + Damage.oneLine(e), e);
    }
    return new WordNumbering(definitions, instances);
  }

  /** Reads a {@code w:lvl} element; leaves the reader on its end tag. */
  private static WordNumbering.Level parseLevel(XMLStreamReader r) throws XMLStreamException {
    int start = 1;
    String numFmt = "decimal";
    String lvlText = "";
    String suffix = "\t";
    int restart = -1;
    boolean legal = false;
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamReader.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamReader.START_ELEMENT) {
        continue;
      }
      depth++;
      Optional<String> val = Xml.attribute(r, "val");
      switch (r.getLocalName()) {
        case "start":
          start = Xml.integer(val).orElse(1);
          break;
        case "numFmt":
          numFmt = val.orElse("decimal");
          break;
        case "lvlText":
          lvlText = val.orElse("");
          break;
        case "suff":
          suffix =
              val.map(v -> v.equals("space") ? " " : v.equals("nothing") ? "" : "\t").orElse("\t");
          break;
        case "lvlRestart":
          restart = Xml.integer(val).orElse(-1);
          break;
        case "isLgl":
          legal = !val.orElse("true").equals("false") && !val.orElse("1").equals("0");
          break;
        case "pPr":
        case "rPr":
          Xml.skip(r);
          depth--;
          break;
        default:
          break;
      }
    }
    return new WordNumbering.Level(start, numFmt, lvlText, suffix, restart, legal);
  }

  // -- the body

  /** Walks document.xml (or a notes part) and writes paragraphs to the text. */
  private static final class Body {
    private final TextBuilder out;
    private final Map<String, Style> styles;
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

    Body(TextBuilder out, Map<String, Style> styles, WordNumbering numbering) {
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
      int depth = 1;
      while (depth > 0) {
        int event = r.next();
        if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
          continue;
        }
        if (event != XMLStreamReader.START_ELEMENT) {
          continue;
        }
        String name = r.getLocalName();
        switch (name) {
          case "pPr":
            // numbering and style; the rest of the properties is skipped
            int pDepth = 1;
            while (pDepth > 0) {
              int e = r.next();
              if (e == XMLStreamReader.END_ELEMENT) {
                pDepth--;
              } else if (e == XMLStreamReader.START_ELEMENT) {
                pDepth++;
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
                    Xml.skip(r);
                    pDepth--;
                    break;
                  default:
                    break;
                }
              }
            }
            break;
          case "t":
            text.append(r.getElementText());
            break;
          case "tab":
          case "ptab":
            text.append('\t');
            break;
          case "br":
            String type = Xml.attribute(r, "type").orElse("textWrapping");
            if (type.equals("textWrapping")) {
              text.append('\n');
            }
            Xml.skip(r);
            break;
          case "cr":
            text.append('\n');
            Xml.skip(r);
            break;
          case "noBreakHyphen":
            text.append('\u2011');
            Xml.skip(r);
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
            Xml.skip(r);
            break;
          case "footnoteReference":
            text.append('[')
                .append(noteNumber(footnotes, Xml.attribute(r, "id").orElse("")))
                .append(']');
            Xml.skip(r);
            break;
          case "endnoteReference":
            text.append('[')
                .append(
                    ListNumbers.roman(noteNumber(endnotes, Xml.attribute(r, "id").orElse("")))
                        .toLowerCase(Locale.ROOT))
                .append(']');
            Xml.skip(r);
            break;
          case "del":
          case "moveFrom":
            String deleted = deletedText(r);
            if (!deleted.isBlank()) {
              deletions.add(
                  "tracked deletion in " + location.shortForm() + " left out: " + snippet(deleted));
            }
            break;
          default:
            if (SKIPPED.contains(name)) {
              countSkipped(name);
              Xml.skip(r);
            } else {
              depth++;
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
        Style style = styles.get(s.get());
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
      int depth = 1;
      while (depth > 0) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          depth++;
          if (r.getLocalName().equals("delText") || r.getLocalName().equals("t")) {
            s.append(r.getElementText());
            depth--;
          }
        } else if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
        }
      }
      return s.toString();
    }
  }

  private static String snippet(String s) {
    String one = s.replace('\n', ' ').strip();
    return one.codePointCount(0, one.length()) <= 40
        ? one
        : one.substring(0, one.offsetByCodePoints(0, 40)) + "…";
  }

  /** Writes the notes referenced in the body, in order of reference, after the body. */
  private static SourceLocation writeNotes(
      PackagePart main,
      String kind,
      NoteKind noteKind,
      Map<String, Integer> referenced,
      TextBuilder out,
      Map<String, Style> styles,
      SourceLocation before)
      throws IOException, XMLStreamException {
    if (referenced.isEmpty()) {
      return before;
    }
    Optional<PackagePart> part = related(main, kind);
    if (part.isEmpty()) {
      return before;
    }
    // Each note's paragraphs, by id, rendered without list numbering.
    Map<String, List<String>> texts = new HashMap<>();
    try (InputStream in = part.get().getInputStream()) {
      XMLStreamReader r = Xml.reader(in);
      String id = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event != XMLStreamReader.START_ELEMENT) {
          continue;
        }
        String name = r.getLocalName();
        if (name.equals("footnote") || name.equals("endnote")) {
          id = Xml.attribute(r, "id").orElse("");
        } else if (name.equals("p") && id != null) {
          TextBuilder paragraph = new TextBuilder("note", Long.MAX_VALUE);
          Body body = new Body(paragraph, styles, WordNumbering.empty());
          body.paragraph(r, Optional.of(SourceLocation.Paragraph.of(1)));
          texts.computeIfAbsent(id, k -> new ArrayList<>()).add(paragraph.text().strip());
        }
      }
    }
    for (Map.Entry<String, Integer> note : referenced.entrySet()) {
      int number = note.getValue();
      SourceLocation location = new SourceLocation.Note(noteKind, number);
      String mark =
          noteKind == NoteKind.FOOTNOTE
              ? Integer.toString(number)
              : ListNumbers.roman(number).toLowerCase(Locale.ROOT);
      List<String> paragraphs = texts.getOrDefault(note.getKey(), List.of());
      out.startParagraph(before);
      out.append("[" + mark + "] " + String.join("\n", paragraphs), location);
      before = location;
    }
    return before;
  }
}
