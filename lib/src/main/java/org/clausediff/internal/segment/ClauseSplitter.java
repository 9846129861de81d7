package org.clausediff.internal.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.Span;

/**
 * Cuts a sentence into clauses after ，、：； (and after {@code , : ;} followed by white space or CJK
 * text, so that 1,000 and 10:30 stay whole), never inside a protecting bracket or quote pair or
 * inside the heading label. Punctuation that follows a clause mark stays with the clause.
 */
final class ClauseSplitter {
  private ClauseSplitter() {}

  static List<Span> split(int[] cps, Span sentence, int noBoundaryBefore, Brackets brackets) {
    List<Span> clauses = new ArrayList<>();
    int start = sentence.start();
    int to = sentence.end();
    int k = Math.max(start, noBoundaryBefore);
    while (k < to) {
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
      if (endsClause(cps, k, to)) {
        int end = k + 1;
        while (end < to
            && (Punctuation.isCjkClauseMark(cps[end])
                || Punctuation.isTerminatorChar(cps[end])
                || Punctuation.isTrailingCloser(cps[end]))) {
          end++;
        }
        if (hasText(cps, end, to)) {
          add(clauses, cps, start, end);
          start = end;
        }
        k = end;
        continue;
      }
      k++;
    }
    add(clauses, cps, start, to);
    return clauses;
  }

  private static boolean endsClause(int[] cps, int at, int to) {
    int cp = cps[at];
    if (Punctuation.isCjkClauseMark(cp) || cp == '；' || cp == 0xFE54) {
      return true;
    }
    if (cp != ',' && cp != ':' && cp != ';') {
      return false;
    }
    return at + 1 >= to || CodePoints.isWhitespace(cps[at + 1]) || CodePoints.isWide(cps[at + 1]);
  }

  private static boolean hasText(int[] cps, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!CodePoints.isWhitespace(cps[i])) {
        return true;
      }
    }
    return false;
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
}
