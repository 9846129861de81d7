package org.clausediff.robustness;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausediff.InvalidInputException.Reason;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TestData;

/**
 * The bad-input corpus of issue 6: broken encodings, binary files, empty and pathological texts,
 * each with the outcome that reading and segmenting it must have. Small cases are files under
 * {@code testdata/bad/} (see its README); large ones are generated when a test needs them and never
 * committed. Tests of every stage and of every command run over {@link #all()}; a test that adds a
 * stage or a command adds its own checks of the outcome.
 */
public final class BadInputs {
  private BadInputs() {}

  /** What reading a bad input must give. */
  public sealed interface Outcome permits Text, Rejected {}

  /**
   * The input is text: it decodes from {@code encoding} to {@code length} code points and segments
   * into exactly {@code units} units of each kind listed (kinds not listed are not checked).
   */
  public record Text(String encoding, int length, Map<UnitKind, Integer> units) implements Outcome {
    /** Copies the counts. */
    public Text {
      units = Map.copyOf(units);
    }
  }

  /**
   * The input is refused with an {@link org.clausediff.InvalidInputException} of {@code reason}
   * whose message, after the document name and {@code ": "}, is exactly {@code problem}.
   */
  public record Rejected(Reason reason, String problem) implements Outcome {}

  /**
   * One bad input.
   *
   * @param name the file name
   * @param description what is bad about it, for test names
   * @param outcome what reading it must give
   * @param large whether it is generated at test time (and large enough to take seconds)
   * @param generator gives the bytes
   */
  public record BadInput(
      String name, String description, Outcome outcome, boolean large, Supplier<byte[]> generator) {

    /** The bytes of the input (read from testdata/bad/ or generated). */
    public byte[] bytes() {
      return generator.get();
    }

    /**
     * The input as a file: the committed one under testdata/bad/, or a generated one written into
     * {@code scratch} (once).
     */
    public Path file(Path scratch) {
      if (!large) {
        return committed(name);
      }
      Path file = scratch.resolve(name);
      if (!Files.exists(file)) {
        try {
          Files.write(file, bytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return file;
    }

    @Override
    public String toString() {
      return name + " (" + description + ")";
    }
  }

  /** Every bad input: the committed ones, then the generated ones. */
  public static List<BadInput> all() {
    return Stream.concat(small().stream(), large().stream()).toList();
  }

  /** The small inputs committed under testdata/bad/. */
  public static List<BadInput> small() {
    return List.of(
        rejected(
            "invalid-utf8.txt",
            "bytes FF FE FD after valid UTF-8",
            Reason.UNDECODABLE,
            "not UTF-8, UTF-16 or GB18030 text; first undecodable byte at offset 12 (reading as"
                + " UTF-8)"),
        rejected(
            "truncated-gb18030.txt",
            "GB18030 cut inside the last character",
            Reason.UNDECODABLE,
            "not UTF-8, UTF-16 or GB18030 text; first undecodable byte at offset 47 (reading as"
                + " GB18030)"),
        rejected(
            "utf16le-no-bom.txt",
            "UTF-16LE without a byte-order mark",
            Reason.AMBIGUOUS_ENCODING,
            "looks like UTF-16LE text without a byte-order mark; name the encoding to read it"
                + " (--encoding UTF-16LE)"),
        rejected(
            "utf16be-no-bom.txt",
            "UTF-16BE without a byte-order mark",
            Reason.AMBIGUOUS_ENCODING,
            "looks like UTF-16BE text without a byte-order mark; name the encoding to read it"
                + " (--encoding UTF-16BE)"),
        rejected(
            "utf16le-no-bom-supplementary.txt",
            "UTF-16LE without a byte-order mark, with a surrogate pair",
            Reason.AMBIGUOUS_ENCODING,
            "looks like UTF-16LE text without a byte-order mark; name the encoding to read it"
                + " (--encoding UTF-16LE)"),
        rejected(
            "utf16le-lone-surrogate.txt",
            "UTF-16LE with a lone high surrogate",
            Reason.UNDECODABLE,
            "not valid UTF-16LE with BOM text; first undecodable byte at offset 6"),
        rejected(
            "utf16be-lone-low-surrogate.txt",
            "UTF-16BE with a lone low surrogate",
            Reason.UNDECODABLE,
            "not valid UTF-16BE with BOM text; first undecodable byte at offset 6"),
        rejected(
            "nul-bytes.txt",
            "text with NUL bytes",
            Reason.BINARY,
            "binary file (NUL byte at offset 19), not text"),
        rejected(
            "image.png",
            "a PNG image",
            Reason.BINARY,
            "binary file (NUL byte at offset 8), not text"),
        rejected(
            "archive.zip",
            "a zip archive",
            Reason.BINARY,
            "binary file (NUL byte at offset 5), not text"),
        text("empty.txt", "0 bytes", "UTF-8", 0, units(0, 0, 0, 0, 0, 0)),
        text(
            "bom-only.txt",
            "only a UTF-8 byte-order mark",
            "UTF-8 with BOM",
            0,
            units(0, 0, 0, 0, 0, 0)),
        text("whitespace-only.txt", "only white space", "UTF-8", 15, units(0, 0, 0, 0, 0, 0)),
        text("gb18030.txt", "valid GB18030", "GB18030", 26, units(1, 1, 0, 2, 3, 3)),
        text(
            "utf32le-bom.txt",
            "UTF-32LE with a byte-order mark and a ZERO WIDTH NO-BREAK SPACE",
            "UTF-32LE with BOM",
            8,
            units(1, 0, 0, 1, 1, 1)),
        text(
            "combining-and-selectors.txt",
            "combining sequences, variation selectors, Hangul jamo, a pile of combining marks",
            "UTF-8",
            390,
            units(1, 2, 0, 3, 6, 10)),
        text(
            "bidi-marks.txt",
            "right-to-left and left-to-right marks, overrides and isolates",
            "UTF-8",
            85,
            units(1, 2, 0, 3, 4, 4)),
        text("cr-line-endings.txt", "lines ended by CR only", "UTF-8", 56, units(2, 3, 0, 5, 7, 8)),
        text(
            "mixed-line-endings.txt",
            "LF, CR LF, CR, NEL, LINE and PARAGRAPH SEPARATOR",
            "UTF-8",
            85,
            units(3, 5, 0, 8, 10, 11)),
        text(
            "html-and-script.html",
            "HTML with script and style, read as plain text",
            "UTF-8",
            391,
            structure(0, 0, 0)));
  }

  /** The large inputs, generated when needed. */
  public static List<BadInput> large() {
    return List.of(
        generated(
            "one-line-50mb.txt",
            "one 50 MiB line of Latin words, without punctuation",
            "UTF-8",
            50 << 20,
            units(0, 0, 0, 1, 1, 1),
            () -> repeat("lorem ipsum dolor sit amet consectetur ", 50 << 20)),
        generated(
            "repeated-character-1mb.txt",
            "1 MiB of 一 (a numeral, so every position looks like a label)",
            "UTF-8",
            (1 << 20) / 3,
            units(0, 0, 0, 1, 1, 1),
            () -> repeat("一", (1 << 20) / 3 * 3)),
        generated(
            "ideographic-full-stops-1mb.txt",
            "1 MiB of 。",
            "UTF-8",
            (1 << 20) / 3,
            units(0, 0, 0, 1, 1, 1),
            () -> repeat("。", (1 << 20) / 3 * 3)),
        generated(
            "headings-100k.txt",
            "100 100 headings: 100 sections × 10 items × 99 sub-items",
            "UTF-8",
            HEADINGS_LENGTH,
            units(100, 1000, 99_000, 100_100, 100_100, 100_100),
            BadInputs::headings),
        generated(
            "cjk-run-200k.txt",
            "200 000 ideographs without punctuation or line break",
            "UTF-8",
            200_000,
            units(0, 0, 0, 1, 1, 1),
            BadInputs::cjkRun),
        generated(
            "million-sentences.txt",
            "a million one-character sentences on one line",
            "UTF-8",
            2_000_000,
            units(0, 0, 0, 1, 1_000_000, 1_000_000),
            () -> repeat("是。", 6_000_000)),
        generated(
            "combining-pile-200k.txt",
            "one letter carrying 200 000 combining marks",
            "UTF-8",
            200_002,
            units(0, 0, 0, 1, 1, 1),
            () -> ("a" + "\u0301\u0323".repeat(100_000) + "。").getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The inputs that take the most memory (the 50 MiB line and the million sentences): the command
   * tests run them in a JVM of their own with a small heap, to show they fit.
   */
  public static List<BadInput> heaviest() {
    return large().stream()
        .filter(
            input ->
                input.name().equals("one-line-50mb.txt")
                    || input.name().equals("million-sentences.txt"))
        .toList();
  }

  /** Whether {@code input} is one of {@link #heaviest()} (by name). */
  public static boolean isHeaviest(BadInput input) {
    return heaviest().stream().anyMatch(heavy -> heavy.name().equals(input.name()));
  }

  /** The counts of sections, items and sub-items; the rest depends on heuristics. */
  private static Map<UnitKind, Integer> structure(int sections, int items, int subitems) {
    Map<UnitKind, Integer> units = new EnumMap<>(UnitKind.class);
    units.put(UnitKind.SECTION, sections);
    units.put(UnitKind.ITEM, items);
    units.put(UnitKind.SUBITEM, subitems);
    return units;
  }

  /** The counts of sections, items, sub-items, paragraphs, sentences and clauses. */
  private static Map<UnitKind, Integer> units(
      int sections, int items, int subitems, int paragraphs, int sentences, int clauses) {
    Map<UnitKind, Integer> units = new EnumMap<>(UnitKind.class);
    units.put(UnitKind.SECTION, sections);
    units.put(UnitKind.ITEM, items);
    units.put(UnitKind.SUBITEM, subitems);
    units.put(UnitKind.PARAGRAPH, paragraphs);
    units.put(UnitKind.SENTENCE, sentences);
    units.put(UnitKind.CLAUSE, clauses);
    return units;
  }

  private static BadInput rejected(String name, String description, Reason reason, String problem) {
    return new BadInput(
        name, description, new Rejected(reason, problem), false, () -> readCommitted(name));
  }

  private static BadInput text(
      String name, String description, String encoding, int length, Map<UnitKind, Integer> units) {
    return new BadInput(
        name, description, new Text(encoding, length, units), false, () -> readCommitted(name));
  }

  private static BadInput generated(
      String name,
      String description,
      String encoding,
      int length,
      Map<UnitKind, Integer> units,
      Supplier<byte[]> generator) {
    return new BadInput(name, description, new Text(encoding, length, units), true, generator);
  }

  /** The committed file {@code testdata/bad/name}. */
  public static Path committed(String name) {
    return TestData.path("bad/" + name);
  }

  /** The names of the files in testdata/bad/ that are inputs (all but the README). */
  public static List<String> committedNames() {
    try (Stream<Path> files = Files.list(TestData.path("bad"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("README.md"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readCommitted(String name) {
    try {
      return Files.readAllBytes(committed(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code unit} in UTF-8, repeated and cut to exactly {@code size} bytes. */
  private static byte[] repeat(String unit, int size) {
    byte[] pattern = unit.getBytes(StandardCharsets.UTF_8);
    checkArgument(size % pattern.length == 0 || isAscii(pattern), "cut inside a character");
    byte[] out = new byte[size];
    for (int i = 0; i < size; i += pattern.length) {
      System.arraycopy(pattern, 0, out, i, Math.min(pattern.length, size - i));
    }
    return out;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** All of it is in the BMP, so its length in chars is its length in code points. */
  private static final int HEADINGS_LENGTH = headingsText().length();

  private static byte[] headings() {
    return headingsText().getBytes(StandardCharsets.UTF_8);
  }

  /** 一、第1部分 / （一）第1项 / 1. 推进第1件工作。 … down to 一百、 （十） 99. */
  private static String headingsText() {
    StringBuilder out = new StringBuilder();
    for (int s = 1; s <= 100; s++) {
      out.append(chineseNumeral(s)).append("、第").append(s).append("部分\n");
      for (int i = 1; i <= 10; i++) {
        out.append('（').append(chineseNumeral(i)).append("）第").append(i).append("项\n");
        for (int k = 1; k <= 99; k++) {
          out.append(k).append(". 推进第").append(k).append("件工作。\n");
        }
      }
    }
    return out.toString();
  }

  /** 1 to 100 in Chinese numerals: 一 … 十 十一 … 九十九 一百. */
  static String chineseNumeral(int n) {
    checkArgument(n >= 1 && n <= 100, "n must be in [1, 100] but was %s", n);
    String digits = "零一二三四五六七八九";
    if (n == 100) {
      return "一百";
    }
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
  }

  /** 200 000 ideographs from a fixed sequence, none of them a numeral or 第. */
  private static byte[] cjkRun() {
    int[] cps = new int[200_000];
    long state = 42;
    for (int i = 0; i < cps.length; i++) {
      int cp;
      do {
        state = state * 6364136223846793005L + 1442695040888963407L;
        cp = 0x4E00 + (int) ((state >>> 33) % (0x9FA5 - 0x4E00 + 1));
      } while ("零〇一二两三四五六七八九十百第".indexOf(cp) >= 0);
      cps[i] = cp;
    }
    return new String(cps, 0, cps.length).getBytes(StandardCharsets.UTF_8);
  }
}
