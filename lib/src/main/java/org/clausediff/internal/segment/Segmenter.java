package org.clausediff.internal.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
    List<Block> blocks = new ArrayList<>();
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
    return Document.of(source, TreeBuilder.build(source, blocks), contents, notes(cps, blocks));
  }

  /** The spans of the sentences that are responsibility notes ({@link ResponsibilityNotes}). */
  private static List<Span> notes(int[] cps, List<Block> blocks) {
    List<Span> notes = new ArrayList<>();
    for (Block block : blocks) {
      for (Sentence sentence : block.sentences()) {
        Span span = sentence.span();
        int first = cps[span.start()];
        if ((first == '（' || first == '(')
            && ResponsibilityNotes.isNote(new String(cps, span.start(), span.length()))) {
          notes.add(span);
        }
      }
    }
    return notes;
  }

  /** A paragraph, or the part of one from a heading on, with its sentences and clauses. */
  record Block(Span span, Optional<Heading> heading, List<Sentence> sentences) {}

  /** A sentence and its clauses (none when clauses are off). */
  record Sentence(Span span, List<Span> clauses) {}

  private void cutParagraph(int[] cps, Span paragraph, List<Block> into) {
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
      List<Block> into) {
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
    List<Integer> forced = new ArrayList<>();
    Optional<Heading> heading = Optional.empty();
    if (found.isPresent()) {
      Label label = found.get().label();
      Span title = found.get().title();
      noBoundaryBefore = label.end();
      if (found.get().titleEndsSentence() && title.end() < end) {
        forced.add(title.end());
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
    forced.addAll(DocumentFrame.boundaries(cps, start, end, brackets));
    forced = forced.stream().distinct().sorted().toList();
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
    into.add(new Block(Span.of(start, end), heading, sentences));
  }

  /** Turns the blocks into the unit tree. */
  private static final class TreeBuilder {
    private int nextIndex;

    static List<Unit> build(SourceText source, List<Block> blocks) {
      Map<NumberingStyle, UnitKind> kinds = kindsByStyle(blocks);
      Map<NumberingStyle, Integer> levels = levelsByStyle(blocks);
      List<Node> roots = new ArrayList<>();
      Deque<Node> open = new ArrayDeque<>();
      for (Block block : blocks) {
        if (block.heading().isPresent()) {
          NumberingStyle style = block.heading().get().style();
          int level = levels.get(style);
          while (!open.isEmpty() && open.peek().level >= level) {
            open.pop();
          }
          Node node = new Node(kinds.get(style), level, block.heading());
          (open.isEmpty() ? roots : open.peek().children).add(node);
          open.push(node);
        }
        Node paragraph = new Node(UnitKind.PARAGRAPH, Integer.MAX_VALUE, Optional.empty());
        paragraph.span = block.span();
        for (Sentence sentence : block.sentences()) {
          Node sentenceNode = new Node(UnitKind.SENTENCE, Integer.MAX_VALUE, Optional.empty());
          sentenceNode.span = sentence.span();
          for (Span clause : sentence.clauses()) {
            Node clauseNode = new Node(UnitKind.CLAUSE, Integer.MAX_VALUE, Optional.empty());
            clauseNode.span = clause;
            sentenceNode.children.add(clauseNode);
          }
          paragraph.children.add(sentenceNode);
        }
        (open.isEmpty() ? roots : open.peek().children).add(paragraph);
      }
      TreeBuilder builder = new TreeBuilder();
      List<Unit> units = new ArrayList<>();
      for (Node root : roots) {
        units.add(builder.freeze(root));
      }
      return units;
    }

    private static Map<NumberingStyle, Integer> levelsByStyle(List<Block> blocks) {
      Set<NumberingStyle> present = presentStyles(blocks);
      Map<NumberingStyle, Integer> levels = new EnumMap<>(NumberingStyle.class);
      int level = 0;
      for (NumberingStyle style : present) {
        levels.put(style, level++);
      }
      return levels;
    }

    private static Map<NumberingStyle, UnitKind> kindsByStyle(List<Block> blocks) {
      Map<NumberingStyle, UnitKind> kinds = new EnumMap<>(NumberingStyle.class);
      int level = 0;
      for (NumberingStyle style : presentStyles(blocks)) {
        kinds.put(
            style, level == 0 ? UnitKind.SECTION : level == 1 ? UnitKind.ITEM : UnitKind.SUBITEM);
        level++;
      }
      return kinds;
    }

    private static Set<NumberingStyle> presentStyles(List<Block> blocks) {
      Set<NumberingStyle> present = EnumSet.noneOf(NumberingStyle.class);
      for (Block block : blocks) {
        block.heading().ifPresent(h -> present.add(h.style()));
      }
      return present;
    }

    private Unit freeze(Node node) {
      int index = nextIndex++;
      List<Unit> children = new ArrayList<>(node.children.size());
      for (Node child : node.children) {
        children.add(freeze(child));
      }
      Span span =
          node.span != null
              ? node.span
              : Span.of(
                  children.get(0).span().start(), children.get(children.size() - 1).span().end());
      return new Unit(index, node.kind, span, node.heading, children);
    }
  }

  /** A unit under construction. */
  private static final class Node {
    final UnitKind kind;
    final int level;
    final Optional<Heading> heading;
    final List<Node> children = new ArrayList<>();
    Span span;

    Node(UnitKind kind, int level, Optional<Heading> heading) {
      this.kind = kind;
      this.level = level;
      this.heading = heading;
    }
  }
}
