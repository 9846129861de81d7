package org.clausediff.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.clausediff.formats.UnreadableDocumentException.Reason;
import org.clausediff.text.SourceLocation;
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
 *
 * <p>{@link DocxPackage} opens the package (and refuses ZIP bombs), {@link WordStyles} and {@link
 * WordNumberingXml} read the styles and the list numbering, {@link DocxBody} walks the body and
 * {@link DocxNotes} writes the notes after it; this class puts them together and lists the notes.
 */
final class DocxReader implements FormatReader {
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String STRICT_REL =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/";

  private static final int MAX_LISTED_DELETIONS = 20;

  @Override
  public Extraction read(Input input, ReadOptions options) throws IOException {
    if (FormatDetector.isOle2(input.head())) {
      // An encrypted .docx is an OLE2 container; DocReader says which it is.
      Ole2Files.checkOle2(input);
    }
    OPCPackage pkg = DocxPackage.open(input, options);
    try {
      PackagePart main = mainPart(pkg, input.name());
      Map<String, WordStyles.Style> styles = new HashMap<>();
      Optional<PackagePart> stylesPart = related(main, "styles");
      if (stylesPart.isPresent()) {
        styles = WordStyles.parse(stylesPart.get());
      }
      WordNumbering numbering = WordNumbering.empty();
      Optional<PackagePart> numberingPart = related(main, "numbering");
      if (numberingPart.isPresent()) {
        numbering = WordNumberingXml.parse(numberingPart.get());
      }
      TextBuilder out = new TextBuilder(input.name(), options.maxInputBytes());
      DocxBody body = new DocxBody(out, styles, numbering);
      try (InputStream in = main.getInputStream()) {
        body.walk(Xml.reader(in));
      }
      SourceLocation end = body.last;
      List<String> notes = new ArrayList<>();
      end = DocxNotes.write(main, "footnotes", NoteKind.FOOTNOTE, body.footnotes, out, styles, end);
      end = DocxNotes.write(main, "endnotes", NoteKind.ENDNOTE, body.endnotes, out, styles, end);
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
  static Optional<PackagePart> related(PackagePart main, String kind) throws IOException {
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
}
