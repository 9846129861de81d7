package org.clausediff.internal.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.segment.Document;
import org.clausediff.segment.Heading;
import org.clausediff.segment.NumberingStyle;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * Cuts a {@link SourceText} into its structure: sections › items › sub-items › paragraphs ›
 * sentences › clauses.
 *
 * <p>How it works, in one linear pass per stage:
 *
 * <ol>
 *   <li>Paragraphs are lines, joined where a line break is only a soft wrap (see {@link
 *       Paragraphs}).
 *   <li>A table of contents (目录 and the chapter titles after it, see {@link TableOfContents}) is
 *       kept as plain paragraphs: its lines are not headings.
 *   <li>Headings are labels ({@code 一、 （一） 1. （1） ① 第一章 第一条 Article 5 1.1 (a)}) at the start of a
 *       paragraph, or inside one where a heading plausibly starts (text that lost its line breaks);
 *       see {@link HeadingFinder}. A paragraph is cut where a heading starts inside it.
 *   <li>The numbering styles the document uses are ranked in the order of {@link NumberingStyle};
 *       the outermost style present makes sections, the next items, the rest sub-items. A heading
 *       closes every open unit of its own or a deeper level.
 *   <li>Sentences and clauses are cut inside each paragraph; see {@link SentenceSplitter} and
 *       {@link ClauseSplitter}. Without {@link SegmentOptions#clauses()}, sentences are not cut
 *       further and are the leaves.
 * </ol>
 *
 * <p>The result tiles the text: every code point that is not white space lies in exactly one leaf
 * (a clause, or a sentence when clauses are off). Time is linear in the length of the text.
 * Instances are immutable and thread-safe.
 */
public final class Segmenter {
  private final SegmentOptions options;

  private Segmenter(SegmentOptions options) {
    this.options = options;
  }

  /** A segmenter with {@code options}. */
  public static Segmenter of(SegmentOptions options) {
    return new Segmenter(checkNotNull(options, "options"));
  }

  /** A segmenter with {@link SegmentOptions#defaults()}. */
  public static Segmenter defaults() {
    return of(SegmentOptions.defaults());
  }

  /** This segmenter's options. */
  public SegmentOptions options() {
    return options;
  }

  /** Segments {@code source}. An empty or blank text gives a document without units. */
  public Document segment(SourceText source) {
    checkNotNull(source, "source");
    int[] cps = source.toCodePointArray();
    Blocks blocks = new Blocks();
    List<Span> paragraphs = Paragraphs.find(cps);
    Optional<Span> contents = TableOfContents.find(cps, paragraphs);
    for (Span paragraph : paragraphs) {
      if (contents.isPresent() && contents.get().encloses(paragraph)) {
        // A line of the table of contents: text, not a chapter of the document.
        Brackets brackets =
            Brackets.find(cps, paragraph.start(), paragraph.end(), options.maxBracketLength());
        addBlock(
            cps,
            paragraph.start(),
            paragraph.end(),
            Optional.empty(),
            brackets,
            options.clauses(),
            blocks);
      } else {
        cutParagraph(cps, paragraph, blocks);
      }
    }
    return Document.of(source, TreeBuilder.build(source, blocks.blocks), contents, blocks.notes);
  }

  /**
   * The blocks cut so far, in order, and the spans of their sentences that are responsibility notes
   * ({@link ResponsibilityNotes}).
   */
  private static final class Blocks {
    final List<Block> blocks = new ArrayList<>();
    final List<Span> notes = new ArrayList<>();
  }

  /** A paragraph, or the part of one from a heading on, with its sentences and clauses. */
  record Block(Span span, Optional<Heading> heading, List<Sentence> sentences) {}

  /** A sentence and its clauses (none when clauses are off). */
  record Sentence(Span span, List<Span> clauses) {}

  private void cutParagraph(int[] cps, Span paragraph, Blocks into) {
    Brackets brackets =
        Brackets.find(cps, paragraph.start(), paragraph.end(), options.maxBracketLength());
    List<HeadingFinder.Found> headings = HeadingFinder.find(cps, paragraph, brackets, options);
    int pieceStart = paragraph.start();
    int next = 0;
    Optional<HeadingFinder.Found> current = Optional.empty();
    // A label at the paragraph's start may follow invisible characters (see LabelMatcher.match).
    if (!headings.isEmpty() && startsParagraph(cps, headings.get(0).label(), paragraph)) {
      current = Optional.of(headings.get(0));
      next = 1;
    }
    while (true) {
      int pieceEnd = next < headings.size() ? headings.get(next).label().start() : paragraph.end();
      addBlock(cps, pieceStart, pieceEnd, current, brackets, options.clauses(), into);
      if (next >= headings.size()) {
        break;
      }
      current = Optional.of(headings.get(next));
      pieceStart = pieceEnd;
      next++;
    }
  }

  private static boolean startsParagraph(int[] cps, Label label, Span paragraph) {
    for (int i = paragraph.start(); i < label.start(); i++) {
      if (!CodePoints.isInvisible(cps[i])) {
        return false;
      }
    }
    return true;
  }

  private static void addBlock(
      int[] cps,
      int from,
      int to,
      Optional<HeadingFinder.Found> found,
      Brackets brackets,
      boolean clauses,
      Blocks into) {
    int start = from;
    int end = to;
    while (start < end && CodePoints.isWhitespace(cps[start])) {
      start++;
    }
    while (end > start && CodePoints.isWhitespace(cps[end - 1])) {
      end--;
    }
    if (start == end) {
      return;
    }
    int noBoundaryBefore = start;
    List<Integer> forced = DocumentFrame.boundaries(cps, start, end, brackets);
    Optional<Heading> heading = Optional.empty();
    if (found.isPresent()) {
      Label label = found.get().label();
      Span title = found.get().title();
      noBoundaryBefore = label.end();
      if (found.get().titleEndsSentence() && title.end() < end && !forced.contains(title.end())) {
        forced = new ArrayList<>(forced);
        forced.add(title.end());
        Collections.sort(forced);
      }
      heading =
          Optional.of(
              new Heading(
                  new String(cps, label.start(), label.end() - label.start()),
                  Span.of(label.start(), label.end()),
                  new String(cps, title.start(), title.length()),
                  title,
                  label.style(),
                  label.number()));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (Span sentence :
        SentenceSplitter.split(cps, start, end, noBoundaryBefore, forced, brackets)) {
      sentences.add(
          new Sentence(
              sentence,
              clauses
                  ? ClauseSplitter.split(cps, sentence, noBoundaryBefore, brackets)
                  : List.of()));
    }
    for (Sentence sentence : sentences) {
      Span span = sentence.span();
      int first = cps[span.start()];
      if ((first == '（' || first == '(')
          && ResponsibilityNotes.isNoteSentence(cps, span.start(), span.end())) {
        into.notes.add(span);
      }
    }
    into.blocks.add(new Block(Span.of(start, end), heading, sentences));
  }

  /** Turns the blocks into the unit tree. */
  private static final class TreeBuilder {
    private int nextIndex;

    static List<Unit> build(SourceText source, List<Block> blocks) {
      Set<NumberingStyle> present = EnumSet.noneOf(NumberingStyle.class);
      for (Block block : blocks) {
        if (block.heading().isPresent()) {
          present.add(block.heading().get().style());
        }
      }
      // The outermost style present makes sections, the next items, the rest sub-items.
      Map<NumberingStyle, Integer> levels = new EnumMap<>(NumberingStyle.class);
      Map<NumberingStyle, UnitKind> kinds = new EnumMap<>(NumberingStyle.class);
      for (NumberingStyle style : present) {
        int level = levels.size();
        levels.put(style, level);
        kinds.put(
            style, level == 0 ? UnitKind.SECTION : level == 1 ? UnitKind.ITEM : UnitKind.SUBITEM);
      }
      List<Node> roots = new ArrayList<>();
      Deque<Node> open = new ArrayDeque<>();
      for (Block block : blocks) {
        if (block.heading().isPresent()) {
          NumberingStyle style = block.heading().get().style();
          int level = levels.get(style);
          while (!open.isEmpty() && open.peek().level >= level) {
            open.pop();
          }
          Node node = new Node(kinds.get(style), level, block.heading(), Optional.empty());
          (open.isEmpty() ? roots : open.peek().children).add(node);
          open.push(node);
        }
        Node paragraph =
            new Node(UnitKind.PARAGRAPH, Integer.MAX_VALUE, Optional.empty(), Optional.of(block));
        (open.isEmpty() ? roots : open.peek().children).add(paragraph);
      }
      TreeBuilder builder = new TreeBuilder();
      List<Unit> units = new ArrayList<>(roots.size());
      for (Node root : roots) {
        units.add(builder.freeze(root));
      }
      return units;
    }

    private Unit freeze(Node node) {
      if (node.paragraph.isPresent()) {
        return paragraph(node.paragraph.get());
      }
      int index = nextIndex++;
      Unit[] children = new Unit[node.children.size()];
      for (int i = 0; i < children.length; i++) {
        children[i] = freeze(node.children.get(i));
      }
      Span span = Span.of(children[0].span().start(), children[children.length - 1].span().end());
      return new Unit(index, node.kind, span, node.heading, Arrays.asList(children));
    }

    /** A paragraph with its sentences and clauses, numbered in pre-order. */
    private Unit paragraph(Block block) {
      int index = nextIndex++;
      List<Sentence> sentences = block.sentences();
      Unit[] sentenceUnits = new Unit[sentences.size()];
      for (int s = 0; s < sentenceUnits.length; s++) {
        Sentence sentence = sentences.get(s);
        int sentenceIndex = nextIndex++;
        List<Span> clauses = sentence.clauses();
        Unit[] clauseUnits = new Unit[clauses.size()];
        for (int c = 0; c < clauseUnits.length; c++) {
          clauseUnits[c] =
              new Unit(nextIndex++, UnitKind.CLAUSE, clauses.get(c), Optional.empty(), List.of());
        }
        sentenceUnits[s] =
            new Unit(
                sentenceIndex,
                UnitKind.SENTENCE,
                sentence.span(),
                Optional.empty(),
                Arrays.asList(clauseUnits));
      }
      return new Unit(
          index, UnitKind.PARAGRAPH, block.span(), Optional.empty(), Arrays.asList(sentenceUnits));
    }
  }

  /** A section, item or sub-item under construction, or a finished paragraph. */
  private static final class Node {
    final UnitKind kind;
    final int level;
    final Optional<Heading> heading;
    final Optional<Block> paragraph;
    final List<Node> children = new ArrayList<>();

    Node(UnitKind kind, int level, Optional<Heading> heading, Optional<Block> paragraph) {
      this.kind = kind;
      this.level = level;
      this.heading = heading;
      this.paragraph = paragraph;
    }
  }
}
