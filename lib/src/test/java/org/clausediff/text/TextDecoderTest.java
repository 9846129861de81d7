package org.clausediff.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.clausediff.InvalidInputException;
import org.clausediff.LimitExceededException;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {
  private static final String CHINESE = "（四）着力提高行政审批服务效能。𠮷\r\n";
  private static final TextDecoder DECODER = TextDecoder.defaults();

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void readsUtf8() {
    SourceText text = DECODER.decode("a.txt", CHINESE.getBytes(StandardCharsets.UTF_8));

    assertThat(text.text()).isEqualTo(CHINESE);
    assertThat(text.encoding()).hasValue(Encoding.of(StandardCharsets.UTF_8));
    assertThat(text.name()).isEqualTo("a.txt");
  }

  @Test
  void byteOrderMarksChooseTheEncodingAndAreNotPartOfTheText() {
    byte[] utf8 =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            CHINESE.getBytes(StandardCharsets.UTF_8));
    byte[] utf16le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CHINESE.getBytes(StandardCharsets.UTF_16LE));
    byte[] utf16be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CHINESE.getBytes(StandardCharsets.UTF_16BE));
    byte[] utf32le =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
            CHINESE.getBytes(Charset.forName("UTF-32LE")));

    assertThat(DECODER.decode("a", utf8).text()).isEqualTo(CHINESE);
    assertThat(DECODER.decode("a", utf8).encoding().orElseThrow().name())
        .isEqualTo("UTF-8 with BOM");
    assertThat(DECODER.decode("a", utf16le).text()).isEqualTo(CHINESE);
    assertThat(DECODER.decode("a", utf16le).encoding())
        .hasValue(new Encoding(StandardCharsets.UTF_16LE, true));
    assertThat(DECODER.decode("a", utf16be).text()).isEqualTo(CHINESE);
    assertThat(DECODER.decode("a", utf32le).text()).isEqualTo(CHINESE);
  }

  @Test
  void detectsGb18030WhenTheBytesAreNotUtf8() {
    byte[] gbk = "（一）指导思想。全面贯彻党的十九大精神".getBytes(Charset.forName("GBK"));

    SourceText text = DECODER.decode("gbk.txt", gbk);

    assertThat(text.text()).isEqualTo("（一）指导思想。全面贯彻党的十九大精神");
    assertThat(text.encoding().orElseThrow().name()).isEqualTo("GB18030");
  }

  @Test
  void truncatedGb18030NamesTheFurthestOffset() {
    byte[] gb = "各市、自治州人民政府".getBytes(Charset.forName("GB18030"));
    byte[] truncated = Arrays.copyOf(gb, gb.length - 1);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DECODER.decode("cut.txt", truncated));

    assertThat(e.reason()).isEqualTo(InvalidInputException.Reason.UNDECODABLE);
    assertThat(e)
        .hasMessage(
            "cut.txt: not UTF-8, UTF-16 or GB18030 text; first undecodable byte at offset "
                + (gb.length - 2)
                + " (reading as GB18030)");
    assertThat(e.offset()).hasValue(gb.length - 2);
    assertThat(e.documentName()).isEqualTo("cut.txt");
  }

  @Test
  void nulByteMeansBinary() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DECODER.decode("a.zip", zip));

    assertThat(e.reason()).isEqualTo(InvalidInputException.Reason.BINARY);
    assertThat(e).hasMessage("a.zip: binary file (NUL byte at offset 5), not text");
  }

  @Test
  void utf16WithoutByteOrderMarkIsRefusedWithAHint() {
    byte[] ascii = "Article 5. Scope\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] chinese = "提高行政审批服务效能，优化营商环境。".getBytes(StandardCharsets.UTF_16BE);

    InvalidInputException e1 =
        assertThrows(InvalidInputException.class, () -> DECODER.decode("le.txt", ascii));
    InvalidInputException e2 =
        assertThrows(InvalidInputException.class, () -> DECODER.decode("be.txt", chinese));

    assertThat(e1.reason()).isEqualTo(InvalidInputException.Reason.AMBIGUOUS_ENCODING);
    assertThat(e1)
        .hasMessageContaining("UTF-16LE text without a byte-order mark")
        .hasMessageContaining("--encoding UTF-16LE");
    assertThat(e2).hasMessageContaining("UTF-16BE");
  }

  @Test
  void namedEncodingOverridesDetection() {
    byte[] bytes = "提高效能".getBytes(StandardCharsets.UTF_16LE);

    SourceText text =
        TextDecoder.of(DecodeOptions.defaults().withCharset(StandardCharsets.UTF_16LE))
            .decode("x", bytes);

    assertThat(text.text()).isEqualTo("提高效能");
    assertThat(text.encoding()).hasValue(Encoding.of(StandardCharsets.UTF_16LE));
  }

  @Test
  void namedUtf8SkipsAndNamesTheByteOrderMark() {
    byte[] withBom =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "提高".getBytes(StandardCharsets.UTF_8));
    TextDecoder named =
        TextDecoder.of(DecodeOptions.defaults().withCharset(StandardCharsets.UTF_8));

    assertThat(named.decode("x", withBom).text()).isEqualTo("提高");
    assertThat(named.decode("x", withBom).encoding().orElseThrow().name())
        .isEqualTo("UTF-8 with BOM");
    assertThat(named.decode("x", "提高".getBytes(StandardCharsets.UTF_8)).encoding().orElseThrow())
        .hasToString("UTF-8");
  }

  @Test
  void namedEncodingIsStrict() {
    byte[] gb = "提高".getBytes(Charset.forName("GBK"));

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                TextDecoder.of(DecodeOptions.defaults().withCharset(StandardCharsets.UTF_8))
                    .decode("x", gb));

    assertThat(e).hasMessage("x: not valid UTF-8 text; first undecodable byte at offset 0");
  }

  @Test
  void emptyInputIsAnEmptyText() {
    SourceText text = DECODER.decode("empty", new byte[0]);

    assertThat(text.isEmpty()).isTrue();
    assertThat(text.lineCount()).isEqualTo(1);
  }

  @Test
  void inputsOverTheLimitAreRefusedNamingTheLimit() {
    TextDecoder small = TextDecoder.of(DecodeOptions.defaults().withMaxInputBytes(10));

    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () -> small.decode("big", "01234567890".getBytes(StandardCharsets.UTF_8)));

    assertThat(e.limitName()).isEqualTo("maxInputBytes");
    assertThat(e.limit()).isEqualTo(10);
    assertThat(e.actual()).isEqualTo(11);
    assertThat(e).hasMessage("big: 11 bytes exceed the input limit of 10 bytes");
  }

  @Test
  void readingChecksTheSizeBeforeReading(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.txt");
    Files.write(file, new byte[2048]);

    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () -> TextDecoder.of(DecodeOptions.defaults().withMaxInputBytes(1024)).read(file));

    assertThat(e.actual()).isEqualTo(2048);
  }

  @Test
  void missingFilesAndDirectoriesAreIoErrors(@TempDir Path dir) {
    assertThrows(NoSuchFileException.class, () -> DECODER.read(dir.resolve("missing.txt")));
    IOException e = assertThrows(IOException.class, () -> DECODER.read(dir));
    assertThat(e).hasMessageEndingWith(": is a directory, not a file");
  }

  @Test
  void seedsReadAsUtf8() throws IOException {
    for (String seed : TestData.SEEDS) {
      assertThat(DECODER.read(TestData.path(seed)).encoding())
          .as(seed)
          .hasValue(Encoding.of(StandardCharsets.UTF_8));
    }
  }

  /** An endless stream of {@code value} that counts what is read from it. */
  private static final class Endless extends java.io.InputStream {
    final int value;
    long read;

    Endless(int value) {
      this.value = value;
    }

    @Override
    public int read() {
      read++;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) value);
      read += len;
      return len;
    }
  }

  @Test
  void aBinaryStreamIsRefusedFromItsFirstBytesNotAtTheLimit() {
    Endless zeros = new Endless(0);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DECODER.read("/dev/zero", zeros));

    assertThat(e).hasMessage("/dev/zero: binary file (NUL byte at offset 0), not text");
    assertThat(zeros.read).isLessThanOrEqualTo(2L * TextDecoder.HEAD);
  }

  @Test
  void aBinaryStreamIsRefusedEarlyUnderANamedEncodingToo() {
    Endless zeros = new Endless(0);
    TextDecoder named =
        TextDecoder.of(DecodeOptions.defaults().withCharset(StandardCharsets.UTF_16LE));

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> named.read("zeros", zeros));

    assertThat(e).hasMessage("zeros: binary file (NUL character at code point offset 0), not text");
    assertThat(zeros.read).isLessThanOrEqualTo(2L * TextDecoder.HEAD);
  }

  @Test
  void anEndlessTextStreamStopsAtTheLimit() {
    Endless letters = new Endless('a');
    TextDecoder small = TextDecoder.of(DecodeOptions.defaults().withMaxInputBytes(1 << 20));

    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> small.read("letters", letters));

    assertThat(e).hasMessage("letters: longer than the input limit of 1048576 bytes");
    assertThat(letters.read).isEqualTo((1 << 20) + 1);
  }

  @Test
  void readsDevZeroAndDevUrandomOnlyToTheirFirstBytes() throws IOException {
    for (String device : List.of("/dev/zero", "/dev/urandom")) {
      Path path = Path.of(device);
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(path), device);
      TextDecoder decoder =
          TextDecoder.of(DecodeOptions.defaults().withMaxInputBytes(DecodeOptions.MAX_INPUT_BYTES));
      long start = System.nanoTime();

      InvalidInputException e = assertThrows(InvalidInputException.class, () -> decoder.read(path));

      assertThat(e.reason()).isEqualTo(InvalidInputException.Reason.BINARY);
      // Reading 2 GB would take seconds and fill the heap; 64 KiB takes a few milliseconds.
      assertThat(System.nanoTime() - start).as(device).isLessThan(2_000_000_000L);
    }
  }

  @Test
  void readsAStreamAsAFile() throws IOException {
    byte[] gb = "（一）指导思想".getBytes(Charset.forName("GB18030"));

    SourceText text = DECODER.read("-", new java.io.ByteArrayInputStream(gb));

    assertThat(text.name()).isEqualTo("-");
    assertThat(text.text()).isEqualTo("（一）指导思想");
    assertThat(DECODER.readBytes("-", new java.io.ByteArrayInputStream(gb))).isEqualTo(gb);
  }

  @Test
  void rejectsBadOptions() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> DecodeOptions.defaults().withMaxInputBytes(0));
    assertThat(e).hasMessage("maxInputBytes must be in [1, 2146435072] but was 0");
    IllegalArgumentException tooLarge =
        assertThrows(
            IllegalArgumentException.class,
            () -> DecodeOptions.defaults().withMaxInputBytes(3L << 30));
    assertThat(tooLarge).hasMessage("maxInputBytes must be in [1, 2146435072] but was 3221225472");
  }
}
