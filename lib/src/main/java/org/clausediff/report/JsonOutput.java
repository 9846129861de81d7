package org.clausediff.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * The shared conventions of clausediff's JSON reports: two-space indentation, {@code \n} line ends,
 * non-ASCII text unescaped, fields in a fixed order, offsets as code points. Use {@link #open} to
 * get a generator and the helpers to write the common objects; {@link #close} ends the report with
 * a line break. Closing never closes the underlying output.
 */
final class JsonOutput {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonOutput() {}

  /** A generator that writes to {@code out} in the shared style; close it to flush. */
  public static JsonGenerator open(Appendable out) throws IOException {
    JsonGenerator generator = FACTORY.createGenerator(asWriter(out));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    generator.setPrettyPrinter(printer);
    return generator;
  }

  /** Flushes and closes {@code json} and ends the report with a line break. */
  public static void close(JsonGenerator json, Appendable out) throws IOException {
    json.close();
    out.append('\n');
  }

  /** Writes {@code "start": a, "end": b} into the current object. */
  public static void spanFields(JsonGenerator json, Span span) throws IOException {
    json.writeNumberField("start", span.start());
    json.writeNumberField("end", span.end());
  }

  /** Writes the object {@code {"start": a, "end": b}}. */
  public static void span(JsonGenerator json, Span span) throws IOException {
    json.writeStartObject();
    spanFields(json, span);
    json.writeEndObject();
  }

  /**
   * Writes {@code "start": a, "end": b} of a span of {@code source} and, for a text extracted from
   * a Word, PDF, HTML or Markdown file, {@code "source": {...}}: where the span starts in that
   * file.
   */
  public static void spanFields(JsonGenerator json, SourceText source, Span span)
      throws IOException {
    spanFields(json, span);
    SourcePlaces.json(json, source, span.start());
  }

  /** Writes the object {@code {"start": a, "end": b}} with its {@code "source"}, if any. */
  public static void span(JsonGenerator json, SourceText source, Span span) throws IOException {
    json.writeStartObject();
    spanFields(json, source, span);
    json.writeEndObject();
  }

  /**
   * Writes the fields {@code name}, {@code length} and {@code sha256} of a document, and {@code
   * format} ({@code docx}, {@code pdf}, …) and {@code notes} (its reader's, see {@link
   * SourceText#notes()}) for a text extracted from a file that is not plain text.
   */
  public static void documentFields(JsonGenerator json, SourceText source) throws IOException {
    json.writeStringField("name", source.name());
    json.writeNumberField("length", source.length());
    json.writeStringField("sha256", source.sha256());
    if (source.format() != SourceFormat.TEXT) {
      json.writeStringField("format", source.format().id());
    }
    ExtractionNotes.json(json, source);
  }

  private static Writer asWriter(Appendable out) {
    if (out instanceof Writer) {
      return (Writer) out;
    }
    return new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        out.append(java.nio.CharBuffer.wrap(buffer, offset, length));
      }

      @Override
      public void write(String text, int offset, int length) throws IOException {
        out.append(text, offset, offset + length);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
