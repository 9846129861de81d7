package org.clausediff.internal.segment;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.segment.NumberingStyle;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.text.Span;

/**
 * Finds the headings of one paragraph: a label at its start, and — for text that lost its line
 * breaks — labels inside it where a heading plausibly starts.
 *
 * <p>A label inside a paragraph starts a heading when it is a Chinese section or item label ({@code
 * 一、 （一） 第一章 第一条}, or {@code 1.}) and either follows the end of a sentence or a closing bracket (as
 * in {@code …负责）（四）提高…}), or ends the title of the heading before it (as in {@code
 * 一、提高政府服务能力和水平（一）…}), or is a {@code 一、} label whose short title runs straight into a {@code （一）}
 * label. A label inside a protecting bracket pair never starts a heading, nor does one in the
 * middle of a sentence ({@code 依照第一条}, {@code 2017年}).
 *
 * <p>The title runs from the label to the first sentence terminator or colon, to the next item
 * label, or to the end of the paragraph, whichever comes first within the maximum title length. A
 * heading found inside a paragraph may have its title run into the body without punctuation ({@code
 * （一）提高行政审批服务效能优化对新兴经济领域…}); there the title ends where a policy verb (优化, 推进, 建立, …) follows a
 * typical title ending (效能, 机制, 制度, …), and that point also ends the heading's sentence.
 */
final class HeadingFinder {
  private HeadingFinder() {}

  /** A heading found in the text, before its kind (section, item, …) is known. */
  record Found(Label label, Span title, boolean titleEndsSentence) {}

  private static final Set<NumberingStyle> INLINE_STYLES =
      EnumSet.of(
          NumberingStyle.CHINESE_PART,
          NumberingStyle.CHINESE_CHAPTER,
          NumberingStyle.CHINESE_SECTION,
          NumberingStyle.CHINESE_ARTICLE,
          NumberingStyle.CHINESE_NUMERAL,
          NumberingStyle.CHINESE_NUMERAL_IN_PARENS,
          NumberingStyle.ARABIC);

  private static final Set<NumberingStyle> TITLE_STOPPERS =
      EnumSet.of(NumberingStyle.CHINESE_NUMERAL, NumberingStyle.CHINESE_NUMERAL_IN_PARENS);

  private static final Set<NumberingStyle> WORD_ORDINALS =
      EnumSet.of(
          NumberingStyle.CHINESE_PART,
          NumberingStyle.CHINESE_CHAPTER,
          NumberingStyle.CHINESE_SECTION,
          NumberingStyle.CHINESE_ARTICLE);

  /** Verbs that start the body (or a sub-item title) of a policy item. */
  private static final ImmutableSet<String> BODY_VERBS =
      ImmutableSet.of(
          "优化", "推进", "建立", "完善", "强化", "充分", "坚持", "探索", "激发", "推动", "贯彻", "落实", "构建", "按照", "加快",
          "提高", "健全", "加强", "支持", "鼓励", "实施", "深化", "积极", "大力", "全面", "发挥", "促进", "提升", "放宽", "开展",
          "引导", "围绕", "依托", "统筹", "进一", "着力", "切实", "认真", "深入", "扩大", "营造", "培育", "规范", "简化", "取消",
          "下放");

  /** Nouns that typically end the title of a policy item. */
  private static final ImmutableSet<String> TITLE_ENDINGS =
      ImmutableSet.of(
          "效能", "调整", "效率", "机制", "制度", "体系", "先试", "支撑", "措施", "水平", "环境", "能力", "模式", "活力", "改革",
          "建设", "管理", "保障", "平台", "体制", "质量", "政策", "标准", "要素", "格局", "作用", "动能");

  private static final int MIN_TITLE_BEFORE_SPLIT = 4;
  private static final int MAX_TITLE_BEFORE_ITEM_LABEL = 30;
  private static final int MAX_ENGLISH_HEADING_LINE = 100;

  static List<Found> find(int[] cps, Span paragraph, Brackets brackets, SegmentOptions options) {
    List<Found> found = new ArrayList<>();
    int scanFrom = paragraph.start() + 1;
    int chainedLabel = -1;
    Optional<Label> first = LabelMatcher.match(cps, paragraph.start(), paragraph.end());
    if (first.isPresent() && acceptAtParagraphStart(cps, first.get(), paragraph)) {
      Title title = title(cps, first.get(), paragraph, brackets, options, true);
      found.add(new Found(first.get(), title.span, title.endsSentence));
      chainedLabel = title.stoppedAtLabel;
      scanFrom = first.get().end();
    }
    if (!options.inlineHeadings()) {
      return found;
    }
    for (int i = scanFrom; i < paragraph.end(); i++) {
      if (!LabelMatcher.canStartLabel(cps[i]) || brackets.isInside(i)) {
        continue;
      }
      Optional<Label> match = LabelMatcher.match(cps, i, paragraph.end());
      if (match.isEmpty() || !INLINE_STYLES.contains(match.get().style())) {
        continue;
      }
      Label label = match.get();
      if (WORD_ORDINALS.contains(label.style())
          && (label.end() >= paragraph.end() || !CodePoints.isWhitespace(cps[label.end()]))
          && !startsUnspacedPart(cps, label, paragraph)) {
        continue;
      }
      boolean accepted =
          i == chainedLabel
              || followsBoundary(cps, paragraph.start(), i)
              || runsIntoItemLabel(cps, label, paragraph, brackets);
      if (!accepted) {
        continue;
      }
      Title title = title(cps, label, paragraph, brackets, options, false);
      found.add(new Found(label, title.span, title.endsSentence));
      chainedLabel = title.stoppedAtLabel;
      i = label.end() - 1;
    }
    return clipTitles(cps, found);
  }

  /** A title never runs into the next heading (which may start after a bracket in the title). */
  private static List<Found> clipTitles(int[] cps, List<Found> found) {
    List<Found> clipped = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      Found heading = found.get(k);
      Span title = heading.title();
      if (k + 1 < found.size() && title.end() > found.get(k + 1).label().start()) {
        int end = Math.max(title.start(), found.get(k + 1).label().start());
        while (end > title.start() && CodePoints.isWhitespace(cps[end - 1])) {
          end--;
        }
        Span span =
            end > title.start() ? Span.of(title.start(), end) : Span.empty(heading.label().end());
        heading = new Found(heading.label(), span, false);
      }
      clipped.add(heading);
    }
    return clipped;
  }

  private static boolean acceptAtParagraphStart(int[] cps, Label label, Span paragraph) {
    int next = label.end();
    while (next < paragraph.end() && CodePoints.isWhitespace(cps[next])) {
      next++;
    }
    int nextCp = next < paragraph.end() ? cps[next] : ' ';
    switch (label.style()) {
      case ENGLISH_CHAPTER:
      case ENGLISH_SECTION:
      case ENGLISH_ARTICLE:
        int last = cps[label.end() - 1];
        return last == '.'
            || last == ':'
            || (paragraph.end() - label.end() <= MAX_ENGLISH_HEADING_LINE
                && !Character.isLowerCase(nextCp));
      case ARABIC_TWO_LEVELS:
      case ARABIC_THREE_LEVELS:
        return !Character.isLowerCase(nextCp) && !Character.isDigit(nextCp);
      default:
        return true;
    }
  }

  /**
   * Words after {@code 第三章} or {@code 第1部分} that make it a reference to a part rather than its
   * heading ({@code 第三章规定的事项}, {@code 第二部分所列}).
   */
  private static final ImmutableSet<String> REFERRING =
      ImmutableSet.of(
          "规定", "所列", "所称", "所述", "有关", "关于", "以下", "以上", "明确", "提出", "要求", "的", "中", "之", "和", "与",
          "及", "或", "至", "、", "，", "第", "。");

  /**
   * Whether a part or chapter label without white space after it ({@code 第1部分总体要求}, as in a
   * flattened web copy) starts a heading: it stands at the start of a sentence and is not followed
   * by a word that makes it a reference. Articles and sections ({@code 第三条规定…}) need white space.
   */
  private static boolean startsUnspacedPart(int[] cps, Label label, Span paragraph) {
    if (label.style() != NumberingStyle.CHINESE_PART
        && label.style() != NumberingStyle.CHINESE_CHAPTER) {
      return false;
    }
    if (label.end() >= paragraph.end() || !followsBoundary(cps, paragraph.start(), label.start())) {
      return false;
    }
    String next = new String(cps, label.end(), Math.min(2, paragraph.end() - label.end()));
    return !REFERRING.contains(next) && !REFERRING.contains(next.substring(0, 1));
  }

  /** Whether the label at {@code at} follows a sentence end or a closing bracket. */
  private static boolean followsBoundary(int[] cps, int paragraphStart, int at) {
    int j = at - 1;
    while (j >= paragraphStart
        && (CodePoints.isWhitespace(cps[j]) || CodePoints.isInvisible(cps[j]))) {
      j--;
    }
    if (j < paragraphStart) {
      return true;
    }
    int cp = cps[j];
    if (Punctuation.isCjkTerminator(cp) || Punctuation.isCloser(cp)) {
      return true;
    }
    return (cp == '.' || cp == '!' || cp == '?') && j < at - 1;
  }

  /** {@code 三、激发新生产要素流动活力（十）}: a short unpunctuated title, then an item label. */
  private static boolean runsIntoItemLabel(
      int[] cps, Label label, Span paragraph, Brackets brackets) {
    if (label.style() != NumberingStyle.CHINESE_NUMERAL) {
      return false;
    }
    int limit = Math.min(paragraph.end(), label.end() + MAX_TITLE_BEFORE_ITEM_LABEL + 1);
    for (int k = label.end(); k < limit; k++) {
      int cp = cps[k];
      if (cp == '（' || cp == '(') {
        Optional<Label> next = LabelMatcher.match(cps, k, paragraph.end());
        return k - label.end() >= MIN_TITLE_BEFORE_SPLIT
            && next.isPresent()
            && next.get().style() == NumberingStyle.CHINESE_NUMERAL_IN_PARENS;
      }
      if (!CodePoints.isIdeograph(cp)) {
        return false;
      }
    }
    return false;
  }

  /** The outcome of looking for a title: its span, and the label that ended it, or -1. */
  private record Title(Span span, boolean endsSentence, int stoppedAtLabel) {}

  private static Title title(
      int[] cps,
      Label label,
      Span paragraph,
      Brackets brackets,
      SegmentOptions options,
      boolean atParagraphStart) {
    int start = label.end();
    while (start < paragraph.end() && isTitleLeadIn(cps[start])) {
      start++;
    }
    int end = paragraph.end();
    int k = start;
    boolean terminated = false;
    int stoppedAtLabel = -1;
    boolean capped = false;
    while (k < paragraph.end()) {
      if (k - start >= options.maxTitleLength()) {
        capped = true;
        break;
      }
      int cp = cps[k];
      if (Punctuation.closerOf(cp) != 0) {
        Optional<Integer> close = brackets.closeOf(k);
        Optional<Label> asLabel = LabelMatcher.match(cps, k, paragraph.end());
        if (k > start && asLabel.isPresent() && TITLE_STOPPERS.contains(asLabel.get().style())) {
          end = k;
          stoppedAtLabel = k;
          break;
        }
        if (close.isPresent()) {
          k = close.get() + 1;
          continue;
        }
      }
      if (Punctuation.isCjkTerminator(cp)
          || cp == '：'
          || cp == ':'
          || ((cp == '.' || cp == '!' || cp == '?' || cp == ';')
              && (k + 1 == paragraph.end() || CodePoints.isWhitespace(cps[k + 1])))) {
        end = k;
        terminated = true;
        break;
      }
      if (k > start && ChineseNumerals.isNumeralChar(cp)) {
        Optional<Label> asLabel = LabelMatcher.match(cps, k, paragraph.end());
        if (asLabel.isPresent()
            && asLabel.get().style() == NumberingStyle.CHINESE_NUMERAL
            && !atParagraphStart) {
          end = k;
          stoppedAtLabel = k;
          break;
        }
      }
      k++;
    }
    boolean endsSentence = false;
    if (capped) {
      end = start;
      if (!atParagraphStart) {
        Optional<Integer> split = verbSplit(cps, start, k);
        if (split.isPresent()) {
          end = split.get();
          endsSentence = true;
        }
      }
    } else if (!atParagraphStart && stoppedAtLabel < 0) {
      Optional<Integer> split = verbSplit(cps, start, end);
      if (split.isPresent()) {
        end = split.get();
        endsSentence = true;
      }
    } else if (atParagraphStart && !terminated && stoppedAtLabel < 0) {
      // A heading line: the title is the rest of the line.
      end = paragraph.end();
    }
    while (end > start && CodePoints.isWhitespace(cps[end - 1])) {
      end--;
    }
    Span span = end > start ? Span.of(start, end) : Span.empty(label.end());
    return new Title(span, endsSentence && end > start, stoppedAtLabel);
  }

  private static boolean isTitleLeadIn(int cp) {
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0;
  }

  /** Where a policy verb follows a typical title ending in {@code [from, to)}, if anywhere. */
  private static Optional<Integer> verbSplit(int[] cps, int from, int to) {
    for (int s = from + MIN_TITLE_BEFORE_SPLIT; s + 2 <= to; s++) {
      if (BODY_VERBS.contains(pair(cps, s)) && TITLE_ENDINGS.contains(pair(cps, s - 2))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static String pair(int[] cps, int at) {
    return new String(cps, at, 2);
  }
}
