package org.clausediff.internal.similarity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.text.Tokens;
import org.clausediff.segment.Document;
import org.clausediff.segment.Heading;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.Span;

/**
 * The comparison keys of the units of one level (sentences, clauses or paragraphs) of a document.
 *
 * <p>A unit's key is its normalized text ({@link NormalizedText#toNormalized}) without its heading
 * label when it starts with one (so that {@code （四）着力提高…} and {@code （一）着力提高…} have the same key
 * and renumbering alone is no change), unless the label is all the unit has. Keys are held as:
 *
 * <ul>
 *   <li>diff tokens, the tokens of {@link Tokens}: a Latin word or number is one token, every other
 *       code point (a CJK character, a punctuation mark, a space) is one token. A token is the code
 *       point itself, or for a word of two or more code points a number above U+10FFFF that stands
 *       for that exact word in both documents of a comparison;
 *   <li>a {@link ShingleSet} of the word-like tokens ({@link Tokens}), for the shingle measures;
 *   <li>a 64-bit hash of the diff tokens, for finding identical keys.
 * </ul>
 *
 * <p>Units are addressed by their position {@code p} among the level's units in document order.
 * Building takes time linear in the length of the text (plus sorting each unit's shingles).
 * Instances are immutable and thread-safe.
 *
 * <p>Longer than 350 lines: it has one job, answering questions about the keyed units of one
 * document, but every stage of alignment and diffing asks it something different (positions,
 * tokens, source spans, shingles, hashes, word pairing), and each of those thirty small accessors
 * carries its contract. The building is in {@link UnitKeysBuilder}.
 */
public final class UnitKeys {
  /** The first token number used for words; above every code point. */
  static final int FIRST_WORD = Character.MAX_CODE_POINT + 1;

  private final Document document;
  private final NormalizedText normalized;
  private final UnitKind level;
  private final boolean ignoreLabels;
  private final ImmutableList<Unit> units;
  private final int[] positionByIndex;
  private final int[] tokens;
  private final int[] tokenStart;
  private final int[] tokenEnd;
  private final int[] keyFrom;
  private final int[] keySourceStart;
  private final ShingleSet[] shingles;
  private final long[] hashes;

  /** The words behind the word tokens: token {@code FIRST_WORD + i} stands for {@code words[i]}. */
  private final String[] words;

  UnitKeys(UnitKeysBuilder builder) {
    this.document = builder.document;
    this.normalized = builder.normalized;
    this.level = builder.level;
    this.ignoreLabels = builder.ignoreLabels;
    this.units = builder.units;
    this.positionByIndex = builder.positionByIndex;
    this.tokens = trimmed(builder.tokens, builder.count);
    this.tokenStart = trimmed(builder.tokenStart, builder.count);
    this.tokenEnd = trimmed(builder.tokenEnd, builder.count);
    this.keyFrom = builder.keyFrom;
    this.keySourceStart = builder.keySourceStart;
    this.shingles = builder.shingles;
    this.hashes = builder.hashes;
    this.words = builder.words.toArray(new String[0]);
  }

  /**
   * {@code array}, or its first {@code count} values when more than a quarter of it is unused. The
   * token arrays are sized for one token per code point: Chinese text fills them nearly, so a copy
   * would only add garbage; Latin text (one token per word) leaves most of them empty.
   */
  private static int[] trimmed(int[] array, int count) {
    return count >= array.length - array.length / 4 ? array : Arrays.copyOf(array, count);
  }

  /** These keys with the word tokens {@code tokens} and the word table {@code words}. */
  private UnitKeys(UnitKeys keys, int[] tokens, String[] words) {
    this.document = keys.document;
    this.normalized = keys.normalized;
    this.level = keys.level;
    this.ignoreLabels = keys.ignoreLabels;
    this.units = keys.units;
    this.positionByIndex = keys.positionByIndex;
    this.tokens = tokens;
    this.tokenStart = keys.tokenStart;
    this.tokenEnd = keys.tokenEnd;
    this.keyFrom = keys.keyFrom;
    this.keySourceStart = keys.keySourceStart;
    this.shingles = keys.shingles;
    this.hashes = keys.hashes; // Hashes of text, not of word numbers: renumbering keeps them.
    this.words = words;
  }

  /**
   * The keys of both documents of a comparison, with one word table so that equal words get equal
   * tokens: {@code pair(of(left, …), of(right, …))}.
   *
   * @param level the level of the units to key: paragraph, sentence or clause
   * @param ignoreLabels whether heading labels are left out of keys
   */
  public static Pair forPair(
      Document left,
      NormalizedText leftNormalized,
      Document right,
      NormalizedText rightNormalized,
      UnitKind level,
      boolean ignoreLabels) {
    return pair(
        of(left, leftNormalized, level, ignoreLabels),
        of(right, rightNormalized, level, ignoreLabels));
  }

  /**
   * The keys of one document. Its word tokens are numbered for this document alone; {@link #pair}
   * makes the numbering of two documents agree. Keying the two documents of a comparison separately
   * (on two threads, say) and pairing them gives the same keys as {@link #forPair}.
   *
   * @param level the level of the units to key: paragraph, sentence or clause
   * @param ignoreLabels whether heading labels are left out of keys
   */
  public static UnitKeys of(
      Document document, NormalizedText normalized, UnitKind level, boolean ignoreLabels) {
    checkNotNull(level, "level");
    checkArgument(!level.isStructural(), "level must be paragraph, sentence or clause: %s", level);
    return new UnitKeysBuilder(document, normalized, level, ignoreLabels).build();
  }

  /**
   * The keys of a comparison of {@code left} with {@code right}: {@code left} as it is, and {@code
   * right} with its words numbered as in {@code left} (words new to {@code left} numbered after its
   * own, in the order they first occur in {@code right}). Linear in the length of {@code right}'s
   * keys.
   *
   * @throws IllegalArgumentException if the two are keyed at different levels or one leaves heading
   *     labels out and the other does not
   */
  public static Pair pair(UnitKeys left, UnitKeys right) {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkArgument(
        left.level == right.level && left.ignoreLabels == right.ignoreLabels,
        "keys made with different options: %s (labels ignored: %s) and %s (labels ignored: %s)",
        left.level,
        left.ignoreLabels,
        right.level,
        right.ignoreLabels);
    Map<String, Integer> table = new HashMap<>();
    for (int i = 0; i < left.words.length; i++) {
      table.put(left.words[i], FIRST_WORD + i);
    }
    List<String> words = new ArrayList<>(Arrays.asList(left.words));
    int[] renumbered = new int[right.words.length];
    boolean same = true;
    for (int i = 0; i < right.words.length; i++) {
      String word = right.words[i];
      Integer token = table.get(word);
      if (token == null) {
        token = FIRST_WORD + words.size();
        table.put(word, token);
        words.add(word);
      }
      renumbered[i] = token;
      same &= token == FIRST_WORD + i;
    }
    if (same && words.size() == right.words.length) {
      return new Pair(left, right);
    }
    int[] tokens = right.tokens;
    if (!same) {
      tokens = tokens.clone();
      for (int t = 0; t < right.keyFrom[right.size()]; t++) {
        if (tokens[t] >= FIRST_WORD) {
          tokens[t] = renumbered[tokens[t] - FIRST_WORD];
        }
      }
    }
    return new Pair(left, new UnitKeys(right, tokens, words.toArray(new String[0])));
  }

  /**
   * The keys of the two documents of one comparison.
   *
   * @param left the keys of the left (old) document
   * @param right the keys of the right (new) document
   */
  public record Pair(UnitKeys left, UnitKeys right) {
    /** Checks that both are keyed at the same level. */
    public Pair {
      checkNotNull(left, "left");
      checkNotNull(right, "right");
      checkArgument(left.level == right.level, "keys of different levels");
    }
  }

  /** The document whose units are keyed. */
  public Document document() {
    return document;
  }

  /** The comparison text of the document. */
  public NormalizedText normalized() {
    return normalized;
  }

  /** The level of the keyed units. */
  public UnitKind level() {
    return level;
  }

  /** Whether heading labels are left out of the keys. */
  public boolean ignoresLabels() {
    return ignoreLabels;
  }

  /** The keyed units, in document order; position {@code p} is {@code units().get(p)}. */
  public ImmutableList<Unit> units() {
    return units;
  }

  /** The number of keyed units. */
  public int size() {
    return units.size();
  }

  /**
   * The position of {@code unit} among the keyed units, if it is one of them.
   *
   * @throws IllegalArgumentException if {@code unit} is not a unit of this document
   */
  public int positionOf(Unit unit) {
    checkArgument(
        unit.index() < positionByIndex.length
            && document.units().get(unit.index()).equals(unit)
            && positionByIndex[unit.index()] >= 0,
        "%s %s is not a keyed unit of %s",
        unit.kind().id(),
        unit.span(),
        document.name());
    return positionByIndex[unit.index()];
  }

  /**
   * The positions {@code [from, to)} of the keyed units inside {@code unit} (a structural unit, or
   * a keyed unit itself); empty when none is.
   */
  public int[] positionsWithin(Unit unit) {
    int from = firstPositionAtOrAfter(unit.span().start());
    int to = firstPositionAtOrAfter(unit.span().end());
    return new int[] {from, Math.max(from, to)};
  }

  private int firstPositionAtOrAfter(int sourceOffset) {
    int low = 0;
    int high = units.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (units.get(mid).span().start() < sourceOffset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * All diff tokens of all keys, concatenated in document order, perhaps followed by unused slots;
   * do not modify.
   */
  int[] tokenArray() {
    return tokens;
  }

  /** The diff token at {@code index}: the keys' tokens are numbered across all units, in order. */
  public int token(int index) {
    return tokens[index];
  }

  /** The number of normalized code points that token {@code index} covers. */
  public int tokenWidth(int index) {
    return tokenEnd[index] - tokenStart[index];
  }

  /**
   * Whether the tokens {@code t - 1} and {@code t} come from one source character (an expansion
   * such as … → ... or ㍿ → 株式会社), so that an edit may not start or end between them.
   */
  public boolean splitsSource(int t) {
    if (t <= 0 || t >= keyFrom[units.size()] || tokenEnd[t - 1] != tokenStart[t]) {
      return false;
    }
    return normalized
        .offsetMap()
        .sourceOf(tokenEnd[t - 1] - 1)
        .equals(normalized.offsetMap().sourceOf(tokenStart[t]));
  }

  /** The first token of the key of position {@code p}. */
  public int keyStart(int p) {
    return keyFrom[p];
  }

  /** One past the last token of the key of position {@code p}. */
  public int keyEnd(int p) {
    return keyFrom[p + 1];
  }

  /** The number of diff tokens in the key of position {@code p}. */
  public int keyLength(int p) {
    return keyFrom[p + 1] - keyFrom[p];
  }

  /** The shingles of the key of position {@code p}. */
  public ShingleSet shingles(int p) {
    return shingles[p];
  }

  /**
   * A 64-bit hash of the key of position {@code p}, computed from its text: equal keys have equal
   * hashes, whichever document of the pair it is in.
   */
  public long hash(int p) {
    return hashes[p];
  }

  /**
   * Whether the key of position {@code p} equals the key of position {@code q} of {@code other}.
   */
  public boolean sameKey(int p, UnitKeys other, int q) {
    return hashes[p] == other.hashes[q]
        && Arrays.equals(
            tokens,
            keyFrom[p],
            keyFrom[p + 1],
            other.tokens,
            other.keyFrom[q],
            other.keyFrom[q + 1]);
  }

  /**
   * The source span of the tokens {@code [from, to)}. An empty range is an insertion point: the end
   * of the token before it when that token belongs to the same key as {@code from}, else the source
   * start of the key of position {@code p}.
   *
   * @param p the position whose key contains the range (or, for an empty range, ends at it)
   */
  public Span sourceSpan(int p, int from, int to) {
    checkArgument(
        keyFrom[p] <= from && from <= to && to <= keyFrom[p + 1],
        "tokens [%s, %s) outside the key of position %s",
        from,
        to,
        p);
    if (from < to) {
      return normalized.toSource(tokenStart[from], tokenEnd[to - 1]);
    }
    if (from > keyFrom[p]) {
      return Span.empty(normalized.toSource(tokenStart[from - 1], tokenEnd[from - 1]).end());
    }
    return Span.empty(keySourceStart[p]);
  }

  /** The shingles of {@code heading}'s title (empty for an untitled heading). */
  public ShingleSet titleShingles(Heading heading) {
    Span range = normalized.toNormalized(heading.titleSpan());
    return ShingleSet.of(Tokens.of(normalized.codePoints(), range.start(), range.end()));
  }

  @Override
  public String toString() {
    return "UnitKeys[" + document.name() + ", " + units.size() + " " + level.id() + "s]";
  }
}
