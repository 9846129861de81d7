package org.clausediff.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceLocation.NoteKind;

/**
 * The footnotes or endnotes of a .docx that its body refers to, written after the body in order of
 * reference, each a paragraph that starts with its mark ({@code [1]}, {@code [i]}).
 */
final class DocxNotes {
  private DocxNotes() {}

  /** Writes the notes referenced in the body, in order of reference, after the body. */
  static SourceLocation write(
      PackagePart main,
      String kind,
      NoteKind noteKind,
      Map<String, Integer> referenced,
      TextBuilder out,
      Map<String, WordStyles.Style> styles,
      SourceLocation before)
      throws IOException, XMLStreamException {
    if (referenced.isEmpty()) {
      return before;
    }
    Optional<PackagePart> part = DocxReader.related(main, kind);
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
          DocxBody body = new DocxBody(paragraph, styles, WordNumbering.empty());
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
