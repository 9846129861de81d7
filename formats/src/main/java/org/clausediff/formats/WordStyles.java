package org.clausediff.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * The paragraph styles of a .docx ({@code styles.xml}): the list numbering each carries, directly
 * or through the style it is based on, read as a stream.
 */
final class WordStyles {
  private WordStyles() {}

  /** A paragraph style: the style it is based on and its list numbering, if any. */
  static final class Style {
    Optional<String> basedOn = Optional.empty();
    Optional<String> numId = Optional.empty();
    Optional<Integer> ilvl = Optional.empty();
  }

  /** The paragraph styles of {@code part} (styles.xml), by style id. */
  static Map<String, Style> parse(PackagePart part) throws IOException {
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
}
