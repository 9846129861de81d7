package org.clausediff.corpus.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.clausediff.corpus.Occurrence;
import org.clausediff.report.PrintableText;
import org.clausediff.text.SourceLocation;

/**
 * How the reports show where an occurrence is in its file: {@code 12:3} after the name of a plain
 * text, {@code (p. 3)} or {@code (¶ 41)} after that of a document read by the formats module.
 */
final class Locations {
  private Locations() {}

  /** Whether the occurrence is located by line and column (a plain text or Markdown file). */
  static boolean byLine(Occurrence occurrence) {
    return occurrence.from() instanceof SourceLocation.Line
        && occurrence.to() instanceof SourceLocation.Line;
  }

  /**
   * The document's printable name and where the occurrence starts, for the text report: {@code
   * a.txt:12:3}, {@code b.pdf (p. 3)}.
   */
  static String at(Occurrence occurrence) {
    String name = PrintableText.name(occurrence.document());
    return byLine(occurrence)
        ? name + ":" + occurrence.from().shortForm()
        : name + " (" + PrintableText.line(occurrence.from().shortForm()) + ")";
  }

  /**
   * Writes the field {@code "source"}: {@code {"line", "column", "endLine", "endColumn"}} for a
   * plain text; for a document, the fields of the start's location and those of the end's under
   * {@code "end"}, e.g. {@code {"page": 3, "line": 12, "end": {"page": 4, "line": 2}}}.
   */
  static void writeSource(JsonGenerator json, Occurrence occurrence) throws IOException {
    json.writeObjectFieldStart("source");
    if (byLine(occurrence)) {
      SourceLocation.Line from = (SourceLocation.Line) occurrence.from();
      SourceLocation.Line to = (SourceLocation.Line) occurrence.to();
      json.writeNumberField("line", from.line());
      json.writeNumberField("column", from.column());
      json.writeNumberField("endLine", to.line());
      json.writeNumberField("endColumn", to.column());
    } else {
      writeFields(json, occurrence.from().fields());
      json.writeObjectFieldStart("end");
      writeFields(json, occurrence.to().fields());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void writeFields(JsonGenerator json, Map<String, Object> fields)
      throws IOException {
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (field.getValue() instanceof Integer number) {
        json.writeNumberField(field.getKey(), number);
      } else {
        json.writeStringField(field.getKey(), field.getValue().toString());
      }
    }
  }
}
