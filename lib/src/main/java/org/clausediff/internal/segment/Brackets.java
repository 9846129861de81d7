package org.clausediff.internal.segment;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

/**
 * The bracket and quote pairs of one paragraph that protect their content from sentence and clause
 * boundaries: pairs that match within the paragraph and close within the length limit (book-title
 * marks 《》 protect at any length). Unmatched and overlong brackets protect nothing, so an
 * unbalanced bracket cannot swallow the rest of a document.
 *
 * <p>Matching uses a stack, so it is linear in the paragraph's length.
 */
final class Brackets {
  private static final int MAX_SKIPPED = 8;

  /** Openers of the protective pairs, ascending; only pairs no other protective pair encloses. */
  private final int[] opens;

  /** The closer of each pair in {@link #opens}. */
  private final int[] closes;

  /** Every protective pair by opener, for {@link #closeOf}; ascending. */
  private final int[] allOpens;

  private final int[] allCloses;

  private Brackets(int[] opens, int[] closes, int[] allOpens, int[] allCloses) {
    this.opens = opens;
    this.closes = closes;
    this.allOpens = allOpens;
    this.allCloses = allCloses;
  }

  static Brackets find(int[] cps, int start, int end, int maxLength) {
    Deque<Integer> stack = new ArrayDeque<>();
    int[] pairOpen = new int[8];
    int[] pairClose = new int[8];
    int pairs = 0;
    for (int i = start; i < end; i++) {
      int cp = cps[i];
      if (Punctuation.isBasicIdeograph(cp)) {
        continue;
      }
      if (Punctuation.closerOf(cp) != 0) {
        stack.push(i);
      } else if (Punctuation.isCloser(cp)) {
        // Pop to the nearest matching opener; openers above it were never closed.
        // Look no deeper than MAX_SKIPPED, so that a flood of unmatched openers stays linear.
        int depth = 0;
        boolean found = false;
        for (int open : stack) {
          if (Punctuation.closerOf(cps[open]) == cp) {
            found = true;
            break;
          }
          if (++depth > MAX_SKIPPED) {
            break;
          }
        }
        if (!found) {
          continue;
        }
        for (int k = 0; k < depth; k++) {
          stack.pop();
        }
        int open = stack.pop();
        boolean bookTitle = cps[open] == '《';
        if (bookTitle || i - open + 1 <= maxLength) {
          if (pairs == pairOpen.length) {
            pairOpen = Arrays.copyOf(pairOpen, pairs * 2);
            pairClose = Arrays.copyOf(pairClose, pairs * 2);
          }
          pairOpen[pairs] = open;
          pairClose[pairs] = i;
          pairs++;
        }
      }
    }
    // Pairs are recorded in order of their closers; sort by opener.
    Integer[] order = new Integer[pairs];
    for (int i = 0; i < pairs; i++) {
      order[i] = i;
    }
    final int[] po = pairOpen;
    Arrays.sort(order, (a, b) -> Integer.compare(po[a], po[b]));
    int[] allOpens = new int[pairs];
    int[] allCloses = new int[pairs];
    int[] opens = new int[pairs];
    int[] closes = new int[pairs];
    int outer = 0;
    int reach = -1;
    for (int k = 0; k < pairs; k++) {
      int open = pairOpen[order[k]];
      int close = pairClose[order[k]];
      allOpens[k] = open;
      allCloses[k] = close;
      if (open > reach) {
        opens[outer] = open;
        closes[outer] = close;
        outer++;
        reach = close;
      }
    }
    return new Brackets(
        Arrays.copyOf(opens, outer), Arrays.copyOf(closes, outer), allOpens, allCloses);
  }

  /** The closer of the protective pair opened at {@code open}, if there is one. */
  Optional<Integer> closeOf(int open) {
    int k = Arrays.binarySearch(allOpens, open);
    return k >= 0 ? Optional.of(allCloses[k]) : Optional.empty();
  }

  /** Whether {@code at} lies inside a protective pair opened before it (closer included). */
  boolean isInside(int at) {
    int k = Arrays.binarySearch(opens, at);
    int before = k >= 0 ? k - 1 : -k - 2;
    return before >= 0 && closes[before] >= at;
  }
}
