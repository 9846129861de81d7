package org.clausediff.formats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.Charset;
import java.util.Optional;
import org.clausediff.text.DecodeOptions;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * How {@link DocumentReader} reads a file.
 *
 * <p>Defaults ({@link #defaults()}): the format is detected from the content; text, Markdown and
 * HTML have their encoding detected ({@link org.clausediff.text.TextDecoder}); files of up to 256
 * MiB are read and the extracted text may take up to 256 MiB as UTF-8; no ZIP entry of a .docx may
 * expand more than 100 times (ZIP bombs); the main content of an HTML page is found by heuristics.
 *
 * @param format the format to read the file as, instead of detecting it
 * @param charset the encoding of a text, Markdown or HTML file, instead of detecting it
 * @param maxInputBytes the largest file accepted, and the largest extracted text (as UTF-8)
 * @param maxExpansionRatio the most a ZIP entry (of a .docx) may expand, uncompressed size over
 *     compressed size: from the central directory, and again while the entry is read
 * @param contentSelector a CSS selector naming the content element(s) of an HTML page
 */
public record ReadOptions(
    Optional<InputFormat> format,
    Optional<Charset> charset,
    long maxInputBytes,
    int maxExpansionRatio,
    Optional<String> contentSelector) {

  /** The default for {@link #maxExpansionRatio()}. */
  public static final int DEFAULT_MAX_EXPANSION_RATIO = 100;

  /** Validates the options. */
  public ReadOptions {
    checkNotNull(format, "format");
    checkNotNull(charset, "charset");
    checkArgument(maxInputBytes > 0, "maxInputBytes must be > 0 but was %s", maxInputBytes);
    checkArgument(
        maxExpansionRatio >= 1, "maxExpansionRatio must be >= 1 but was %s", maxExpansionRatio);
    checkNotNull(contentSelector, "contentSelector");
    contentSelector.ifPresent(ReadOptions::checkSelector);
  }

  /** Detect the format and encoding; 256 MiB; expansion ratio 100; content found by heuristics. */
  public static ReadOptions defaults() {
    return new ReadOptions(
        Optional.empty(),
        Optional.empty(),
        DecodeOptions.DEFAULT_MAX_INPUT_BYTES,
        DEFAULT_MAX_EXPANSION_RATIO,
        Optional.empty());
  }

  /** Returns a copy that reads every file as {@code format}, whatever its content looks like. */
  public ReadOptions withFormat(InputFormat format) {
    return new ReadOptions(
        Optional.of(format), charset, maxInputBytes, maxExpansionRatio, contentSelector);
  }

  /** Returns a copy that decodes text, Markdown and HTML files with {@code charset}. */
  public ReadOptions withCharset(Charset charset) {
    return new ReadOptions(
        format, Optional.of(charset), maxInputBytes, maxExpansionRatio, contentSelector);
  }

  /** Returns a copy that accepts files, and extracted texts, of up to {@code maxInputBytes}. */
  public ReadOptions withMaxInputBytes(long maxInputBytes) {
    return new ReadOptions(format, charset, maxInputBytes, maxExpansionRatio, contentSelector);
  }

  /** Returns a copy that lets ZIP entries expand up to {@code maxExpansionRatio} times. */
  public ReadOptions withMaxExpansionRatio(int maxExpansionRatio) {
    return new ReadOptions(format, charset, maxInputBytes, maxExpansionRatio, contentSelector);
  }

  /**
   * Returns a copy that takes the text of an HTML page from the elements {@code cssSelector}
   * matches (jsoup's CSS selector syntax), instead of finding the main content by heuristics.
   *
   * @throws IllegalArgumentException if {@code cssSelector} is blank or not a CSS selector
   */
  public ReadOptions withContentSelector(String cssSelector) {
    return new ReadOptions(
        format, charset, maxInputBytes, maxExpansionRatio, Optional.of(cssSelector));
  }

  private static void checkSelector(String selector) {
    checkArgument(!selector.isBlank(), "contentSelector must not be blank");
    try {
      QueryParser.parse(selector);
    } catch (Selector.SelectorParseException e) {
      throw new IllegalArgumentException(
          "'" + selector + "' is not a CSS selector (" + e.getMessage() + ")", e);
    }
  }

  /** The options of the text decoder for text, Markdown and HTML files. */
  DecodeOptions decodeOptions() {
    DecodeOptions decode = DecodeOptions.defaults().withMaxInputBytes(maxInputBytes);
    return charset.map(decode::withCharset).orElse(decode);
  }
}
