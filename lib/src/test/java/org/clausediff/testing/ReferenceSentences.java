package org.clausediff.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausediff.text.Span;

/**
 * The sentences a reviewer sees in a policy document, cut by a few plain rules that do not use the
 * library: the gold segments of the evaluation ({@code EvaluationTest}), so that the evaluation
 * does not measure the segmenter against itself.
 *
 * <ul>
 *   <li>A heading at the start of a line ({@code 一、} {@code （一）} {@code 1.} {@code 第一章} …) is a
 *       segment of its own: the label and its title up to the first 。 (included) or the end of the
 *       line.
 *   <li>Sentences end after 。！？； (with closing quotes and brackets) outside brackets and quotes,
 *       and at the end of a line.
 *   <li>A responsibility note right after a sentence ({@code （省发展改革委负责）}, {@code （责任单位：…）}, {@code
 *       （牵头单位：…）}) is a segment of its own; any other parenthetical there stays with its sentence.
 * </ul>
 *
 * <p>Spans are code points of the text, trimmed of white space; they are ordered and do not
 * overlap.
 */
public final class ReferenceSentences {
  private ReferenceSentences() {}

  private static final Pattern HEADING =
      Pattern.compile(
          "^[\\s\u3000]*(第[一二三四五六七八九十百零〇0-9０-９]+[章节条]|第[一二三四五六七八九十0-9０-９]+部分"
              + "|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9０-９]+[.．、](?![0-9０-９]))");

  /** A responsibility note: the whole parenthetical, as it follows a sentence. */
  public static final Pattern NOTE =
      Pattern.compile("[（(][^（）()。]{0,120}(负责|责任单位|牵头单位|配合单位)[^（）()。]{0,120}[）)]");

  private static final String TERMINATORS = "。！？；";
  private static final String CLOSERS = "”’」』）)》】〕";
  private static final String OPENERS = "“‘「『（(《【〔";

  /** The segments of {@code text}. */
  public static List<Span> of(String text) {
    int[] cps = text.codePoints().toArray();
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= cps.length; i++) {
      if (i == cps.length || cps[i] == '\n') {
        line(cps, lineStart, i, out);
        lineStart = i + 1;
      }
    }
    return out;
  }

  private static void line(int[] cps, int from, int to, List<Span> out) {
    String line = new String(cps, from, to - from);
    int start = from;
    Matcher heading = HEADING.matcher(line);
    if (heading.find()) {
      int k = from + line.codePointCount(0, heading.end());
      int depth = 0;
      while (k < to) {
        int cp = cps[k];
        depth += OPENERS.indexOf(cp) >= 0 ? 1 : CLOSERS.indexOf(cp) >= 0 && depth > 0 ? -1 : 0;
        k++;
        if (cp == '。' && depth == 0) {
          break;
        }
      }
      add(cps, start, k, out);
      start = k;
    }
    int depth = 0;
    int k = start;
    while (k < to) {
      int cp = cps[k];
      if (OPENERS.indexOf(cp) >= 0) {
        depth++;
      } else if (CLOSERS.indexOf(cp) >= 0 && depth > 0) {
        depth--;
      }
      k++;
      if (depth == 0 && TERMINATORS.indexOf(cp) >= 0) {
        while (k < to && (TERMINATORS.indexOf(cps[k]) >= 0 || "”’」』".indexOf(cps[k]) >= 0)) {
          k++;
        }
        int end = k;
        // A parenthetical after the sentence: a note of its own, or part of the sentence.
        if (k < to && (cps[k] == '（' || cps[k] == '(')) {
          int close = closeOf(cps, k, to);
          if (close > 0) {
            String inside = new String(cps, k, close + 1 - k);
            if (NOTE.matcher(inside).matches()) {
              add(cps, start, end, out);
              start = end;
              end = close + 1;
              while (end < to && TERMINATORS.indexOf(cps[end]) >= 0) {
                end++;
              }
            } else if (inside.codePointCount(0, inside.length()) <= 40) {
              end = close + 1;
            }
          }
        }
        add(cps, start, end, out);
        start = end;
        k = end;
      }
    }
    add(cps, start, to, out);
  }

  private static int closeOf(int[] cps, int open, int to) {
    for (int k = open + 1; k < to; k++) {
      if (cps[k] == '）' || cps[k] == ')') {
        return k;
      }
      if (cps[k] == '（' || cps[k] == '(' || cps[k] == '。') {
        return -1;
      }
    }
    return -1;
  }

  private static void add(int[] cps, int start, int end, List<Span> out) {
    while (start < end && isSpace(cps[start])) {
      start++;
    }
    while (end > start && isSpace(cps[end - 1])) {
      end--;
    }
    if (start < end) {
      out.add(Span.of(start, end));
    }
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || cp == 0x3000 || cp == 0xA0 || cp == 0xFEFF;
  }
}
