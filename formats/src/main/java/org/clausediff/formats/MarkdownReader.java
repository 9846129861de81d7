package org.clausediff.formats;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;

/**
 * Markdown: the text as written, without the syntax. Heading markers ({@code #}, {@code ##}, setext
 * underlines) are removed so that a heading such as {@code ## 第一章 总则} stands on its own line as
 * {@code 第一章 总则}, which the segmenter recognizes as a chapter; links and images keep their text,
 * emphasis, strike-through, inline code and block quotes lose their markers, bullet markers go and
 * ordered-list numbers stay (they are numbering). Fences, thematic breaks, HTML comments and link
 * reference definitions are left out. Every kept code point maps to its line and column in the .md
 * file.
 */
final class MarkdownReader implements FormatReader {
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+|$)");
  private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$");
  private static final Pattern RULE_OR_UNDERLINE =
      Pattern.compile("^ {0,3}(?:=+|-+|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final Pattern REFERENCE_DEFINITION =
      Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S");
  private static final Pattern QUOTE = Pattern.compile("^(?: {0,3}>[ ]?)+");
  private static final Pattern BULLET = Pattern.compile("^([ \\t]*)[-*+][ \\t]+");
  private static final Pattern TABLE_DELIMITER =
      Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");
  private static final Pattern COMMENT_LINE = Pattern.compile("^[ \\t]*<!--.*-->[ \\t]*$");

  /**
   * Inline syntax: each group of a pattern is deleted and the rest of the match kept; for emphasis
   * the closing delimiter (the same as group 1, at the end of the match) is deleted too.
   */
  private record InlineRule(Pattern pattern, boolean emphasis) {}

  private static final List<InlineRule> INLINE =
      List.of(
          // images and links: keep the text in the brackets
          new InlineRule(Pattern.compile("(!?\\[)[^\\]]*(\\]\\([^)]*\\))"), false),
          new InlineRule(Pattern.compile("(\\[)[^\\]]+(\\]\\[[^\\]]*\\])"), false),
          new InlineRule(Pattern.compile("(<)(?:https?|mailto|ftp):[^>\\s]*(>)"), false),
          // emphasis and strike-through
          new InlineRule(
              Pattern.compile("(\\*\\*\\*|\\*\\*|\\*|~~)(?=[^\\s\u0001])(?:.*?[^\\s\u0001])??\\1"),
              true),
          new InlineRule(
              Pattern.compile(
                  "(?<![\\p{L}\\p{N}])(___|__|_)(?=[^\\s\u0001])(?:.*?[^\\s\u0001])??\\1(?![\\p{L}\\p{N}])"),
              true),
          // inline HTML tags
          new InlineRule(Pattern.compile("(</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>)"), false));

  @Override
  public Extraction read(Input input, ReadOptions options) throws IOException {
    SourceText md = TextDecoder.of(options.decodeOptions()).decode(input.name(), input.bytes());
    TextBuilder out = new TextBuilder(input.name(), options.maxInputBytes());
    String text = md.text();
    boolean inFence = false;
    boolean inComment = false;
    int lineNumber = 0;
    for (int start = 0; start < text.length(); ) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      String line = text.substring(start, contentEnd);
      lineNumber++;
      start = newline < 0 ? text.length() : newline + 1;
      boolean terminated = newline >= 0;

      if (inComment) {
        inComment = !line.contains("-->");
        continue;
      }
      if (FENCE.matcher(line).find()) {
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        emit(out, line, new boolean[line.length()], lineNumber, terminated);
        continue;
      }
      if (COMMENT_LINE.matcher(line).matches()) {
        continue;
      }
      if (line.trim().startsWith("<!--")) {
        inComment = true;
        continue;
      }
      if (RULE_OR_UNDERLINE.matcher(line).matches()
          || REFERENCE_DEFINITION.matcher(line).find()
          || (line.contains("-")
              && line.contains("|")
              && TABLE_DELIMITER.matcher(line).matches())) {
        continue;
      }
      boolean[] deleted = new boolean[line.length()];
      Matcher heading = HEADING.matcher(line);
      if (heading.find()) {
        delete(deleted, 0, heading.end());
        Matcher closing = CLOSING_HASHES.matcher(line);
        if (closing.find() && closing.start() >= heading.end()) {
          delete(deleted, closing.start(), line.length());
        }
      } else {
        Matcher quote = QUOTE.matcher(line);
        int from = 0;
        if (quote.find()) {
          delete(deleted, 0, quote.end());
          from = quote.end();
        }
        Matcher bullet = BULLET.matcher(line).region(from, line.length());
        if (bullet.lookingAt()) {
          delete(deleted, bullet.start(), bullet.end());
        }
      }
      inline(line, deleted);
      emit(out, line, deleted, lineNumber, terminated);
    }
    return new Extraction(
        out.build(InputFormat.MARKDOWN.sourceFormat()), InputFormat.MARKDOWN, List.of());
  }

  /** Marks the inline syntax of {@code line} as deleted: escapes, code spans, then the patterns. */
  private static void inline(String line, boolean[] deleted) {
    boolean[] code = new boolean[line.length()];
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && isAsciiPunctuation(line.charAt(i + 1))) {
        deleted[i] = true;
        code[i + 1] = true;
        i++;
      } else if (c == '`') {
        int run = i;
        while (run < line.length() && line.charAt(run) == '`') {
          run++;
        }
        String ticks = line.substring(i, run);
        int close = line.indexOf(ticks, run);
        if (close < 0) {
          i = run - 1;
          continue;
        }
        delete(deleted, i, run);
        delete(deleted, close, close + ticks.length());
        for (int k = run; k < close; k++) {
          code[k] = true;
        }
        i = close + ticks.length() - 1;
      }
    }
    // Code spans and escaped characters are literal: hide them from the patterns.
    StringBuilder masked = new StringBuilder(line);
    for (int i = 0; i < line.length(); i++) {
      if (code[i] || deleted[i]) {
        masked.setCharAt(i, '\u0001');
      }
    }
    for (int pass = 0; pass < 3; pass++) {
      boolean changed = false;
      for (InlineRule rule : INLINE) {
        Matcher m = rule.pattern().matcher(masked);
        while (m.find()) {
          for (int g = 1; g <= m.groupCount(); g++) {
            delete(deleted, m.start(g), m.end(g));
            mask(masked, m.start(g), m.end(g));
          }
          if (rule.emphasis()) {
            int closeStart = m.end() - (m.end(1) - m.start(1));
            delete(deleted, closeStart, m.end());
            mask(masked, closeStart, m.end());
          }
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
  }

  private static void mask(StringBuilder masked, int from, int to) {
    for (int i = from; i < to; i++) {
      masked.setCharAt(i, '\u0001');
    }
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 0x80 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  private static void delete(boolean[] deleted, int from, int to) {
    for (int i = from; i < to; i++) {
      deleted[i] = true;
    }
  }

  /** Appends the kept chars of {@code line}, each run mapped to its line and column. */
  private static void emit(
      TextBuilder out, String line, boolean[] deleted, int lineNumber, boolean terminated) {
    int column = 1;
    StringBuilder run = new StringBuilder();
    int runColumn = 1;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int width = Character.charCount(cp);
      if (deleted[i]) {
        if (run.length() > 0) {
          out.append(run, new SourceLocation.Line(lineNumber, runColumn));
          run.setLength(0);
        }
      } else {
        if (run.length() == 0) {
          runColumn = column;
        }
        run.appendCodePoint(cp);
      }
      column++;
      i += width;
    }
    if (run.length() > 0) {
      out.append(run, new SourceLocation.Line(lineNumber, runColumn));
    }
    if (terminated) {
      out.append("\n", new SourceLocation.Line(lineNumber, column));
    }
  }
}
