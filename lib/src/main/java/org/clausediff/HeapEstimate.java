package org.clausediff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.SourceText;

/**
 * How much Java heap {@link ClauseDiff#compare}, {@link ClauseDiff#duplicates} and {@link
 * ClauseDiff#collate} need for texts of a given size: pure functions, for an application that wants
 * to refuse inputs that would not fit its heap before the heavy work starts, rather than meet an
 * {@link OutOfMemoryError} minutes later. The library itself never refuses an input because of the
 * heap: an embedding application owns its heap; the command line checks these estimates against its
 * own.
 *
 * <p>The estimates are linear in the number of code points, of ideographs (each a token with its
 * own shingles) and of sentence breaks (each sentence a unit with its key), with rates fitted, plus
 * a margin, to the smallest heaps that worked on Chinese policy text (the seed documents grown to
 * 5–20 MB), on a 50 MB line of Latin words and on a million one-character sentences, with the
 * serial collector: see docs/PERFORMANCE.md, "Memory". They are estimates: text more repetitive
 * than that line, or denser in sentences, can need more, and most text needs less — Chinese text
 * about a third less.
 */
public final class HeapEstimate {
  /** Heap that any run needs besides what grows with the input: classes, buffers, small tables. */
  static final long BASE_BYTES = 48L << 20;

  /**
   * What compare needs per code point, per ideograph (each is a token of its own, with its
   * shingles) and per sentence break (each sentence is a unit with a key), over both texts.
   */
  private static final Rates COMPARE = new Rates(46, 35, 140);

  /** What duplicate detection needs per code point, ideograph and sentence break. */
  private static final Rates DUPLICATES = new Rates(62, 0, 140);

  /**
   * The share of compare's need that every text keeps for the whole of a collation (its
   * segmentation and comparison text); the rest is kept once for every pair it is aligned in.
   */
  private static final double COLLATE_KEPT_SHARE = 0.7;

  private HeapEstimate() {}

  /** The heap, in bytes, that comparing {@code left} with {@code right} needs. */
  public static long compareNeeds(SourceText left, SourceText right) {
    return compareNeeds(TextSize.of(left), TextSize.of(right));
  }

  /**
   * The heap, in bytes, that comparing two texts of the sizes {@code left} and {@code right} needs:
   * the same as {@link #compareNeeds(SourceText, SourceText)} on the texts measured.
   */
  public static long compareNeeds(TextSize left, TextSize right) {
    return COMPARE.needs(left.size().plus(right.size()));
  }

  /** The heap, in bytes, that finding the duplicates of {@code text} needs. */
  public static long duplicatesNeeds(SourceText text) {
    // Its rate per ideograph is 0: counting the breaks alone takes a fraction of the time.
    return duplicatesNeeds(text.length(), Size.breaks(text));
  }

  /** What {@link #duplicatesNeeds(SourceText)} needs for a text of this size. */
  static long duplicatesNeeds(long codePoints, long breaks) {
    return DUPLICATES.needs(new Size(codePoints, 0, breaks));
  }

  /**
   * The heap, in bytes, that collating {@code versions} against {@code original} (or among
   * themselves) needs: every pairwise alignment is kept until the end, so a text aligned in {@code
   * p} pairs counts {@code 0.7 + 0.3 p} times what it counts in a comparison.
   */
  public static long collateNeeds(Optional<SourceText> original, List<SourceText> versions) {
    int n = versions.size();
    double needs = 0;
    if (original.isPresent()) {
      needs += (COMPARE.needs(Size.of(original.get())) - BASE_BYTES) * collateFactor(n);
    }
    int pairs = (n - 1) + (original.isPresent() ? 1 : 0);
    for (SourceText version : versions) {
      needs += (COMPARE.needs(Size.of(version)) - BASE_BYTES) * collateFactor(pairs);
    }
    return BASE_BYTES + (long) needs;
  }

  private static double collateFactor(int pairs) {
    return COLLATE_KEPT_SHARE + (1 - COLLATE_KEPT_SHARE) * pairs;
  }

  /**
   * What the heap need of one text grows with: its name (for the message when it does not fit), its
   * code points, ideographs and sentence breaks. Measuring is linear in the length of the text; a
   * caller that reads several texts in parallel can measure each on the thread that read it.
   *
   * @param name the text's {@link SourceText#name()}
   * @param codePoints its length in code points
   * @param ideographs how many of them are ideographs
   * @param breaks how many of them may end a sentence
   */
  public record TextSize(String name, long codePoints, long ideographs, long breaks) {
    /** Validates: a name, counts not negative, ideographs and breaks among the code points. */
    public TextSize {
      checkNotNull(name, "name");
      checkArgument(
          ideographs >= 0 && breaks >= 0 && ideographs + breaks <= codePoints,
          "bad counts: %s code points, %s ideographs, %s breaks",
          codePoints,
          ideographs,
          breaks);
    }

    /** Measures {@code text}. */
    public static TextSize of(SourceText text) {
      Size size = Size.of(text);
      return new TextSize(text.name(), size.codePoints(), size.ideographs(), size.breaks());
    }

    private Size size() {
      return new Size(codePoints, ideographs, breaks);
    }
  }

  /** What the heap need grows with: code points, ideographs and sentence breaks. */
  private record Size(long codePoints, long ideographs, long breaks) {
    static Size of(SourceText text) {
      long ideographs = 0;
      long breaks = 0;
      for (int i = 0; i < text.length(); i++) {
        int cp = text.codePointAt(i);
        if (CodePoints.isIdeograph(cp)) {
          ideographs++;
        } else if (BREAKS.indexOf(cp) >= 0 || CodePoints.isLineTerminator(cp)) {
          breaks++;
        }
      }
      return new Size(text.length(), ideographs, breaks);
    }

    /**
     * The sentence breaks of {@code text}, as {@link #of} counts them: every break is one UTF-16
     * char, which no surrogate (half of another code point) equals.
     */
    static long breaks(SourceText text) {
      String chars = text.text();
      long breaks = 0;
      for (int i = 0; i < chars.length(); i++) {
        char c = chars.charAt(i);
        if (c >= 0x3002 ? (c == '。' || c == '！' || c == '？' || c == '；') : isAsciiOrLineBreak(c)) {
          breaks++;
        }
      }
      return breaks;
    }

    private static boolean isAsciiOrLineBreak(char c) {
      return c == '!' || c == '?' || c == ';' || c == '.' || CodePoints.isLineTerminator(c);
    }

    Size plus(Size other) {
      return new Size(
          codePoints + other.codePoints, ideographs + other.ideographs, breaks + other.breaks);
    }
  }

  /** The marks that may end a sentence (besides line terminators). */
  private static final String BREAKS = "。！？；!?;.";

  /** Heap per code point, per ideograph and per sentence break, in bytes. */
  private record Rates(long perCodePoint, long perIdeograph, long perBreak) {
    long needs(Size size) {
      return BASE_BYTES
          + perCodePoint * size.codePoints()
          + perIdeograph * size.ideographs()
          + perBreak * size.breaks();
    }
  }
}
