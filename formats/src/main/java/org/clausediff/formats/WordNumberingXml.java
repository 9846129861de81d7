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
 * Reads a .docx's {@code numbering.xml} (abstract list definitions, their levels, and the list
 * instances that override them) into a {@link WordNumbering}, as a stream.
 */
final class WordNumberingXml {
  private WordNumberingXml() {}

  /** The list definitions and instances of {@code part} (numbering.xml). */
  static WordNumbering parse(PackagePart part) throws IOException {
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
          Xml.Walk walk = Xml.walk(r);
          while (walk.next()) {
            if (r.getLocalName().equals("lvl")) {
              int ilvl = Xml.integer(Xml.attribute(r, "ilvl")).orElse(0);
              WordNumbering.Level level = parseLevel(r);
              walk.ended();
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
          Xml.Walk walk = Xml.walk(r);
          while (walk.next()) {
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
                walk.ended();
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
    Xml.Walk walk = Xml.walk(r);
    while (walk.next()) {
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
          walk.skip();
          break;
        default:
          break;
      }
    }
    return new WordNumbering.Level(start, numFmt, lvlText, suffix, restart, legal);
  }
}
