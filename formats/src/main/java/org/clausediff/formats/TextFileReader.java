package org.clausediff.formats;

import java.io.IOException;
import java.util.List;
import org.clausediff.text.TextDecoder;

/** Plain text: decoded as {@link TextDecoder} does; its source map is its line and column. */
final class TextFileReader implements FormatReader {
  @Override
  public Extraction read(Input input, ReadOptions options) throws IOException {
    TextDecoder decoder = TextDecoder.of(options.decodeOptions());
    return new Extraction(decoder.decode(input.name(), input.bytes()), InputFormat.TEXT, List.of());
  }
}
