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
      addTokens(cps, range.start(), range.end());
      // A hash of the tokens' text rather than their numbers: word numbers depend on which
      // document came first, and the hash must not (it breaks ties in the alignment).
      hashes[p] = textHash(cps, tokenStart, tokenEnd, keyFrom[p], count);
      shingles[p] = shingles(cps, range);
    }
    keyFrom[units.size()] = count;
    return new UnitKeys(this);
  }

  /**
   * The shingles of {@code range}, made in buffers reused from unit to unit; a unit longer than
   * {@value #MAX_BUFFERED} code points (a whole document on one line, say) gets arrays of its own,
   * so that the buffers do not keep its size for the rest of the document.
   */
  private ShingleSet shingles(ImmutableIntArray cps, Span range) {
    if (range.length() > MAX_BUFFERED) {
      return ShingleSet.of(Tokens.of(cps, range.start(), range.end()));
    }
    if (range.length() > tokenBuffer.length) {
      tokenBuffer = new int[Math.max(range.length(), 2 * tokenBuffer.length)];
      shingleBuffer = new long[tokenBuffer.length];
    }
    int count = Tokens.into(cps, range.start(), range.end(), tokenBuffer);
    return ShingleSet.of(tokenBuffer, count, shingleBuffer);
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

  private void addTokens(ImmutableIntArray cps, int from, int to) {
    int i = from;
    while (i < to) {
      int end = Tokens.end(cps, i, to);
      add(end == i + 1 ? cps.get(i) : word(cps, i, end), i, end);
      i = end;
    }
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

  /** A hash of the text of tokens {@code from} to {@code to}, the same in any document. */
  private static long textHash(
      ImmutableIntArray cps, int[] tokenStart, int[] tokenEnd, int from, int to) {
    long hash = 0x243F6A8885A308D3L + (to - from);
    for (int t = from; t < to; t++) {
      for (int i = tokenStart[t]; i < tokenEnd[t]; i++) {
        hash = Tokens.mix(hash ^ cps.get(i));
      }
      hash = Tokens.mix(hash ^ -1L);
    }
    return hash;
  }
}
