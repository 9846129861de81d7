package org.clausediff.internal.collate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clausediff.internal.text.CodePoints;

/**
 * The wording that most versions share, and how far each version's wording is from it.
 *
 * <p>The consensus of the wordings of one row (a heading's title, or a sentence without its heading
 * label) keeps, in the order of a base wording, each code point that at least {@code k} wordings
 * have: the base's own code points count once, and another wording supports those that its longest
 * common subsequence with the base matches. So it is no version's wording where they differ, only
 * what a majority has in common; the base only fixes the order. Full-width and half-width forms
 * compare equal. Each wording's similarity to the consensus is the Dice coefficient of their
 * longest common subsequence: 1 exactly when the wording is the consensus.
 *
 * @param text the consensus wording, with {@value #GAP} where wording was left out
 * @param similarity each version's similarity to it; empty where the version has no wording
 */
record Consensus(String text, List<OptionalDouble> similarity) {

  /** Marks where the consensus leaves out wording that too few versions share. */
  static final String GAP = "…";

  /** Above this many cells an alignment supports nothing: its wording is too long to align. */
  private static final long MAX_CELLS = 4L << 20;

  Consensus {
    similarity = List.copyOf(similarity);
  }

  /**
   * The consensus of {@code wordings} (one per version, empty where absent).
   *
   * @param base the version whose wording gives the order; present
   * @param k the number of wordings that must share a code point for it to be kept
   */
  static Consensus of(List<Optional<String>> wordings, int base, int k) {
    int[] baseText = wordings.get(base).orElseThrow().codePoints().toArray();
    int[] support = new int[baseText.length];
    java.util.Arrays.fill(support, 1);
    for (int v = 0; v < wordings.size(); v++) {
      if (v != base && wordings.get(v).isPresent()) {
        boolean[] matched = matches(baseText, wordings.get(v).get().codePoints().toArray());
        for (int i = 0; i < baseText.length; i++) {
          support[i] += matched[i] ? 1 : 0;
        }
      }
    }
    boolean[] keep = new boolean[baseText.length];
    for (int i = 0; i < baseText.length; i++) {
      keep[i] = support[i] >= k;
    }
    // A lone shared code point between dropped ones is chance, not shared wording.
    for (int i = 0; i < baseText.length; i++) {
      boolean alone = (i == 0 || !keep[i - 1]) && (i + 1 == baseText.length || !keep[i + 1]);
      boolean between = i > 0 && i + 1 < baseText.length;
      if (keep[i] && alone && between) {
        keep[i] = false;
      }
    }
    StringBuilder text = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < baseText.length; i++) {
      if (!keep[i]) {
        gap = true;
        continue;
      }
      if (gap && plain.length() > 0) {
        text.append(GAP);
      }
      gap = false;
      text.appendCodePoint(baseText[i]);
      plain.appendCodePoint(baseText[i]);
    }
    int[] consensus = plain.codePoints().toArray();
    List<OptionalDouble> similarity = new ArrayList<>();
    for (Optional<String> wording : wordings) {
      similarity.add(
          wording.isEmpty()
              ? OptionalDouble.empty()
              : OptionalDouble.of(dice(consensus, wording.get().codePoints().toArray())));
    }
    return new Consensus(text.toString(), similarity);
  }

  /** 2·LCS / (|a| + |b|), and 1 for two empty texts. */
  static double dice(int[] a, int[] b) {
    if (a.length + b.length == 0) {
      return 1.0;
    }
    if ((long) a.length * b.length > MAX_CELLS) {
      return java.util.Arrays.equals(fold(a), fold(b)) ? 1.0 : 0.0;
    }
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      int x = CodePoints.foldWidth(a[i - 1]);
      for (int j = 1; j <= b.length; j++) {
        current[j] =
            x == CodePoints.foldWidth(b[j - 1])
                ? previous[j - 1] + 1
                : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return 2.0 * previous[b.length] / (a.length + b.length);
  }

  /** Which code points of {@code base} a longest common subsequence with {@code other} matches. */
  private static boolean[] matches(int[] base, int[] other) {
    boolean[] matched = new boolean[base.length];
    if ((long) base.length * other.length > MAX_CELLS) {
      return matched;
    }
    int[][] lcs = new int[base.length + 1][other.length + 1];
    for (int i = base.length - 1; i >= 0; i--) {
      int x = CodePoints.foldWidth(base[i]);
      for (int j = other.length - 1; j >= 0; j--) {
        lcs[i][j] =
            x == CodePoints.foldWidth(other[j])
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < base.length && j < other.length) {
      if (CodePoints.foldWidth(base[i]) == CodePoints.foldWidth(other[j])
          && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        matched[i] = true;
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return matched;
  }

  private static int[] fold(int[] text) {
    return java.util.Arrays.stream(text).map(CodePoints::foldWidth).toArray();
  }
}
