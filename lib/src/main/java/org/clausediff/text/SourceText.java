package org.clausediff.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.hash.Hashing;
import com.google.common.primitives.ImmutableIntArray;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.clausediff.InvalidInputException;

/**
 * A decoded document: its name, its text as Unicode code points, and — when it was decoded from
 * bytes — its {@link Encoding} and where each code point's bytes were. Every offset in clausediff —
 * in the API and in every report — is a code point index into a {@code SourceText}; see {@link
 * Span}.
 *
 * <p>The text is kept exactly as decoded: line endings, white space and a byte-order mark's absence
 * included (a byte-order mark is not part of the text). Instances are immutable and safe to share
 * between threads.
 */
public final class SourceText {
  private final String name;
  private final String text;
  private final ImmutableIntArray codePoints;
  private final Optional<Encoding> encoding;
  private final Optional<ByteOffsets> byteOffsets;
  private final SourceFormat format;
  private final Supplier<SourceMap> sourceMap;
  private final List<String> notes;

  /** Where its lines start and its supplementary characters stand. */
  private final TextPositions positions;

  private final Supplier<String> sha256;

  private SourceText(
      String name, String text, Optional<Encoding> encoding, Optional<ByteOffsets> byteOffsets) {
    TextPositions.Builder positions = new TextPositions.Builder();
    this.name = name;
    this.text = text;
    this.codePoints = codePoints(name, text, positions);
    this.encoding = encoding;
    this.byteOffsets = byteOffsets;
    this.positions = positions.build();
    this.sha256 =
        Suppliers.memoize(
            () -> Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString());
    this.format = SourceFormat.TEXT;
    // Built on first use only: most callers never ask for a plain text's map.
    this.sourceMap = Suppliers.memoize(() -> SourceMap.lines(this));
    this.notes = List.of();
  }

  /** A copy of {@code from} with another name, format, source map, notes; nothing is recomputed. */
  private SourceText(
      SourceText from,
      String name,
      SourceFormat format,
      Supplier<SourceMap> sourceMap,
      List<String> notes) {
    this.name = name;
    this.text = from.text;
    this.codePoints = from.codePoints;
    this.encoding = from.encoding;
    this.byteOffsets = from.byteOffsets;
    this.positions = from.positions;
    this.sha256 = from.sha256;
    this.format = format;
    this.sourceMap = sourceMap;
    this.notes = notes;
  }

  /**
   * Returns the text {@code text} named {@code name}, as given by an API caller: it has no {@link
   * #encoding()}.
   *
   * @throws InvalidInputException if {@code text} contains an unpaired surrogate
   */
  public static SourceText of(String name, String text) {
    checkNotNull(name, "name");
    checkNotNull(text, "text");
    return new SourceText(name, text, Optional.empty(), Optional.empty());
  }

  /**
   * The text decoded from bytes in {@code encoding}, whose code points start at {@code offsets}.
   */
  static SourceText decoded(String name, String text, Encoding encoding, ByteOffsets offsets) {
    return new SourceText(name, text, Optional.of(encoding), Optional.of(offsets));
  }

  // One pass over a text that may be long: positions are told of each code point as it is added.
  private static ImmutableIntArray codePoints(
      String name, String text, TextPositions.Builder positions) {
    // Built in place (no copy): a 50 MB text is 200 MB of code points.
    ImmutableIntArray.Builder builder = ImmutableIntArray.builder(text.length());
    for (int i = 0, charIndex = 0; charIndex < text.length(); i++) {
      int cp = text.codePointAt(charIndex);
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
        throw new InvalidInputException(
            name,
            InvalidInputException.Reason.UNPAIRED_SURROGATE,
            "unpaired surrogate U+"
                + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)
                + " at code point offset "
                + i,
            OptionalLong.of(charIndex));
      }
      builder.add(cp);
      positions.add(
          i, cp, cp == '\r' && charIndex + 1 < text.length() && text.charAt(charIndex + 1) == '\n');
      charIndex += Character.charCount(cp);
    }
    return builder.build().trimmed();
  }

  /** The document's name, as given by the caller (usually its path). */
  public String name() {
    return name;
  }

  /**
   * Returns this text named {@code name} (a label to show instead of its path, say); nothing else
   * changes.
   */
  public SourceText withName(String name) {
    return new SourceText(this, checkNotNull(name, "name"), format, sourceMap, notes);
  }

  /**
   * The encoding the text was decoded from, e.g. {@code UTF-8}, {@code UTF-8 with BOM}, {@code
   * UTF-16LE with BOM} or {@code GB18030}; empty for a text that was not decoded from bytes (given
   * as a string, or extracted from a document).
   */
  public Optional<Encoding> encoding() {
    return encoding;
  }

  /**
   * The offset in the bytes this text was decoded from at which the bytes of code point {@code
   * offset} start; for {@code offset == length()}, the length of the input. The bytes before code
   * point 0 are a byte-order mark, if any; bytes that decode to no code point (an escape sequence)
   * count with a code point next to them. Empty for a text that was not decoded from bytes.
   *
   * @throws IllegalArgumentException if {@code offset} is outside {@code [0, length()]}
   */
  public OptionalInt byteOffset(int offset) {
    checkArgument(offset >= 0 && offset <= length(), "offset %s outside [0, %s]", offset, length());
    return byteOffsets.isPresent()
        ? OptionalInt.of(byteOffsets.get().offsetOf(codePoints, offset))
        : OptionalInt.empty();
  }

  /**
   * Returns {@code input} — the bytes this text was decoded from — without the bytes of {@code
   * spans}: every other byte as it was, nothing re-encoded. The result is checked: it decodes, in
   * this text's encoding, to exactly this text without the spans.
   *
   * @param input the bytes this text was decoded from
   * @param spans sorted, non-overlapping spans of this text
   * @throws IllegalArgumentException if this text was not decoded from bytes, if {@code input} has
   *     another length than the bytes it was decoded from, or if the spans are not sorted, disjoint
   *     and inside the text
   * @throws InvalidInputException ({@link InvalidInputException.Reason#NOT_CUTTABLE}) if the
   *     encoding cannot lose those bytes without changing the text around them (an encoding that
   *     shifts between character sets, such as ISO-2022-JP)
   */
  public byte[] cut(byte[] input, List<Span> spans) {
    checkNotNull(input, "input");
    checkNotNull(spans, "spans");
    checkArgument(byteOffsets.isPresent(), "%s was not decoded from bytes", name);
    ByteOffsets offsets = byteOffsets.get();
    checkArgument(
        input.length == offsets.total(),
        "%s was decoded from %s bytes, not %s",
        name,
        offsets.total(),
        input.length);
    int[] from = new int[spans.size()];
    int[] to = new int[spans.size()];
    StringBuilder kept = new StringBuilder(text.length());
    int keptFrom = 0;
    for (int i = 0; i < spans.size(); i++) {
      Span span = checkSpan(spans.get(i));
      checkArgument(span.start() >= keptFrom, "spans must be sorted and disjoint: %s", spans);
      from[i] = offsets.offsetOf(codePoints, span.start());
      to[i] = offsets.offsetOf(codePoints, span.end());
      kept.append(text, charIndex(keptFrom), charIndex(span.start()));
      keptFrom = span.end();
    }
    kept.append(text, charIndex(keptFrom), text.length());
    byte[] out = ByteOffsets.without(input, from, to);
    TextDecoder.checkCut(name, out, encoding.orElseThrow(), kept);
    return out;
  }

  /**
   * The kind of file the text was read from: {@link SourceFormat#TEXT} unless it was extracted from
   * another format (see {@link #withSource}).
   */
  public SourceFormat format() {
    return format;
  }

  /**
   * Where each code point came from in the source file. For plain text, its line and column ({@link
   * SourceMap#lines}); for an extracted text, the map its reader made.
   */
  public SourceMap sourceMap() {
    return sourceMap.get();
  }

  /**
   * Returns this text marked as extracted from a file of {@code format}, with {@code sourceMap}
   * giving each code point's location in that file.
   *
   * @throws IllegalArgumentException if the map is not for a text of this length
   */
  public SourceText withSource(SourceFormat format, SourceMap sourceMap) {
    checkNotNull(format, "format");
    checkNotNull(sourceMap, "sourceMap");
    checkArgument(
        sourceMap.length() == length(),
        "source map of %s code points for a text of %s",
        sourceMap.length(),
        length());
    return new SourceText(this, name, format, () -> sourceMap, notes);
  }

  /** What its reader left out or read in a particular way, a sentence each; none for plain text. */
  public List<String> notes() {
    return notes;
  }

  /** Returns this text with {@code notes} on how its reader extracted it ({@link #notes()}). */
  public SourceText withNotes(List<String> notes) {
    return new SourceText(this, name, format, sourceMap, List.copyOf(notes));
  }

  /** The whole text as a string. */
  public String text() {
    return text;
  }

  /** The code points of the text, in order: the {@code i}-th is code point offset {@code i}. */
  public IntStream codePoints() {
    return codePoints.stream();
  }

  /** A new array of the code points of the text: index {@code i} is code point offset {@code i}. */
  public int[] toCodePointArray() {
    return codePoints.toArray();
  }

  /** The number of code points in the text. */
  public int length() {
    return codePoints.length();
  }

  /** Whether the text has no code points at all. */
  public boolean isEmpty() {
    return codePoints.isEmpty();
  }

  /** The code point at {@code offset}. */
  public int codePointAt(int offset) {
    return codePoints.get(offset);
  }

  /**
   * Checks that {@code span} lies within this text.
   *
   * @throws IllegalArgumentException if it does not
   */
  public Span checkSpan(Span span) {
    checkArgument(
        span.end() <= length(), "span %s must lie within [0, %s) of %s", span, length(), name);
    return span;
  }

  /** The text of {@code span}. */
  public String substring(Span span) {
    checkSpan(span);
    return text.substring(charIndex(span.start()), charIndex(span.end()));
  }

  /** The text of {@code [start, end)}. */
  public String substring(int start, int end) {
    return substring(Span.of(start, end));
  }

  /** The UTF-16 index in {@link #text()} of code point offset {@code offset} (0 to length). */
  public int charIndex(int offset) {
    checkArgument(offset >= 0 && offset <= length(), "offset %s outside [0, %s]", offset, length());
    return positions.charIndex(offset);
  }

  /**
   * The code point offset of the UTF-16 index {@code charIndex} in {@link #text()} (0 to its
   * length). An index that points at the low half of a surrogate pair maps to the pair's offset.
   */
  public int codePointOffset(int charIndex) {
    checkArgument(
        charIndex >= 0 && charIndex <= text.length(),
        "char index %s outside [0, %s]",
        charIndex,
        text.length());
    return positions.codePointOffset(charIndex);
  }

  /** The number of lines: line terminators plus one. */
  public int lineCount() {
    return positions.lineCount();
  }

  /** The code point offset at which line {@code line} (from 1 to {@link #lineCount()}) starts. */
  int lineStart(int line) {
    return positions.lineStart(line);
  }

  /** The line and column of code point offset {@code offset} (0 to length). */
  public LineColumn lineColumn(int offset) {
    checkArgument(offset >= 0 && offset <= length(), "offset %s outside [0, %s]", offset, length());
    return positions.lineColumn(offset);
  }

  /** The lowercase hex SHA-256 of the text encoded as UTF-8 (not of the input bytes). */
  public String sha256() {
    return sha256.get();
  }

  @Override
  public String toString() {
    return "SourceText["
        + name
        + ", "
        + length()
        + " code points"
        + encoding.map(e -> ", " + e).orElse("")
        + "]";
  }
}
