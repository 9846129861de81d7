package org.clausediff.corpus.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON conventions of clausediff's reports (as the library's report package has them):
 * two-space indentation, {@code \n} line ends, non-ASCII text unescaped, a line break at the end.
 *
 * <p>The library's own {@code JsonOutput} does the same, but it is not public: sharing it would put
 * Jackson's {@code JsonGenerator} in the library's API, which keeps third-party types out, or need
 * a JSON-writing type of the library's own for the sake of one pretty-printer setting. The two are
 * held to the same output by the corpus golden files.
 */
final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Json() {}

  static JsonGenerator open(Appendable out) throws IOException {
    JsonGenerator generator = FACTORY.createGenerator(asWriter(out));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    generator.setPrettyPrinter(
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter));
    return generator;
  }

  static void close(JsonGenerator json, Appendable out) throws IOException {
    json.close();
    out.append('\n');
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
