package org.clausediff.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.clausediff.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Where each code point's bytes are ({@link SourceText#byteOffset}), and cutting spans out of the
 * input byte for byte ({@link SourceText#cut}), in every kind of encoding.
 */
class ByteOffsetsTest {

  private static SourceText decode(byte[] bytes, String charset) {
    return TextDecoder.of(DecodeOptions.defaults().withCharset(Charset.forName(charset)))
        .decode("t", bytes);
  }

  private static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static int[] offsets(SourceText text) {
    int[] offsets = new int[text.length() + 1];
    for (int i = 0; i <= text.length(); i++) {
      offsets[i] = text.byteOffset(i).getAsInt();
    }
    return offsets;
  }

  @Test
  void utf8CodePointsTakeOneToFourBytesAfterTheByteOrderMark() {
    byte[] input = concat(bytes("EF BB BF"), "a é 提𠮷".getBytes(StandardCharsets.UTF_8));

    SourceText text = TextDecoder.defaults().decode("t", input);

    assertThat(offsets(text)).containsExactly(3, 4, 5, 7, 8, 11, 15);
  }

  @Test
  void utf16AndUtf32CountTheirUnits() {
    byte[] utf16 = concat(bytes("FF FE"), "a𠮷b".getBytes(StandardCharsets.UTF_16LE));
    byte[] utf32 = concat(bytes("00 00 FE FF"), "a𠮷b".getBytes(Charset.forName("UTF-32BE")));

    assertThat(offsets(TextDecoder.defaults().decode("t", utf16))).containsExactly(2, 4, 8, 10);
    assertThat(offsets(TextDecoder.defaults().decode("t", utf32))).containsExactly(4, 8, 12, 16);
  }

  @Test
  void gb18030HasOneTwoAndFourByteCharacters() {
    // a, 提 (2 bytes), À (4 bytes in the BMP), 𠮷 (4 bytes), b
    byte[] input = "a提À𠮷b".getBytes(Charset.forName("GB18030"));

    SourceText text = TextDecoder.defaults().decode("t", input);

    assertThat(text.encoding()).hasValue(Encoding.of(Charset.forName("GB18030")));
    assertThat(offsets(text)).containsExactly(0, 1, 3, 7, 11, 12);
  }

  @Test
  void shiftJisHalfWidthKatakanaTakesOneByte() {
    // ﾃ (1 byte), 第 (2 bytes), a
    byte[] input = "ﾃ第a".getBytes(Charset.forName("windows-31j"));

    assertThat(offsets(decode(input, "windows-31j"))).containsExactly(0, 1, 3, 4);
  }

  @Test
  void iso2022EscapeSequencesCountWithTheCharacterTheDecoderReadsThemWith() {
    // ESC $ B, 第 (2 bytes), ESC ( B, a: Java's decoder reads both escape sequences with 第.
    byte[] input = "第a".getBytes(Charset.forName("ISO-2022-JP"));
    assertThat(input).isEqualTo(bytes("1B2442 4268 1B2842 61"));

    assertThat(offsets(decode(input, "ISO-2022-JP"))).containsExactly(0, 8, 9);
  }

  @Test
  void textGivenAsAStringHasNoBytes() {
    SourceText text = SourceText.of("t", "提高");

    assertThat(text.encoding()).isEmpty();
    assertThat(text.byteOffset(1)).isEmpty();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> text.cut(new byte[0], List.of(Span.of(0, 1))));
    assertThat(e).hasMessage("t was not decoded from bytes");
  }

  @Test
  void cuttingKeepsWindows31jBytesThatDoNotRoundTrip() {
    // 87 90 is ≒ (U+2252), which Windows-31J encodes back as 81 E0: re-encoding would change it.
    byte[] kept = concat(bytes("8790"), "第一条".getBytes(Charset.forName("windows-31j")));
    byte[] removed = "重複".getBytes(Charset.forName("windows-31j"));
    byte[] input = concat(kept, removed, bytes("0A"));
    SourceText text = decode(input, "windows-31j");

    byte[] cut = text.cut(input, List.of(Span.of(4, 6)));

    assertThat(text.text()).isEqualTo("≒第一条重複\n");
    assertThat(cut).isEqualTo(concat(kept, bytes("0A")));
  }

  @Test
  void cuttingKeepsBig5BytesThatDoNotRoundTrip() {
    // A2 CC is 十 (U+5341), which Big5 encodes back as A4 51.
    byte[] input = concat(bytes("A2CC"), "條重複".getBytes(Charset.forName("Big5")));
    SourceText text = decode(input, "Big5");

    byte[] cut = text.cut(input, List.of(Span.of(2, 3)));

    assertThat(cut).isEqualTo(concat(bytes("A2CC"), "條複".getBytes(Charset.forName("Big5"))));
  }

  @Test
  void cuttingKeepsTheByteOrderMarkAndByteOrder() {
    // --encoding UTF-16 on a little-endian file: the decoder reads the mark; the cut keeps it.
    byte[] input = concat(bytes("FF FE"), "一二三".getBytes(StandardCharsets.UTF_16LE));
    SourceText text = decode(input, "UTF-16");

    byte[] cut = text.cut(input, List.of(Span.of(1, 2)));

    assertThat(text.encoding()).hasValue(new Encoding(StandardCharsets.UTF_16, true));
    assertThat(cut).isEqualTo(concat(bytes("FF FE"), "一三".getBytes(StandardCharsets.UTF_16LE)));
  }

  @Test
  void cuttingAcrossAShiftOfAStatefulEncodingIsRefused() {
    // ESC $ B 第 第 ESC ( B a: cutting the first 第 with the escape sequence before it leaves the
    // second 第's bytes to be read as ASCII.
    byte[] input = "第第a".getBytes(Charset.forName("ISO-2022-JP"));
    SourceText text = decode(input, "ISO-2022-JP");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> text.cut(input, List.of(Span.of(0, 1))));

    assertThat(e.reason()).isEqualTo(InvalidInputException.Reason.NOT_CUTTABLE);
    assertThat(e)
        .hasMessage(
            "t: passages cannot be cut out of ISO-2022-JP bytes without changing the text around"
                + " the cuts; convert the file to UTF-8 first");
  }

  @Test
  void cuttingChecksItsArguments() {
    byte[] input = "abc".getBytes(StandardCharsets.UTF_8);
    SourceText text = TextDecoder.defaults().decode("t", input);

    assertThat(text.cut(input, List.of())).isEqualTo(input);
    assertThat(text.cut(input, List.of(Span.of(0, 1), Span.of(1, 3)))).isEmpty();
    IllegalArgumentException other =
        assertThrows(
            IllegalArgumentException.class, () -> text.cut(new byte[4], List.of(Span.of(0, 1))));
    assertThat(other).hasMessage("t was decoded from 3 bytes, not 4");
    IllegalArgumentException unsorted =
        assertThrows(
            IllegalArgumentException.class,
            () -> text.cut(input, List.of(Span.of(2, 3), Span.of(0, 1))));
    assertThat(unsorted).hasMessageStartingWith("spans must be sorted and disjoint");
  }
}
