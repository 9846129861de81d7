package org.clausediff.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.clausediff.compare.Link;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * Makes a second version of a text by planting recorded edits in it, and reports where every
 * sentence (and item) of the first version went: the ground truth against which {@code compare} is
 * measured.
 *
 * <pre>{@code
 * PlantedEdits.Pair pair = PlantedEdits.seeded(42).withRate(0.1).apply("qinghai", text);
 * // pair.left() is the text as given, pair.right() the edited version,
 * // pair.links() the true sentence links (left spans → right spans), pair.itemLinks() the items'.
 * }</pre>
 *
 * <p>Sentence edits ({@link #apply}): deletions, insertions (new sentences of random characters of
 * the text, unlike any existing one), moves, splits (a {@code ，} becomes {@code 。}), merges (a
 * {@code 。} becomes {@code ，}), character edits (1–3 characters substituted, inserted or deleted),
 * duplicated passages (2–4 sentences pasted again elsewhere), full-width/half-width swaps (digits,
 * Latin letters, {@code ，：（）}), and the removal of all line breaks. About {@code rate} of the
 * sentences are edited, spread over the kinds chosen. Structural edits ({@link #restructure}):
 * items reordered within a section, renumbered, split in two, or merged.
 *
 * <p>The left text is always the input unchanged; spans are code points, of the left text for
 * {@code left} and of the right text for {@code right}. Sentences are the library's own ({@link
 * Segmenter#defaults()}). The same seed and input always give the same pair. Instances are
 * immutable.
 */
public final class PlantedEdits {

  /** The kinds of edits. */
  public enum Kind {
    /** A sentence removed. */
    DELETE,
    /** A new sentence added. */
    INSERT,
    /** A sentence moved at least three sentences away. */
    MOVE,
    /** A sentence cut in two at a {@code ，}. */
    SPLIT,
    /** Two adjacent sentences joined with a {@code ，}. */
    MERGE,
    /** One to three characters of a sentence substituted, inserted or deleted. */
    CHARACTER_EDIT,
    /** Two to four consecutive sentences pasted again elsewhere. */
    DUPLICATE_PASSAGE,
    /** Digits, Latin letters and some punctuation of a sentence swapped to the other width. */
    WIDTH_SWAP,
    /** Every line break removed (the whole text runs on, as in the Yunnan copy). */
    REMOVE_LINE_BREAKS,
    /** Two items of a section swapped, then renumbered. */
    REORDER_ITEMS,
    /** Items renumbered from one in every section. */
    RENUMBER_ITEMS,
    /** An item cut in two, the second half under a new heading. */
    SPLIT_ITEM,
    /** Two adjacent items joined, the second one's heading (label and title) dropped. */
    MERGE_ITEMS,
    /**
     * A sentence paraphrased: policy verbs and phrases replaced by synonyms (加快 → 加速, 完善 → 健全, …),
     * and two of its clauses swapped or one dropped.
     */
    REWORD,
    /**
     * A responsibility note ({@code （省发展改革委、省商务厅负责）}) changed on its own: a department dropped or
     * one added, the sentence before it untouched. Needs {@link
     * PlantedEdits#withReferenceSentences()}, where notes are segments of their own.
     */
    NOTE_CHANGE;

    /** The sentence-level kinds of the recovery tests (without the evaluation's kinds). */
    public static Set<Kind> sentenceKinds() {
      return EnumSet.range(DELETE, REMOVE_LINE_BREAKS);
    }

    /** Every sentence-level kind, the evaluation's included. */
    public static Set<Kind> evaluationKinds() {
      Set<Kind> kinds = EnumSet.range(DELETE, REMOVE_LINE_BREAKS);
      kinds.add(REWORD);
      kinds.add(NOTE_CHANGE);
      return kinds;
    }

    /** The item-level kinds. */
    public static Set<Kind> itemKinds() {
      return EnumSet.range(REORDER_ITEMS, MERGE_ITEMS);
    }

    private boolean isSentenceKind() {
      return !itemKinds().contains(this) && this != REMOVE_LINE_BREAKS;
    }
  }

  /** What a true link says happened to its units. */
  public enum Fate {
    /** Unchanged (possibly moved with the text around it, or only changed in width). */
    SAME,
    /** Characters edited. */
    EDITED,
    /** Moved on its own. */
    MOVED,
    /** Cut in two. */
    SPLIT,
    /** Joined with its neighbour. */
    MERGED
  }

  /**
   * A true link: the left units (sentences or items) whose content is now the right units.
   *
   * @param fate what happened
   * @param left spans in the left text, in order
   * @param right spans in the right text, in order
   */
  public record Link(Fate fate, List<Span> left, List<Span> right) {
    /** Copies the spans. */
    public Link {
      checkNotNull(fate, "fate");
      left = List.copyOf(left);
      right = List.copyOf(right);
      checkArgument(!left.isEmpty() && !right.isEmpty(), "a link has both sides");
    }
  }

  /**
   * A generated pair of versions with its ground truth.
   *
   * @param name a name for reports, e.g. {@code qinghai-2017 seed 3}
   * @param left the first version (the input text)
   * @param right the edited version
   * @param links the true sentence links ({@link #apply} only; empty otherwise); left sentences
   *     without one were deleted, right sentences without one were added
   * @param itemLinks the true item links ({@link #restructure} only; empty otherwise)
   * @param planted how many edits of each kind were planted, in kind order
   * @param leftSentences every sentence of the left text ({@link #apply} only; empty otherwise)
   * @param rightSentences every sentence of the right text, inserted ones and both halves of a
   *     split included ({@link #apply} only; empty otherwise)
   */
  public record Pair(
      String name,
      String left,
      String right,
      List<Link> links,
      List<Link> itemLinks,
      java.util.Map<Kind, Integer> planted,
      List<Span> leftSentences,
      List<Span> rightSentences) {
    /** Copies the lists. */
    public Pair {
      links = List.copyOf(links);
      itemLinks = List.copyOf(itemLinks);
      leftSentences = List.copyOf(leftSentences);
      rightSentences = List.copyOf(rightSentences);
      planted = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(planted));
    }
  }

  private static final String LABEL_DIGITS = "〇一二三四五六七八九";

  private final long seed;
  private final double rate;
  private final Set<Kind> kinds;
  private final boolean referenceSentences;

  private PlantedEdits(long seed, double rate, Set<Kind> kinds, boolean referenceSentences) {
    this.seed = seed;
    this.rate = rate;
    this.kinds = kinds;
    this.referenceSentences = referenceSentences;
  }

  /** A generator with {@code seed}, editing 10% of sentences with every sentence-level kind. */
  public static PlantedEdits seeded(long seed) {
    return new PlantedEdits(seed, 0.1, Kind.sentenceKinds(), false);
  }

  /** Returns a copy that edits about {@code rate} of the sentences. */
  public PlantedEdits withRate(double rate) {
    checkArgument(rate >= 0 && rate <= 1, "rate must be in [0, 1] but was %s", rate);
    return new PlantedEdits(seed, rate, kinds, referenceSentences);
  }

  /** Returns a copy that plants only edits of {@code kinds}. */
  public PlantedEdits withKinds(Set<Kind> kinds) {
    return new PlantedEdits(seed, rate, EnumSet.copyOf(kinds), referenceSentences);
  }

  /**
   * Returns a copy whose sentences (the units edited and linked) are {@link ReferenceSentences}
   * rather than the library's own: headings and responsibility notes are sentences of their own.
   */
  public PlantedEdits withReferenceSentences() {
    return new PlantedEdits(seed, rate, kinds, true);
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /**
   * Plants sentence-level edits in {@code text}.
   *
   * @param name a name for the pair
   */
  public Pair apply(String name, String text) {
    return new SentenceEditor(name, text, new Random(seed)).run();
  }

  /**
   * Plants item-level edits ({@link Kind#itemKinds()} among the chosen kinds) in {@code text}: one
   * of each kind, in different sections where the text has enough.
   *
   * @param name a name for the pair
   */
  public Pair restructure(String name, String text) {
    return new ItemEditor(name, text, new Random(seed)).run();
  }

  /**
   * A long text of about {@code targetCodePoints} code points made from {@code seeds}: the seeds
   * one after another, over and over, each copy varied so that copies differ — four in five
   * sentences get one or two characters replaced by other characters of the seeds (headings keep
   * their labels). For scale tests: the same seed and inputs always give the same text.
   */
  public static String grow(List<String> seeds, int targetCodePoints, long seed) {
    checkArgument(!seeds.isEmpty(), "no seed texts");
    Random random = new Random(seed);
    StringBuilder alphabet = new StringBuilder();
    for (String text : seeds) {
      text.codePoints()
          .filter(CodePoints::isIdeograph)
          .limit(20_000)
          .forEach(alphabet::appendCodePoint);
    }
    int[] letters = alphabet.codePoints().toArray();
    StringBuilder out = new StringBuilder();
    int length = 0;
    for (int copy = 0; length < targetCodePoints; copy++) {
      String text = seeds.get(copy % seeds.size());
      int[] cps = text.codePoints().toArray();
      int sentenceStart = 0;
      for (int i = 0; i <= cps.length; i++) {
        boolean end = i == cps.length || cps[i] == '。' || cps[i] == '\n';
        if (!end) {
          continue;
        }
        int to = Math.min(cps.length, i + 1);
        int[] sentence = java.util.Arrays.copyOfRange(cps, sentenceStart, to);
        if (copy >= seeds.size() && sentence.length > 12 && random.nextInt(5) > 0) {
          int changes = 1 + random.nextInt(2);
          for (int c = 0; c < changes; c++) {
            int at = 8 + random.nextInt(sentence.length - 10);
            if (CodePoints.isIdeograph(sentence[at])) {
              sentence[at] = letters[random.nextInt(letters.length)];
            }
          }
        }
        out.append(new String(sentence, 0, sentence.length));
        length += sentence.length;
        sentenceStart = to;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
        length++;
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Sentence edits

  /** A sentence of the right version under construction. */
  private static final class Piece {
    final List<Integer> from;
    String text;
    Fate fate;

    /** For a split: where the second sentence starts in {@code text}. */
    int splitAt = -1;

    /**
     * Whether this piece was planted on purpose (edited or copied), and may not be edited again.
     */
    boolean touched;

    Piece(List<Integer> from, String text, Fate fate) {
      this.from = new ArrayList<>(from);
      this.text = text;
      this.fate = fate;
    }
  }

  private final class SentenceEditor {
    final String name;
    final SourceText source;
    final Random random;
    final List<Span> sentences;
    final int[] letters;

    /**
     * Alternating gaps and pieces: gaps.get(i) comes before pieces.get(i); one more gap at the end.
     */
    final List<String> gaps = new ArrayList<>();

    final List<Piece> pieces = new ArrayList<>();
    final java.util.Map<Kind, Integer> planted = new java.util.EnumMap<>(Kind.class);

    SentenceEditor(String name, String text, Random random) {
      this.name = name;
      this.source = SourceText.of(name, text);
      this.random = random;
      this.sentences =
          referenceSentences
              ? ReferenceSentences.of(text)
              : Segmenter.defaults().segment(source).units(UnitKind.SENTENCE).stream()
                  .map(Unit::span)
                  .toList();
      this.letters = text.codePoints().filter(CodePoints::isIdeograph).toArray();
      int previousEnd = 0;
      for (int i = 0; i < sentences.size(); i++) {
        Span s = sentences.get(i);
        gaps.add(source.substring(previousEnd, s.start()));
        pieces.add(new Piece(List.of(i), source.substring(s), Fate.SAME));
        previousEnd = s.end();
      }
      gaps.add(source.substring(previousEnd, source.length()));
    }

    Pair run() {
      List<Kind> perSentence = new ArrayList<>(kinds);
      perSentence.removeIf(kind -> !kind.isSentenceKind());
      int edits = perSentence.isEmpty() ? 0 : (int) Math.round(rate * sentences.size());
      for (int e = 0; e < edits; e++) {
        Kind kind = perSentence.get(e % perSentence.size());
        for (int attempt = 0; attempt < 20; attempt++) {
          if (plant(kind)) {
            planted.merge(kind, 1, Integer::sum);
            break;
          }
        }
      }
      if (kinds.contains(Kind.REMOVE_LINE_BREAKS)) {
        for (int i = 0; i < gaps.size(); i++) {
          gaps.set(i, gaps.get(i).replaceAll("[\\r\\n]", ""));
        }
        planted.put(Kind.REMOVE_LINE_BREAKS, 1);
      }
      return serialize();
    }

    /** A random piece that was not touched yet and satisfies nothing else. */
    private int pick() {
      for (int attempt = 0; attempt < 50; attempt++) {
        int i = random.nextInt(pieces.size());
        if (!pieces.get(i).touched) {
          return i;
        }
      }
      return -1;
    }

    private boolean plant(Kind kind) {
      int i = pick();
      if (i < 0) {
        return false;
      }
      Piece piece = pieces.get(i);
      switch (kind) {
        case DELETE:
          removePiece(i);
          return true;
        case INSERT:
          {
            if (!endsSentence(i)) {
              return false;
            }
            Piece fresh = new Piece(List.of(), randomSentence(), Fate.SAME);
            fresh.touched = true;
            insertAfter(i, fresh);
            return true;
          }
        case MOVE:
          {
            if (pieces.size() < 8) {
              return false;
            }
            int target = random.nextInt(pieces.size());
            if (Math.abs(target - i) < 4 || !endsSentence(target) || !endsSentence(i - 1)) {
              return false;
            }
            removePiece(i);
            piece.fate = Fate.MOVED;
            piece.touched = true;
            insertAfter(target > i ? target - 1 : target, piece);
            return true;
          }
        case SPLIT:
          {
            int comma = splittableComma(piece.text);
            if (comma < 0) {
              return false;
            }
            piece.text = piece.text.substring(0, comma) + "。" + piece.text.substring(comma + 1);
            piece.splitAt = comma + 1;
            piece.fate = Fate.SPLIT;
            piece.touched = true;
            return true;
          }
        case MERGE:
          {
            if (i + 1 >= pieces.size()) {
              return false;
            }
            Piece next = pieces.get(i + 1);
            if (next.touched
                || !gaps.get(i + 1).isEmpty()
                || !piece.text.endsWith("。")
                || piece.from.size() != 1
                || next.from.size() != 1
                || startsHeading(next)
                || startsHeading(piece)) {
              return false;
            }
            piece.text = piece.text.substring(0, piece.text.length() - 1) + "，" + next.text;
            piece.from.addAll(next.from);
            piece.fate = Fate.MERGED;
            piece.touched = true;
            pieces.remove(i + 1);
            gaps.remove(i + 1);
            return true;
          }
        case CHARACTER_EDIT:
          {
            int[] cps = piece.text.codePoints().toArray();
            if (cps.length < 15 || startsHeading(piece)) {
              return false;
            }
            List<Integer> text = new ArrayList<>();
            for (int cp : cps) {
              text.add(cp);
            }
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
              int at = 3 + random.nextInt(text.size() - 6);
              int op = random.nextInt(3);
              int letter = letters[random.nextInt(letters.length)];
              if (op == 0) {
                text.set(at, letter);
              } else if (op == 1) {
                text.add(at, letter);
              } else {
                text.remove(at);
              }
            }
            StringBuilder edited = new StringBuilder();
            text.forEach(edited::appendCodePoint);
            if (edited.toString().equals(piece.text)) {
              return false;
            }
            piece.text = edited.toString();
            piece.fate = Fate.EDITED;
            piece.touched = true;
            return true;
          }
        case DUPLICATE_PASSAGE:
          {
            int length = 2 + random.nextInt(3);
            if (i + length > pieces.size() || pieces.size() < 10) {
              return false;
            }
            int target = random.nextInt(pieces.size());
            if ((target >= i - 1 && target < i + length) || !endsSentence(target)) {
              return false;
            }
            List<Piece> copies = new ArrayList<>();
            for (int k = i; k < i + length; k++) {
              Piece copy = new Piece(List.of(), pieces.get(k).text, Fate.SAME);
              copy.touched = true;
              copies.add(copy);
            }
            for (int k = copies.size() - 1; k >= 0; k--) {
              insertAfter(target, copies.get(k));
            }
            for (int k = i; k < i + length; k++) {
              pieces.get(k < target ? k : k + copies.size()).touched = true;
            }
            return true;
          }
        case REWORD:
          {
            if (startsHeading(piece) || isNote(piece)) {
              return false;
            }
            String reworded = Paraphrases.reword(piece.text, random);
            if (reworded.equals(piece.text)) {
              return false;
            }
            piece.text = reworded;
            piece.fate = Fate.EDITED;
            piece.touched = true;
            return true;
          }
        case NOTE_CHANGE:
          {
            if (!isNote(piece)) {
              return false;
            }
            piece.text = Paraphrases.changeDepartments(piece.text, random);
            piece.fate = Fate.EDITED;
            piece.touched = true;
            return true;
          }
        case WIDTH_SWAP:
          {
            if (startsHeading(piece)) {
              return false;
            }
            String swapped = swapWidth(piece.text);
            if (swapped.equals(piece.text)) {
              return false;
            }
            piece.text = swapped;
            piece.touched = true;
            return true;
          }
        default:
          throw new AssertionError(kind);
      }
    }

    private boolean isNote(Piece piece) {
      return ReferenceSentences.NOTE.matcher(piece.text).matches();
    }

    private boolean startsHeading(Piece piece) {
      int cp = piece.text.codePointAt(0);
      return cp == '（' || cp == '(' || Character.isDigit(cp) || "一二三四五六七八九十第".indexOf(cp) >= 0;
    }

    private void removePiece(int i) {
      // Keep the larger of the two gaps (the one with more line breaks).
      String before = gaps.get(i);
      String after = gaps.get(i + 1);
      gaps.set(i, lineBreaks(after) > lineBreaks(before) ? after : before);
      gaps.remove(i + 1);
      pieces.remove(i);
    }

    /**
     * Whether a sentence may go right after piece {@code i}: the piece ends a sentence with
     * punctuation, so that the new sentence stays a sentence of its own even when line breaks go.
     */
    private boolean endsSentence(int i) {
      if (i < 0) {
        return true;
      }
      String text = pieces.get(i).text;
      int last = text.codePointBefore(text.length());
      return "。！？；.!?;".indexOf(last) >= 0;
    }

    private void insertAfter(int i, Piece piece) {
      pieces.add(i + 1, piece);
      gaps.add(i + 1, "");
    }

    private int lineBreaks(String gap) {
      return (int) gap.chars().filter(c -> c == '\n').count();
    }

    /** A {@code ，} at least six characters from both ends, outside brackets, or -1. */
    private int splittableComma(String text) {
      List<Integer> commas = new ArrayList<>();
      int depth = 0;
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        if ("（(《“「【〔".indexOf(c) >= 0) {
          depth++;
        } else if ("）)》”」】〕".indexOf(c) >= 0) {
          depth = Math.max(0, depth - 1);
        } else if (c == '，' && depth == 0 && k >= 6 && k < text.length() - 7) {
          commas.add(k);
        }
      }
      return commas.isEmpty() ? -1 : commas.get(random.nextInt(commas.size()));
    }

    private String randomSentence() {
      int length = 15 + random.nextInt(40);
      StringBuilder sentence = new StringBuilder();
      for (int k = 0; k < length; k++) {
        sentence.appendCodePoint(letters[random.nextInt(letters.length)]);
        if (k > 4 && k < length - 4 && random.nextInt(12) == 0) {
          sentence.append('，');
        }
      }
      return sentence.append('。').toString();
    }

    private Pair serialize() {
      StringBuilder right = new StringBuilder();
      int length = 0;
      List<Link> links = new ArrayList<>();
      List<Span> rightSentences = new ArrayList<>();
      for (int i = 0; i < pieces.size(); i++) {
        String gap = gaps.get(i);
        right.append(gap);
        length += gap.codePointCount(0, gap.length());
        Piece piece = pieces.get(i);
        int start = length;
        right.append(piece.text);
        length += piece.text.codePointCount(0, piece.text.length());
        int cut =
            piece.fate == Fate.SPLIT ? start + piece.text.codePointCount(0, piece.splitAt) : 0;
        if (piece.fate == Fate.SPLIT) {
          rightSentences.add(Span.of(start, cut));
          rightSentences.add(Span.of(cut, length));
        } else {
          rightSentences.add(Span.of(start, length));
        }
        if (piece.from.isEmpty()) {
          continue;
        }
        List<Span> left = piece.from.stream().map(sentences::get).toList();
        if (piece.fate == Fate.SPLIT) {
          links.add(new Link(Fate.SPLIT, left, List.of(Span.of(start, cut), Span.of(cut, length))));
        } else {
          links.add(new Link(piece.fate, left, List.of(Span.of(start, length))));
        }
      }
      right.append(gaps.get(pieces.size()));
      return new Pair(
          name + " seed " + seed,
          source.text(),
          right.toString(),
          links,
          List.of(),
          planted,
          sentences,
          rightSentences);
    }
  }

  /** Swaps ASCII digits, letters and {@code ，：（）} to the other width, and back. */
  static String swapWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if ((cp >= '0' && cp <= '9')
                  || (cp >= 'A' && cp <= 'Z')
                  || (cp >= 'a' && cp <= 'z')) {
                out.appendCodePoint(cp - 0x20 + 0xFF00);
              } else if (cp >= 0xFF10 && cp <= 0xFF5A && Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp - 0xFF00 + 0x20);
              } else if (cp == '，') {
                out.append(',');
              } else if (cp == '：') {
                out.append(':');
              } else if (cp == '（') {
                out.append('(');
              } else if (cp == '）') {
                out.append(')');
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Item edits

  /** A block of the right version: a run of the left text, possibly relabelled. */
  private static final class Block {
    /** The left item it comes from, or -1 for text outside items. */
    final int item;

    String text;
    final Span leftSpan;

    /** Offset in {@code text} of a second heading (a split), or -1. */
    int secondHeading = -1;

    /** The left items merged into this one (besides {@code item}). */
    final List<Integer> merged = new ArrayList<>();

    Block(int item, String text, Span leftSpan) {
      this.item = item;
      this.text = text;
      this.leftSpan = leftSpan;
    }
  }

  private final class ItemEditor {
    final String name;
    final SourceText source;
    final Random random;
    final Document document;
    final List<Unit> items;
    final java.util.Map<Kind, Integer> planted = new java.util.EnumMap<>(Kind.class);

    ItemEditor(String name, String text, Random random) {
      this.name = name;
      this.source = SourceText.of(name, text);
      this.random = random;
      this.document = Segmenter.defaults().segment(source);
      this.items = document.units(UnitKind.ITEM);
    }

    Pair run() {
      // Blocks: the text before the first item, each item (up to the next item or section), and
      // the text between.
      List<Block> blocks = new ArrayList<>();
      int cursor = 0;
      for (int k = 0; k < items.size(); k++) {
        Unit item = items.get(k);
        if (item.span().start() > cursor) {
          blocks.add(
              new Block(-1, source.substring(cursor, item.span().start()), Span.empty(cursor)));
        }
        blocks.add(new Block(k, source.substring(item.span()), item.span()));
        cursor = item.span().end();
      }
      blocks.add(new Block(-1, source.substring(cursor, source.length()), Span.empty(cursor)));
      List<List<Integer>> sections = itemRunsBySection(blocks);
      java.util.Collections.shuffle(sections, random);
      int section = 0;
      if (kinds.contains(Kind.REORDER_ITEMS) && section < sections.size()) {
        List<Integer> run = sections.get(section++);
        int a = random.nextInt(run.size() - 1);
        int b = a + 1 + random.nextInt(run.size() - a - 1);
        Block first = blocks.get(run.get(a));
        blocks.set(run.get(a), blocks.get(run.get(b)));
        blocks.set(run.get(b), first);
        planted.put(Kind.REORDER_ITEMS, 1);
      }
      if (kinds.contains(Kind.MERGE_ITEMS) && section < sections.size()) {
        List<Integer> run = sections.get(section++);
        int a = random.nextInt(run.size() - 1);
        Block first = blocks.get(run.get(a));
        Block second = blocks.get(run.get(a + 1));
        String body = withoutHeading(second);
        if (body != null) {
          first.text = first.text + "\n\n" + body;
          first.merged.add(second.item);
          blocks.set(run.get(a + 1), new Block(-2, "", Span.empty(0)));
          planted.put(Kind.MERGE_ITEMS, 1);
        }
      }
      if (kinds.contains(Kind.SPLIT_ITEM)) {
        for (; section < sections.size(); section++) {
          List<Integer> run = sections.get(section);
          Block block = blocks.get(run.get(random.nextInt(run.size())));
          int cut = paragraphCut(block);
          if (cut > 0) {
            Unit item = items.get(block.item);
            String heading = item.label() + item.title() + "（续）。";
            block.text =
                block.text.substring(0, cut)
                    + "\n\n"
                    + heading
                    + "\n\n"
                    + block.text.substring(cut);
            block.secondHeading = cut + 2;
            planted.put(Kind.SPLIT_ITEM, 1);
            section++;
            break;
          }
        }
      }
      boolean renumber =
          kinds.contains(Kind.RENUMBER_ITEMS)
              || planted.containsKey(Kind.REORDER_ITEMS)
              || planted.containsKey(Kind.MERGE_ITEMS)
              || planted.containsKey(Kind.SPLIT_ITEM);
      if (kinds.contains(Kind.RENUMBER_ITEMS)) {
        planted.put(Kind.RENUMBER_ITEMS, 1);
      }
      return serialize(blocks, renumber, kinds.contains(Kind.RENUMBER_ITEMS));
    }

    /** The block indexes of the items of each section (sections with at least two items). */
    private List<List<Integer>> itemRunsBySection(List<Block> blocks) {
      List<List<Integer>> runs = new ArrayList<>();
      java.util.Map<Integer, List<Integer>> byParent = new java.util.TreeMap<>();
      for (int b = 0; b < blocks.size(); b++) {
        Block block = blocks.get(b);
        if (block.item >= 0) {
          int parent = document.parent(items.get(block.item)).map(Unit::index).orElse(-1);
          byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(b);
        }
      }
      for (List<Integer> run : byParent.values()) {
        if (run.size() >= 2) {
          runs.add(run);
        }
      }
      return runs;
    }

    /**
     * The item's text without its heading (label, title and the {@code 。} after it), or null if
     * nothing would be left.
     */
    private String withoutHeading(Block block) {
      Unit item = items.get(block.item);
      org.clausediff.segment.Heading heading = item.heading().orElseThrow();
      int end = heading.titleSpan().end();
      if (end < item.span().end() && "。．.".indexOf(source.codePointAt(end)) >= 0) {
        end++;
      }
      while (end < item.span().end() && CodePoints.isWhitespace(source.codePointAt(end))) {
        end++;
      }
      if (end >= item.span().end()) {
        return null;
      }
      return block.text.substring(source.charIndex(end) - source.charIndex(item.span().start()));
    }

    /**
     * A char offset in the block's text where a later child paragraph or sub-item starts, or -1.
     */
    private int paragraphCut(Block block) {
      Unit item = items.get(block.item);
      List<Unit> children = item.children();
      if (children.size() < 3) {
        return -1;
      }
      Unit cut = children.get(1 + random.nextInt(children.size() - 1));
      return source.charIndex(cut.span().start()) - source.charIndex(item.span().start());
    }

    private Pair serialize(List<Block> blocks, boolean renumber, boolean restart) {
      StringBuilder right = new StringBuilder();
      List<Link> itemLinks = new ArrayList<>();
      int number = 0;
      int lastParent = Integer.MIN_VALUE;
      for (Block block : blocks) {
        if (block.item == -2) {
          continue;
        }
        if (block.item < 0) {
          right.append(block.text);
          continue;
        }
        Unit item = items.get(block.item);
        int parent = document.parent(item).map(Unit::index).orElse(-1);
        if (restart && parent != lastParent) {
          number = 0;
        }
        lastParent = parent;
        String text = block.text;
        String oldLabel = item.label();
        int second = block.secondHeading;
        if (renumber
            && item.heading().orElseThrow().style().name().equals("CHINESE_NUMERAL_IN_PARENS")) {
          number++;
          String label = "（" + chinese(number) + "）";
          text = label + text.substring(oldLabel.length());
          if (second >= 0) {
            second += label.length() - oldLabel.length();
            number++;
            String secondLabel = "（" + chinese(number) + "）";
            text =
                text.substring(0, second)
                    + secondLabel
                    + text.substring(second + oldLabel.length());
          }
        } else if (!renumber) {
          number++;
        }
        int start = right.codePointCount(0, right.length());
        right.append(text);
        int end = right.codePointCount(0, right.length());
        List<Span> leftSpans = new ArrayList<>();
        leftSpans.add(item.span());
        for (int m : block.merged) {
          leftSpans.add(items.get(m).span());
        }
        if (second >= 0) {
          int cut = start + text.codePointCount(0, second) - 2;
          itemLinks.add(
              new Link(Fate.SPLIT, leftSpans, List.of(Span.of(start, cut), Span.of(cut + 2, end))));
        } else {
          itemLinks.add(
              new Link(
                  leftSpans.size() > 1 ? Fate.MERGED : Fate.SAME,
                  leftSpans,
                  List.of(Span.of(start, end))));
        }
      }
      return new Pair(
          name + " seed " + seed,
          source.text(),
          right.toString(),
          List.of(),
          itemLinks,
          planted,
          List.of(),
          List.of());
    }
  }

  /** {@code n} (1–99) in Chinese numerals: 一, 十, 十一, 二十, 二十一. */
  static String chinese(int n) {
    checkArgument(n >= 1 && n <= 99, "n must be in [1, 99] but was %s", n);
    if (n < 10) {
      return String.valueOf(LABEL_DIGITS.charAt(n));
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : String.valueOf(LABEL_DIGITS.charAt(tens)))
        + "十"
        + (ones == 0 ? "" : String.valueOf(LABEL_DIGITS.charAt(ones)));
  }
}
