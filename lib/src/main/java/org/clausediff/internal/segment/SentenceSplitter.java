package org.clausediff.internal.segment;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.Span;

/**
 * Cuts a stretch of one paragraph into sentences.
 *
 * <p>A sentence ends after 。！？； (with any further terminators and closing quotes or brackets), at a
 * forced boundary (where a heading title ran into the body), and at the end of the stretch. In
 * Latin text it ends after {@code . ! ? ;} followed by white space, unless the period ends a known
 * abbreviation or an initial, or the next word starts in lowercase; a period between digits is a
 * decimal point. There is no boundary inside a protecting bracket or quote pair, nor inside the
 * heading label. A short parenthetical right after a sentence end ({@code （此件公开发布）}) is part of
 * that sentence, except a responsibility note ({@code （省工商局负责）}, see {@link ResponsibilityNotes}),
 * which is a sentence of its own.
 */
final class SentenceSplitter {
  private SentenceSplitter() {}

  private static final ImmutableSet<String> ABBREVIATIONS =
      ImmutableSet.of(
          "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "cf", "no",
          "nos", "art", "arts", "sec", "secs", "fig", "figs", "para", "paras", "p", "pp", "vol",
          "ch", "approx", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.u", "u.n", "al", "op", "ibid",
          "viz", "resp", "dept", "govt", "est", "min", "max");

  /**
   * The sentences of {@code [from, to)}, trimmed. {@code noBoundaryBefore} is the end of a heading
   * label at {@code from} (no boundary inside it), or {@code from}. {@code forced} lists positions
   * in ascending order where a sentence must end.
   */
  static List<Span> split(
      int[] cps, int from, int to, int noBoundaryBefore, List<Integer> forced, Brackets brackets) {
    List<Span> sentences = new ArrayList<>();
    int start = from;
    int k = noBoundaryBefore;
    int nextForced = 0;
    while (k < to) {
      if (k == start && k >= noBoundaryBefore) {
        // A parenthetical that opens a sentence and is followed by more text is the displaced
        // tail of the sentence before (a responsibility line after a lost line break).
        int end = attachParenthetical(cps, k, to, brackets);
        if (end > k && end < to) {
          add(sentences, cps, start, end);
          start = end;
          k = end;
          continue;
        }
      }
      while (nextForced < forced.size() && forced.get(nextForced) < k) {
        nextForced++;
      }
      if (nextForced < forced.size() && forced.get(nextForced) == k && k > start) {
        add(sentences, cps, start, k);
        start = k;
        nextForced++;
        continue;
      }
      int cp = cps[k];
      if (Punctuation.isBasicIdeograph(cp)) {
        k++;
        continue;
      }
      if (Punctuation.closerOf(cp) != 0) {
        Optional<Integer> close = brackets.closeOf(k);
        if (close.isPresent() && close.get() < to) {
          k = close.get() + 1;
          continue;
        }
      }
      if (endsSentence(cps, k, from, to)) {
        int end = absorbTrailing(cps, k + 1, to);
        Optional<Integer> note = noteAt(cps, end, to, brackets);
        if (note.isPresent()) {
          // A responsibility note is a sentence of its own (its departments change on their own).
          add(sentences, cps, start, end);
          add(sentences, cps, end, note.get());
          start = note.get();
          k = start;
          continue;
        }
        end = attachParenthetical(cps, end, to, brackets);
        add(sentences, cps, start, end);
        start = end;
        k = end;
        continue;
      }
      k++;
    }
    if (start < to) {
      add(sentences, cps, start, to);
    }
    return sentences;
  }

  private static void add(List<Span> into, int[] cps, int start, int end) {
    while (start < end && CodePoints.isWhitespace(cps[start])) {
      start++;
    }
    while (end > start && CodePoints.isWhitespace(cps[end - 1])) {
      end--;
    }
    if (start < end) {
      into.add(Span.of(start, end));
    }
  }

  private static int absorbTrailing(int[] cps, int from, int to) {
    int end = from;
    while (end < to
        && (Punctuation.isTerminatorChar(cps[end]) || Punctuation.isTrailingCloser(cps[end]))) {
      end++;
    }
    return end;
  }

  /**
   * The end of a responsibility note (with any terminator after it) that starts at {@code at},
   * after spaces, if one does.
   */
  private static Optional<Integer> noteAt(int[] cps, int at, int to, Brackets brackets) {
    int open = at;
    while (open < to && (cps[open] == ' ' || cps[open] == 0x3000)) {
      open++;
    }
    if (open >= to || (cps[open] != '（' && cps[open] != '(')) {
      return Optional.empty();
    }
    Optional<Integer> close = brackets.closeOf(open);
    if (close.isEmpty()
        || close.get() >= to
        || !ResponsibilityNotes.isNote(cps, open, close.get())
        || LabelMatcher.match(cps, open, to).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(absorbTrailing(cps, close.get() + 1, to));
  }

  /** Extends a sentence ending at {@code end} over a parenthetical such as （此件公开发布）. */
  private static int attachParenthetical(int[] cps, int end, int to, Brackets brackets) {
    int open = end;
    while (open < to && (cps[open] == ' ' || cps[open] == 0x3000)) {
      open++;
    }
    if (open >= to || (cps[open] != '（' && cps[open] != '(')) {
      return end;
    }
    Optional<Integer> close = brackets.closeOf(open);
    if (close.isEmpty() || close.get() >= to || LabelMatcher.match(cps, open, to).isPresent()) {
      return end;
    }
    for (int i = open + 1; i < close.get(); i++) {
      if (Punctuation.isCjkTerminator(cps[i]) && cps[i] != '；') {
        return end;
      }
    }
    return absorbTrailing(cps, close.get() + 1, to);
  }

  private static boolean endsSentence(int[] cps, int at, int from, int to) {
    int cp = cps[at];
    if (Punctuation.isCjkTerminator(cp)) {
      return true;
    }
    if (cp != '.' && cp != '!' && cp != '?' && cp != ';') {
      return false;
    }
    int next = at + 1;
    while (next < to && Punctuation.isTrailingCloser(cps[next])) {
      next++;
    }
    boolean atEnd = next >= to;
    if (!atEnd && !CodePoints.isWhitespace(cps[next]) && !CodePoints.isWide(cps[next])) {
      return false;
    }
    if (cp != '.') {
      return true;
    }
    if (at + 1 < to && cps[at + 1] == '.') {
      return false; // inside an ellipsis: the last period decides
    }
    if (!atEnd) {
      int word = next;
      while (word < to && CodePoints.isWhitespace(cps[word])) {
        word++;
      }
      if (word < to && (Character.isLowerCase(cps[word]))) {
        return false;
      }
    }
    return !isAbbreviationOrInitial(cps, at, from);
  }

  private static boolean isAbbreviationOrInitial(int[] cps, int period, int from) {
    int start = period;
    while (start > from
        && (Character.isLetter(cps[start - 1]) || (cps[start - 1] == '.' && start - 1 > from))
        && !CodePoints.isWide(cps[start - 1])) {
      start--;
    }
    if (start == period) {
      return false;
    }
    String word = new String(cps, start, period - start);
    if (word.length() == 1 && Character.isUpperCase(word.codePointAt(0))) {
      return true; // an initial, as in J. Smith
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
