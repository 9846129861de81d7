package org.clausediff.internal.dups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds exact repeats in the comparison text with a suffix array.
 *
 * <p>The text is parsed left to right into copies of earlier text, as in Lempel–Ziv factorization:
 *
 * <ol>
 *   <li><b>Passages of whole sentences.</b> At each sentence start, the earlier sentence start that
 *       shares the longest prefix with it is found from the suffix array restricted to sentence
 *       starts ({@link EarlierMatches}). The common prefix is cut back to the last offset that is a
 *       sentence boundary in both places; if at least {@code minLength} code points remain, that
 *       passage is a copy, and the parse continues after it. Notes (see {@link Sentences}) that
 *       open or close a passage are cut off it: they recur on purpose and are left to the next
 *       step; a note between two of its sentences stays in it. Sentences repeated back to back are
 *       copies one period each when the period is shorter than {@code minLength} but the copies
 *       after the first reach it together ({@link #backToBackCopies}).
 *   <li><b>Phrases.</b> Outside those copies, every position whose longest earlier match (from the
 *       full suffix array) reaches {@code minLength} starts a copy of a phrase: it is split where a
 *       sentence ends and each piece is trimmed to punctuation or sentence boundaries, so that no
 *       piece starts or ends in the middle of a run of words that no occurrence delimits.
 * </ol>
 *
 * <p>The source of a copy that lies inside an earlier copy is moved to that copy's source, so every
 * group starts at the earliest occurrence found. Copies with equal content form one group. Copies
 * never overlap each other or their own source (a periodic text is cut into periods), so the parse
 * is linear in the length of the text and so is the output.
 */
final class ExactRepeatFinder {
  private final int minLength;

  ExactRepeatFinder(int minLength) {
    this.minLength = minLength;
  }

  /** The passages and phrases that occur at least twice, in no particular order. */
  List<Repeat> find(Sentences sentences, SuffixArray sa) {
    int[] text = sentences.text();
    Copies passages = passages(text, sa, sentences);
    Copies phrases = phrases(text, sa, sentences, passages);
    List<Repeat> repeats = new ArrayList<>();
    CopyGroups.group(text, passages, repeats);
    CopyGroups.group(text, phrases, repeats);
    return repeats;
  }

  private Copies passages(int[] text, SuffixArray sa, Sentences sentences) {
    int m = sentences.count();
    Copies copies = new Copies();
    if (m == 0) {
      return copies;
    }
    long[] isStart = new long[(text.length >> 6) + 1];
    for (int i = 0; i < m; i++) {
      isStart[sentences.start(i) >> 6] |= 1L << sentences.start(i);
    }
    int[] starts = new int[m];
    int[] adjacent = new int[m + 1];
    int count = restrict(sa, isStart, starts, adjacent);
    int[] source = new int[count];
    int[] length = new int[count];
    EarlierMatches.compute(starts, adjacent, 0, count, source, length);
    int[] bestSource = new int[m];
    int[] bestLength = new int[m];
    for (int e = 0; e < count; e++) {
      int i = sentences.firstStartingAtOrAfter(starts[e]);
      bestSource[i] = source[e];
      bestLength[i] = length[e];
    }

    int i = 0;
    while (i < m) {
      int p = sentences.start(i);
      int q = bestSource[i];
      int limit = q < 0 ? 0 : Math.min(bestLength[i], p - q);
      int whole = 0;
      if (limit >= minLength) {
        for (int j = i; j < m && sentences.end(j) - p <= limit; j++) {
          if (sentences.isBoundary(q + sentences.end(j) - p)) {
            whole = sentences.end(j) - p;
          }
        }
      }
      if (whole >= minLength) {
        whole += closingHeading(sentences, q + whole, limit - whole);
      }
      int backToBack =
          whole >= minLength ? 0 : backToBackCopies(sentences, text, i, q, bestLength[i]);
      if (whole >= minLength) {
        addRunsBetweenNotes(sentences, i, p, q, whole, copies);
        i = sentences.firstStartingAtOrAfter(p + whole);
      } else if (backToBack > 0) {
        int period = p - q;
        for (int k = 0; k < backToBack; k++) {
          int start = p + k * period;
          addRunsBetweenNotes(
              sentences, sentences.firstStartingAtOrAfter(start), start, q, period, copies);
        }
        i = sentences.firstStartingAtOrAfter(p + backToBack * period);
      } else {
        i++;
      }
    }
    return copies;
  }

  /**
   * The length of a short heading that closes a copied passage: the sentence at {@code at} in the
   * source is a heading shorter than {@code minLength} ({@code （四）加快发展}) that the copy repeats too
   * ({@code matched} code points match beyond the passage), although in the copy it runs into the
   * text after it without a sentence boundary (a flattened copy). Such a heading was pasted with
   * the run and belongs to it (issue 16, cause 10); 0 when there is none.
   */
  private int closingHeading(Sentences sentences, int at, int matched) {
    int j = sentences.firstStartingAtOrAfter(at);
    if (j >= sentences.count()
        || sentences.start(j) != at
        || sentences.role(j) != Sentences.Role.HEADING) {
      return 0;
    }
    int length = sentences.end(j) - at;
    return length < minLength && length <= matched ? length : 0;
  }

  /**
   * The number of copies of the sentences {@code [q, p)} that follow them back to back from {@code
   * p}, the start of sentence {@code i} (a short sentence or two pasted several times in a row),
   * when the copies are too short to be passages one by one but together reach {@code minLength};
   * otherwise 0. The repeated sentences must hold at least two letters, digits or ideographs (a row
   * of dashes is decoration) and no note. {@code matched} is the common prefix of the text at
   * {@code q} and at {@code p}: the text from {@code q} repeats with period {@code p - q} until
   * {@code matched} code points past {@code p}.
   */
  private int backToBackCopies(Sentences sentences, int[] text, int i, int q, int matched) {
    int p = sentences.start(i);
    int period = p - q;
    if (q < 0 || period <= 0 || period >= minLength || matched < period) {
      return 0;
    }
    for (int j = sentences.firstStartingAtOrAfter(q); j < i; j++) {
      if (sentences.role(j) == Sentences.Role.NOTE) {
        return 0;
      }
    }
    int wordLike = 0;
    for (int x = q; x < p && wordLike < 2; x++) {
      wordLike += Character.isLetterOrDigit(text[x]) ? 1 : 0;
    }
    if (wordLike < 2) {
      return 0;
    }
    int count = 0;
    while ((long) (count + 1) * period <= matched
        && sentences.isBoundary(p + (count + 1) * period)) {
      count++;
    }
    return (long) count * period >= minLength ? count : 0;
  }

  /**
   * The suffixes that start where {@code chosen} has a bit, in rank order, into {@code starts},
   * with the common prefix length of each with the one before into {@code adjacent}; returns how
   * many there are.
   */
  private static int restrict(SuffixArray sa, long[] chosen, int[] starts, int[] adjacent) {
    int count = 0;
    int running = Integer.MAX_VALUE;
    int[] suffixes = sa.suffixes();
    int[] lcp = sa.lcps();
    for (int rank = 0; rank < suffixes.length; rank++) {
      running = Math.min(running, lcp[rank]);
      int p = suffixes[rank];
      if ((chosen[p >> 6] & (1L << p)) != 0) {
        adjacent[count] = running;
        starts[count++] = p;
        running = Integer.MAX_VALUE;
      }
    }
    return count;
  }

  /**
   * Adds the copy {@code [p, p + length)} of {@code [q, …)}, which starts with sentence {@code i},
   * without the notes at its ends: notes such as responsibility lines recur on purpose, so a note
   * that opens or closes a copy is left to the phrase pass (it may belong to the text around the
   * copy). A note between two sentences of the copy is part of it: it was pasted with them (issue
   * 16, cause 10), and removing the copy removes it. What remains may be shorter than {@code
   * minLength}: the passage it belongs to is not.
   */
  private void addRunsBetweenNotes(
      Sentences sentences, int i, int p, int q, int length, Copies copies) {
    int first = -1;
    int last = -1;
    for (int j = i; j < sentences.count() && sentences.start(j) < p + length; j++) {
      if (sentences.role(j) != Sentences.Role.NOTE) {
        first = first < 0 ? j : first;
        last = j;
      }
    }
    if (first < 0) {
      return;
    }
    int runStart = sentences.start(first);
    int runEnd = Math.min(sentences.end(last), p + length);
    if (runEnd > runStart) {
      int offset = runStart - p;
      copies.add(
          runStart,
          runEnd - runStart,
          Copies.redirect(q + offset, runEnd - runStart, copies, copies),
          sentences.reasonForWholeSentences(runStart, runEnd));
    }
  }

  private Copies phrases(int[] text, SuffixArray sa, Sentences sentences, Copies passages) {
    int n = text.length;
    int[] suffixes = sa.suffixes();
    int[] lcp = sa.lcps();
    long[] inPassage = new long[(n >> 6) + 1];
    for (int k = 0; k < passages.size(); k++) {
      for (int i = passages.start(k); i < passages.end(k); i++) {
        inPassage[i >> 6] |= 1L << i;
      }
    }
    // Only suffixes that share minLength code points with a neighbour in rank order can have a
    // long earlier match; they form blocks of consecutive ranks. A block matters only if at least
    // two of its suffixes start outside the passages already found.
    int[] source = new int[64];
    int[] length = new int[64];
    long[] candidates = new long[64];
    int[] candidateSource = new int[64];
    int[] candidateLength = new int[64];
    int count = 0;
    int blockStart = 0;
    for (int rank = 1; rank <= n; rank++) {
      if (rank < n && lcp[rank] >= minLength) {
        continue;
      }
      if (rank - blockStart >= 2 && outsideAtLeastTwo(suffixes, blockStart, rank, inPassage)) {
        if (rank - blockStart > source.length) {
          source = new int[Math.max(rank - blockStart, source.length * 2)];
          length = new int[source.length];
        }
        EarlierMatches.compute(suffixes, lcp, blockStart, rank, source, length);
        for (int r = blockStart; r < rank; r++) {
          int p = suffixes[r];
          if (length[r - blockStart] >= minLength && (inPassage[p >> 6] & (1L << p)) == 0) {
            if (count == candidates.length) {
              candidates = Arrays.copyOf(candidates, count * 2);
              candidateSource = Arrays.copyOf(candidateSource, count * 2);
              candidateLength = Arrays.copyOf(candidateLength, count * 2);
            }
            candidateSource[count] = source[r - blockStart];
            candidateLength[count] = length[r - blockStart];
            candidates[count] = ((long) p << 32) | count;
            count++;
          }
        }
      }
      blockStart = rank;
    }
    Arrays.sort(candidates, 0, count);
    Copies phrases = new Copies();
    int free = 0;
    int next = 0;
    for (int c = 0; c < count; c++) {
      int p = (int) (candidates[c] >>> 32);
      int k = (int) candidates[c];
      if (p < free) {
        continue;
      }
      while (next < passages.size() && passages.start(next) < p) {
        next++;
      }
      int limit = next < passages.size() ? passages.start(next) : n;
      int q = candidateSource[k];
      int l = Math.min(candidateLength[k], Math.min(limit - p, p - q));
      if (l >= minLength) {
        addPieces(text, sentences, p, q, l, phrases, passages);
        free = p + l;
      }
    }
    return phrases;
  }

  /** Whether at least two of the suffixes of ranks {@code [from, to)} start outside passages. */
  private static boolean outsideAtLeastTwo(int[] suffixes, int from, int to, long[] inPassage) {
    int outside = 0;
    for (int r = from; r < to && outside < 2; r++) {
      int p = suffixes[r];
      if ((inPassage[p >> 6] & (1L << p)) == 0) {
        outside++;
      }
    }
    return outside >= 2;
  }

  /** Splits the copy {@code [p, p + l)} of {@code [q, q + l)} at sentence ends and trims it. */
  private void addPieces(
      int[] text, Sentences sentences, int p, int q, int l, Copies phrases, Copies passages) {
    int pieceStart = 0;
    for (int k = 1; k <= l; k++) {
      boolean split =
          k == l
              || Sentences.isTerminator(text, p + k - 1, p + l)
              || (sentences.isBoundary(p + k) && sentences.isBoundary(q + k));
      if (!split) {
        continue;
      }
      int from = pieceStart;
      while (from < k && !PhraseBounds.mayStart(text, sentences, p, q, from)) {
        from++;
      }
      int to = k;
      while (to > from && !PhraseBounds.mayEnd(text, sentences, p, q, to)) {
        to--;
      }
      if (to - from >= minLength) {
        phrases.add(
            p + from,
            to - from,
            Copies.redirect(q + from, to - from, passages, phrases),
            PhraseBounds.reason(text, p + from, p + to));
      }
      pieceStart = k;
    }
  }
}
