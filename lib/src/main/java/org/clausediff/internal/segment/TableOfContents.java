package org.clausediff.internal.segment;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.segment.NumberingStyle;
import org.clausediff.text.Span;

/**
 * Finds the table of contents (目录) at the start of a law: a paragraph that reads {@code 目录} (also
 * letter-spaced, {@code 目　　录}), followed by paragraphs that are each one part, chapter or section
 * heading ({@code 第一章　总　　则}, {@code 第一节　规　　划}) and nothing else. The table ends at the first
 * paragraph that is not such a heading, or at the first heading whose label it already listed (the
 * body's {@code 第一章} after the table's). Its lines are not headings of the document: the segmenter
 * keeps them as plain paragraphs, so that they make no chapters, and {@link
 * org.clausediff.segment.Document#isInTableOfContents} tells the aligner to keep them away from the
 * body.
 */
final class TableOfContents {
  private TableOfContents() {}

  private static final Set<NumberingStyle> ENTRY_STYLES =
      EnumSet.of(
          NumberingStyle.CHINESE_PART,
          NumberingStyle.CHINESE_CHAPTER,
          NumberingStyle.CHINESE_SECTION);

  /** The longest entry line, in code points. */
  private static final int MAX_ENTRY = 60;

  /**
   * The span from the {@code 目录} paragraph to the end of the table's last entry, if {@code
   * paragraphs} (in order) have a table of contents with at least two entries.
   */
  static Optional<Span> find(int[] cps, List<Span> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!isTitle(cps, paragraphs.get(i))) {
        continue;
      }
      Set<String> seen = new java.util.HashSet<>();
      int last = i;
      for (int j = i + 1; j < paragraphs.size(); j++) {
        Span p = paragraphs.get(j);
        Optional<Label> label = entryLabel(cps, p);
        if (label.isEmpty() || !seen.add(label.get().style() + "/" + label.get().number())) {
          break;
        }
        last = j;
      }
      if (last - i >= 2) {
        return Optional.of(Span.of(paragraphs.get(i).start(), paragraphs.get(last).end()));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether the paragraph reads 目录 (spaces aside). */
  private static boolean isTitle(int[] cps, Span paragraph) {
    int kept = 0;
    for (int k = paragraph.start(); k < paragraph.end(); k++) {
      int cp = cps[k];
      if (!CodePoints.isWhitespace(cp) && !CodePoints.isInvisible(cp)) {
        if (kept == 2 || cp != (kept == 0 ? '目' : '录')) {
          return false;
        }
        kept++;
      }
    }
    return kept == 2;
  }

  /** The label of a paragraph that is one short heading line of a part, chapter or section. */
  private static Optional<Label> entryLabel(int[] cps, Span paragraph) {
    if (paragraph.length() > MAX_ENTRY) {
      return Optional.empty();
    }
    int start = paragraph.start();
    while (start < paragraph.end() && CodePoints.isWhitespace(cps[start])) {
      start++;
    }
    Optional<Label> label = LabelMatcher.match(cps, start, paragraph.end());
    if (label.isEmpty() || !ENTRY_STYLES.contains(label.get().style())) {
      return Optional.empty();
    }
    for (int k = label.get().end(); k < paragraph.end(); k++) {
      if (Punctuation.isCjkTerminator(cps[k]) || cps[k] == '，' || cps[k] == '\n') {
        return Optional.empty();
      }
    }
    return label;
  }
}
