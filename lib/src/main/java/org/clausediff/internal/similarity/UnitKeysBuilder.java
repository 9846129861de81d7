package org.clausediff.internal.similarity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.text.Tokens;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.Span;

/**
 * Builds the {@link UnitKeys} of one document: tokenizes each unit's key ({@link Tokens}),
 * numbering its words in the order they first occur, and makes its shingles and hash. Used once per
 * document; not thread-safe.
 */
final class UnitKeysBuilder {
  /** The longest unit whose shingles are made in the reused buffers. */
  static final int MAX_BUFFERED = 1 << 16;

  final Document document;
  final NormalizedText normalized;
  final UnitKind level;
  final boolean ignoreLabels;
  final Map<String, Integer> wordTokens = new HashMap<>();
  final List<String> words = new ArrayList<>();
  final ImmutableList<Unit> units;
  final int[] positionByIndex;
  int[] tokens;
  int[] tokenStart;
  int[] tokenEnd;
  int count;
  final int[] keyFrom;
  final int[] keySourceStart;
  final ShingleSet[] shingles;
  final long[] hashes;
  int[] tokenBuffer = new int[64];
  long[] shingleBuffer = new long[64];

  UnitKeysBuilder(
      Document document, NormalizedText normalized, UnitKind level, boolean ignoreLabels) {
    checkNotNull(document, "document");
    checkNotNull(normalized, "normalized");
    checkArgument(
        document.source() == normalized.source(),
        "document and normalized text must share one source");
    this.document = document;
    this.normalized = normalized;
    this.level = level;
    this.ignoreLabels = ignoreLabels;
    this.units = ImmutableList.copyOf(document.units(level));
    this.positionByIndex = new int[document.units().size()];
    Arrays.fill(positionByIndex, -1);
    int capacity = Math.max(16, normalized.length());
    this.tokens = new int[capacity];
    this.tokenStart = new int[capacity];
    this.tokenEnd = new int[capacity];
    this.keyFrom = new int[units.size() + 1];
    this.keySourceStart = new int[units.size()];
    this.shingles = new ShingleSet[units.size()];
    this.hashes = new long[units.size()];
  }

  UnitKeys build() {
    int[] labelStarts = labelStarts();
    int[] labelEnds = labelEnds(labelStarts);
    ImmutableIntArray cps = normalized.codePoints();
    for (int p = 0; p < units.size(); p++) {
      Unit unit = units.get(p);
      positionByIndex[unit.index()] = p;
      Span key = unit.span();
      Span range = normalized.toNormalized(key);
      if (ignoreLabels) {
        int label = Arrays.binarySearch(labelStarts, key.start());
        if (label >= 0 && labelEnds[label] < key.end()) {
          Span withoutLabel = Span.of(labelEnds[label], key.end());
          Span rest = normalized.toNormalized(withoutLabel);
          if (!rest.isEmpty()) {
            key = withoutLabel;
            range = rest;
          }
        }
      }
      keyFrom[p] = count;
      keySourceStart[p] = key.start();
      // A unit longer than MAX_BUFFERED code points (a whole document on one line, say) gets a
      // buffer of its own, so that the reused one does not keep its size for the rest of the text.
      int[] wordLike =
          range.length() > MAX_BUFFERED ? new int[range.length()] : tokenBuffer(range.length());
      int wordLikeCount = addTokens(cps, range.start(), range.end(), wordLike);
      // A hash of the tokens' text rather than their numbers: word numbers depend on which
      // document came first, and the hash must not (it breaks ties in the alignment).
      hashes[p] = textHash(cps, keyFrom[p], count);
      shingles[p] =
          ShingleSet.of(
              wordLike,
              wordLikeCount,
              wordLike == tokenBuffer ? shingleBuffer : new long[Math.max(1, wordLikeCount)]);
    }
    keyFrom[units.size()] = count;
    return new UnitKeys(this);
  }

  /** The reused buffer of word-like tokens, grown to hold {@code length} of them. */
  private int[] tokenBuffer(int length) {
    if (length > tokenBuffer.length) {
      tokenBuffer = new int[Math.max(length, 2 * tokenBuffer.length)];
      shingleBuffer = new long[tokenBuffer.length];
    }
    return tokenBuffer;
  }

  /** Where heading labels start, ascending (labels start units, so at most one per offset). */
  private int[] labelStarts() {
    return document.structuralUnits().stream()
        .map(u -> u.heading().orElseThrow().labelSpan().start())
        .mapToInt(Integer::intValue)
        .sorted()
        .toArray();
  }

  private int[] labelEnds(int[] starts) {
    int[] ends = new int[starts.length];
    for (Unit unit : document.structuralUnits()) {
      Span label = unit.heading().orElseThrow().labelSpan();
      ends[Arrays.binarySearch(starts, label.start())] = label.end();
    }
    return ends;
  }

  /**
   * Adds the diff tokens of {@code cps[from..to)} ({@link Tokens#end}) and writes their word-like
   * tokens ({@link Tokens#into}) to the start of {@code wordLike}, in one pass over the code
   * points; returns the number of word-like tokens. {@code UnitKeysProperties} checks both against
   * {@link Tokens}.
   */
  private int addTokens(ImmutableIntArray cps, int from, int to, int[] wordLike) {
    int n = 0;
    int i = from;
    while (i < to) {
      int cp = cps.get(i);
      if (Tokens.isWordPart(cp)) {
        int hash = (0x811C9DC5 ^ Character.toLowerCase(cp)) * 0x01000193;
        int end = i + 1;
        while (end < to && Tokens.isWordPart(cps.get(end))) {
          hash = (hash ^ Character.toLowerCase(cps.get(end))) * 0x01000193;
          end++;
        }
        add(end == i + 1 ? cp : word(cps, i, end), i, end);
        wordLike[n++] = hash | Integer.MIN_VALUE;
        i = end;
      } else {
        add(cp, i, i + 1);
        if (isLetterOrDigit(cp)) {
          wordLike[n++] = cp;
        }
        i++;
      }
    }
    return n;
  }

  /**
   * {@link Character#isLetterOrDigit}, answered at once for the ideographs U+4E00–U+9FFC (letters
   * since Unicode 13, Java 16), most of a Chinese text.
   */
  static boolean isLetterOrDigit(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFC) || Character.isLetterOrDigit(cp);
  }

  private int word(ImmutableIntArray cps, int from, int to) {
    StringBuilder text = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      text.appendCodePoint(cps.get(i));
    }
    return wordTokens.computeIfAbsent(
        text.toString(),
        w -> {
          words.add(w);
          return UnitKeys.FIRST_WORD + words.size() - 1;
        });
  }

  private void add(int token, int start, int end) {
    tokens[count] = token;
    tokenStart[count] = start;
    tokenEnd[count] = end;
    count++;
  }

  /**
   * A hash of the text of tokens {@code from} to {@code to}, the same in any document: each code
   * point mixed in, and a separator after each token. A token of one code point is that code point.
   */
  private long textHash(ImmutableIntArray cps, int from, int to) {
    long hash = 0x243F6A8885A308D3L + (to - from);
    for (int t = from; t < to; t++) {
      if (tokenEnd[t] - tokenStart[t] == 1) {
        hash = Tokens.mix(hash ^ tokens[t]);
      } else {
        for (int i = tokenStart[t]; i < tokenEnd[t]; i++) {
          hash = Tokens.mix(hash ^ cps.get(i));
        }
      }
      hash = Tokens.mix(hash ^ -1L);
    }
    return hash;
  }
}
