package org.clausediff.internal.dups;

import org.clausediff.dups.LabelReason;

/**
 * Where a repeated phrase may start and end: at punctuation, brackets or a sentence boundary in one
 * of its occurrences, never inside a run of words that no occurrence delimits; and whether the
 * phrase is a bracketed note.
 */
final class PhraseBounds {
  private PhraseBounds() {}

  /** Whether a phrase may start at offset {@code k} of the copies at {@code p} and {@code q}. */
  static boolean mayStart(int[] text, Sentences sentences, int p, int q, int k) {
    int cp = text[p + k];
    if (Characters.isOpening(cp)) {
      return true;
    }
    if (Characters.isPunctuation(cp)) {
      return false;
    }
    return delimitedBefore(text, sentences, p + k) || delimitedBefore(text, sentences, q + k);
  }

  private static boolean delimitedBefore(int[] text, Sentences sentences, int at) {
    return at == 0 || sentences.isBoundary(at) || Characters.isPunctuation(text[at - 1]);
  }

  /** Whether a phrase may end before offset {@code k} of the copies at {@code p} and {@code q}. */
  static boolean mayEnd(int[] text, Sentences sentences, int p, int q, int k) {
    int last = text[p + k - 1];
    if (Characters.isClosing(last) || Sentences.isTerminator(text, p + k - 1, text.length)) {
      return true;
    }
    if (Characters.isPunctuation(last)) {
      return false;
    }
    return delimitedAfter(text, sentences, p + k) || delimitedAfter(text, sentences, q + k);
  }

  private static boolean delimitedAfter(int[] text, Sentences sentences, int at) {
    return at == text.length || sentences.isBoundary(at) || Characters.isPunctuation(text[at]);
  }

  /** A bracketed phrase such as （省质监局牵头负责） is a note; anything else a phrase. */
  static LabelReason reason(int[] text, int from, int to) {
    if (!Characters.isOpening(text[from]) || !Characters.isClosing(text[to - 1])) {
      return LabelReason.PHRASE;
    }
    int depth = 0;
    for (int i = from; i < to; i++) {
      if (Characters.isOpening(text[i])) {
        depth++;
      } else if (Characters.isClosing(text[i])) {
        depth--;
        if (depth == 0 && i < to - 1) {
          return LabelReason.PHRASE;
        }
      }
    }
    return depth == 0 ? LabelReason.NOTE : LabelReason.PHRASE;
  }
}
