package org.clausediff.formats;

import java.io.InputStream;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A StAX reader that refuses DTDs and external entities (XXE), and small helpers over it. */
final class Xml {
  private static final XMLInputFactory FACTORY = factory();

  private Xml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    synchronized (FACTORY) {
      return FACTORY.createXMLStreamReader(in);
    }
  }

  /** The attribute with local name {@code name}, whatever its namespace. */
  static Optional<String> attribute(XMLStreamReader r, String name) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(name)) {
        return Optional.of(r.getAttributeValue(i));
      }
    }
    return Optional.empty();
  }

  /** Skips the element the reader is at (on its start tag), leaving it on the end tag. */
  static void skip(XMLStreamReader r) throws XMLStreamException {
    Walk walk = walk(r);
    while (walk.next()) {
      // every element inside is walked into
    }
  }

  /** A walk through the elements inside the one {@code r} is at (on its start tag). */
  static Walk walk(XMLStreamReader r) {
    return new Walk(r);
  }

  /**
   * A walk through the elements inside one element: {@link #next()} moves the reader to the next
   * start tag inside it, and walks into that element unless the caller reads it to its end tag
   * ({@link #skip()}, {@link #text()}, or its own reading followed by {@link #ended()}). The walk
   * ends on the outer element's end tag.
   */
  static final class Walk {
    private final XMLStreamReader r;
    private int depth = 1;

    private Walk(XMLStreamReader r) {
      this.r = r;
    }

    /**
     * Moves to the next start tag inside the element; false, on its end tag, when there is none.
     */
    boolean next() throws XMLStreamException {
      while (depth > 0) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          depth++;
          return true;
        }
        if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
        }
      }
      return false;
    }

    /** Skips the element the walk is at, without walking into it. */
    void skip() throws XMLStreamException {
      Xml.skip(r);
      ended();
    }

    /** The text of the element the walk is at, which holds only text. */
    String text() throws XMLStreamException {
      String text = r.getElementText();
      ended();
      return text;
    }

    /** Says that the caller read the element the walk is at to its end tag. */
    void ended() {
      depth--;
    }
  }

  /** Parses an integer attribute value; empty if it is not one. */
  static Optional<Integer> integer(Optional<String> value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(value.get().trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
