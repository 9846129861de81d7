package org.clausediff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceText;

/**
 * Where an offset of a text came from, as the reports show it: for plain text its line and column
 * (as every report always showed it); for a text extracted from a Word, PDF, HTML or Markdown file,
 * its place in that file ({@link SourceText#sourceMap()}).
 */
final class SourcePlaces {
  private SourcePlaces() {}

  /**
   * The brief form for the text, Markdown and HTML reports, printable as it is: {@code 12:3} for
   * plain text and Markdown, {@code p. 3} for PDF, {@code ¶ 41} for Word (the table cell is left to
   * the JSON report), {@code footnote 2}, or an HTML element's path.
   */
  static String brief(SourceText source, int offset) {
    if (source.format() == SourceFormat.TEXT) {
      return source.lineColumn(offset).toString();
    }
    SourceLocation location = source.sourceMap().location(offset);
    if (location instanceof SourceLocation.Paragraph) {
      return "¶ " + ((SourceLocation.Paragraph) location).paragraph();
    }
    // An element path holds the page's own ids and class names.
    return PrintableText.name(location.shortForm());
  }

  /**
   * Writes {@code "source": {...}}, the fields of {@code offset}'s location (e.g. {@code "page": 3,
   * "line": 12}), into the current object — for a text extracted from another format only, so that
   * the reports of plain text stay as they were.
   */
  static void json(JsonGenerator json, SourceText source, int offset) throws IOException {
    if (source.format() == SourceFormat.TEXT) {
      return;
    }
    json.writeObjectFieldStart("source");
    for (Map.Entry<String, Object> field :
        source.sourceMap().location(offset).fields().entrySet()) {
      if (field.getValue() instanceof Integer) {
        json.writeNumberField(field.getKey(), (Integer) field.getValue());
      } else {
        json.writeStringField(field.getKey(), field.getValue().toString());
      }
    }
    json.writeEndObject();
  }
}
