package org.clausediff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceMap;
import org.junit.jupiter.api.Test;

class SourceMapCodecTest {
  @Test
  void everyKindOfLocationComesBackAsItWas() {
    SourceMap map =
        SourceMap.of(
            400_000,
            List.of(
                new SourceMap.Run(0, new SourceLocation.Line(1, 1)),
                new SourceMap.Run(5, new SourceLocation.Page(3, 12)),
                new SourceMap.Run(200, SourceLocation.Paragraph.of(41)),
                new SourceMap.Run(
                    300,
                    new SourceLocation.Paragraph(7, Optional.of(new SourceLocation.Cell(1, 2, 3)))),
                new SourceMap.Run(
                    70_000, new SourceLocation.Note(SourceLocation.NoteKind.ENDNOTE, 2)),
                new SourceMap.Run(
                    399_999, new SourceLocation.Element("html > body > div#正文 > p:nth-child(3)")),
                new SourceMap.Run(400_000, new SourceLocation.Page(130, 1))));

    byte[] bytes = SourceMapCodec.encode(map);
    byte[] padded = new byte[bytes.length + 7];
    System.arraycopy(bytes, 0, padded, 3, bytes.length);

    assertThat(SourceMapCodec.decode(bytes, 0, bytes.length)).isEqualTo(map);
    assertThat(SourceMapCodec.decode(padded, 3, bytes.length)).isEqualTo(map);
  }
}
