package org.clausediff.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceMap;

/**
 * Packs a document's {@link SourceMap} — the page, paragraph, note or element of a document read by
 * the formats module — into bytes for a stored field, and back, so that reuse reports give the
 * location in the file rather than a line of the extracted text.
 *
 * <p>Layout: the text's length and the number of runs, then per run its start (a delta from the
 * previous one), a kind byte and the location's numbers, all variable-length; an element's path as
 * length-prefixed UTF-8.
 */
final class SourceMapCodec {
  private SourceMapCodec() {}

  static byte[] encode(SourceMap map) {
    int size = 2 * VarInts.MAX_BYTES;
    for (SourceMap.Run run : map.runs()) {
      size += 1 + 5 * VarInts.MAX_BYTES;
      if (run.location() instanceof SourceLocation.Element element) {
        size += 3 * element.path().length();
      }
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    VarInts.write(out, map.length());
    VarInts.write(out, map.runs().size());
    int previous = 0;
    for (SourceMap.Run run : map.runs()) {
      VarInts.write(out, run.start() - previous);
      previous = run.start();
      SourceLocation location = run.location();
      out.put((byte) location.kind().ordinal());
      if (location instanceof SourceLocation.Line line) {
        VarInts.write(out, line.line());
        VarInts.write(out, line.column());
      } else if (location instanceof SourceLocation.Page page) {
        VarInts.write(out, page.page());
        VarInts.write(out, page.line());
      } else if (location instanceof SourceLocation.Paragraph paragraph) {
        VarInts.write(out, paragraph.paragraph());
        VarInts.write(out, paragraph.cell().isPresent() ? 1 : 0);
        if (paragraph.cell().isPresent()) {
          SourceLocation.Cell cell = paragraph.cell().get();
          VarInts.write(out, cell.table());
          VarInts.write(out, cell.row());
          VarInts.write(out, cell.column());
        }
      } else if (location instanceof SourceLocation.Note note) {
        VarInts.write(out, note.note().ordinal());
        VarInts.write(out, note.number());
      } else if (location instanceof SourceLocation.Element element) {
        byte[] path = element.path().getBytes(StandardCharsets.UTF_8);
        VarInts.write(out, path.length);
        out.put(path);
      } else {
        throw new AssertionError(location);
      }
    }
    byte[] bytes = new byte[out.position()];
    out.flip();
    out.get(bytes);
    return bytes;
  }

  /**
   * The map packed in {@code bytes}.
   *
   * @throws IllegalArgumentException if the bytes are not a packed map
   */
  static SourceMap decode(byte[] bytes, int offset, int length) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    int textLength = VarInts.read(in);
    int runs = VarInts.read(in);
    List<SourceMap.Run> list = new ArrayList<>(runs);
    int start = 0;
    SourceLocation.Kind[] kinds = SourceLocation.Kind.values();
    for (int r = 0; r < runs; r++) {
      start += VarInts.read(in);
      SourceLocation location =
          switch (kinds[in.get()]) {
            case LINE -> new SourceLocation.Line(VarInts.read(in), VarInts.read(in));
            case PAGE -> new SourceLocation.Page(VarInts.read(in), VarInts.read(in));
            case PARAGRAPH -> {
              int paragraph = VarInts.read(in);
              Optional<SourceLocation.Cell> cell =
                  VarInts.read(in) == 0
                      ? Optional.empty()
                      : Optional.of(
                          new SourceLocation.Cell(
                              VarInts.read(in), VarInts.read(in), VarInts.read(in)));
              yield new SourceLocation.Paragraph(paragraph, cell);
            }
            case NOTE ->
                new SourceLocation.Note(
                    SourceLocation.NoteKind.values()[VarInts.read(in)], VarInts.read(in));
            case ELEMENT -> {
              int n = VarInts.read(in);
              String path = new String(bytes, in.position(), n, StandardCharsets.UTF_8);
              in.position(in.position() + n);
              yield new SourceLocation.Element(path);
            }
          };
      list.add(new SourceMap.Run(start, location));
    }
    return SourceMap.of(textLength, list);
  }
}
