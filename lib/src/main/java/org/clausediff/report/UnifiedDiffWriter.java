package org.clausediff.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Link;
import org.clausediff.segment.Document;

/**
 * The unified diff of {@code clausediff compare --format unified}: a diff of the two documents'
 * "lines" forms ({@link LinesWriter}: one unit of the compared level per line), in the format of
 * {@code git diff}, that {@code patch} and {@code git apply} apply to the left lines to give the
 * right lines.
 *
 * <p>The lines come from the comparison, not from a line diff. The links in place are walked in
 * order: the left lines before a link that belong to no link in place (deleted, or moved away) are
 * removed ({@code -}), the right lines before it added ({@code +}), then the link itself: a context
 * line when it joins one left and one right line identical character for character ({@code patch}
 * compares bytes), else its removed lines directly followed by its added ones, so that a diff
 * viewer pairs each old unit with its new version. The empty line between two paragraphs is context
 * where both documents start a paragraph at the same link, or start the same region.
 *
 * <p>There is one hunk per aligned region: a hunk ends where the changes pass from one block of the
 * {@link Outline} to the next (a pair of linked sections or items, or a deleted or added one), and
 * its header names the region after the {@code @@}, as {@code git diff} names a function. Each hunk
 * has up to {@code context} lines of context on each side ({@code diff -U}); the context lines
 * between two hunks are shared out between them, and changes of one region less than {@code 2 ·
 * context} lines apart share a hunk. Two regions with not one identical line between them share a
 * hunk too (a wholly deleted or added section beside a rewritten one, say), as {@code git diff}
 * joins hunks whose context would overlap: {@code git apply} takes a hunk without context after it
 * only at the end of a file. With {@code -U 0} every region has its own hunk and there is no
 * context at all, as with {@code diff -U0}: {@code patch} applies that as it is, {@code git apply}
 * with {@code --unidiff-zero}.
 *
 * <p>The header is that of a git rename, {@code diff --git a/<left name>.lines b/<right
 * name>.lines} (an absolute name without its leading {@code /}, as {@code git diff --no-index}
 * writes it) with {@code rename from}/{@code rename to} lines when the names differ, then {@code
 * --- a/<left name>.lines} and {@code +++ b/<right name>.lines}: {@code git apply} (and {@code
 * patch -p1} without a file name) turn the left lines file into the right one; {@code patch -o OUT
 * LEFT.lines} ignores the names. A name with a quote, backslash or control character is quoted as
 * git quotes it. Identical documents give an empty diff.
 *
 * <p>A diff of documents whose readers left notes ({@link org.clausediff.text.SourceText#notes()}:
 * a PDF's running headers, a Word file's tracked deletions) starts with them, one line {@code note:
 * old: …} or {@code note: new: …} each, before the {@code diff --git} line: {@code patch} and
 * {@code git apply} ignore what stands before the first header. An empty diff stays empty.
 */
final class UnifiedDiffWriter implements ReportWriter<Comparison> {
  private final int context;

  /** The writer of diffs with 3 lines of context, as {@code diff -u}. */
  UnifiedDiffWriter() {
    this(3);
  }

  /**
   * The writer of diffs with {@code context} lines of context around each hunk.
   *
   * @throws IllegalArgumentException if {@code context} is negative
   */
  UnifiedDiffWriter(int context) {
    checkArgument(context >= 0, "context must be at least 0 but was %s", context);
    this.context = context;
  }

  /**
   * One line of the script: context ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}),
   * the left and right line numbers before it (0-based), and the block it belongs to.
   */
  private record Line(char type, String text, int left, int right, int block) {}

  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    Outline outline = Outline.of(comparison);
    Sides sides =
        new Sides(
            LinesForm.of(left, comparison.options().level()),
            LinesForm.of(right, comparison.options().level()),
            outline);
    List<Link> inPlace = new ArrayList<>();
    for (Link link : ComparisonParts.levelLinks(comparison)) {
      if (!link.moved()) {
        inPlace.add(link);
      }
    }
    inPlace.sort(Comparator.comparingInt((Link l) -> sides.left().line(l.firstLeft())));
    List<Line> script = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (Link link : inPlace) {
      int leftFrom = sides.left().line(link.firstLeft());
      int rightFrom = sides.right().line(link.firstRight());
      if (leftFrom < i || rightFrom < j) {
        continue; // not in order after all: its lines are removed and added where they stand
      }
      // The empty line before a link's first unit goes with the link, not with the gap.
      int leftStart =
          leftFrom > i && sides.left().unit(leftFrom - 1).isEmpty() ? leftFrom - 1 : leftFrom;
      int rightStart =
          rightFrom > j && sides.right().unit(rightFrom - 1).isEmpty() ? rightFrom - 1 : rightFrom;
      sides.gap(i, leftStart, j, rightStart, script);
      int block = outline.rightBlock(link.firstRight()).number();
      if (leftStart < leftFrom && rightStart < rightFrom) {
        script.add(new Line(' ', "", leftStart, rightStart, block));
      } else if (leftStart < leftFrom) {
        script.add(new Line('-', "", leftStart, rightStart, block));
      } else if (rightStart < rightFrom) {
        script.add(new Line('+', "", leftStart, rightStart, block));
      }
      i = leftFrom;
      j = rightFrom;
      int leftEnd = 1 + link.leftUnits().stream().mapToInt(sides.left()::line).max().orElseThrow();
      int rightEnd =
          1 + link.rightUnits().stream().mapToInt(sides.right()::line).max().orElseThrow();
      String leftText = sides.left().text(leftFrom);
      if (leftEnd - leftFrom == 1
          && rightEnd - rightFrom == 1
          && leftText.equals(sides.right().text(rightFrom))) {
        script.add(new Line(' ', leftText, i++, j++, block));
        continue;
      }
      for (; i < leftEnd; i++) {
        script.add(new Line('-', sides.left().text(i), i, j, block));
      }
      for (; j < rightEnd; j++) {
        script.add(new Line('+', sides.right().text(j), i, j, block));
      }
    }
    sides.gap(i, sides.left().size(), j, sides.right().size(), script);
    List<int[]> hunks = hunks(script);
    if (hunks.isEmpty()) {
      return;
    }
    // Before the first header: patch and git apply skip such lines, as they skip a mail's text.
    ExtractionNotes.text(out, "old: ", left.source());
    ExtractionNotes.text(out, "new: ", right.source());
    GitDiffHeader.write(left.name(), right.name(), out);
    for (int[] hunk : hunks) {
      writeHunk(outline, script, hunk[0], hunk[1], out);
    }
  }

  /** The lines forms of the two documents, and the outline that gives each line its block. */
  private record Sides(LinesForm left, LinesForm right, Outline outline) {
    /**
     * The lines between two links in place: the left lines {@code [i, leftEnd)} removed and the
     * right lines {@code [j, rightEnd)} added, each in its order, merged by block so that the lines
     * of one region stand together (removed ones first). Where both sides start the same block with
     * an empty line, that line is context: it lets the region before have a hunk of its own.
     */
    void gap(int i, int leftEnd, int j, int rightEnd, List<Line> script) {
      while (i < leftEnd || j < rightEnd) {
        OptionalInt leftBlock = i < leftEnd ? OptionalInt.of(leftBlock(i)) : OptionalInt.empty();
        OptionalInt rightBlock = j < rightEnd ? OptionalInt.of(rightBlock(j)) : OptionalInt.empty();
        if (leftBlock.isPresent()
            && rightBlock.isPresent()
            && left.unit(i).isEmpty()
            && right.unit(j).isEmpty()) {
          script.add(new Line(' ', "", i++, j++, leftBlock.getAsInt()));
        } else if (rightBlock.isEmpty()
            || (leftBlock.isPresent() && leftBlock.getAsInt() <= rightBlock.getAsInt())) {
          script.add(new Line('-', left.text(i), i++, j, leftBlock.getAsInt()));
        } else {
          script.add(new Line('+', right.text(j), i, j++, rightBlock.getAsInt()));
        }
      }
    }

    /** The block of a left line; an empty line belongs to the unit after it. */
    private int leftBlock(int line) {
      return outline
          .leftBlock(left.unit(line).orElseGet(() -> left.unit(line + 1).orElseThrow()))
          .number();
    }

    private int rightBlock(int line) {
      return outline
          .rightBlock(right.unit(line).orElseGet(() -> right.unit(line + 1).orElseThrow()))
          .number();
    }
  }

  /**
   * The hunks as {@code [from, to)} ranges of the script: the changes grouped by region (see the
   * class description), with the context around them shared out.
   */
  private List<int[]> hunks(List<Line> script) {
    // Groups of changes: [first change, end of last change) with the region of their first line.
    List<int[]> groups = new ArrayList<>();
    for (int k = 0; k < script.size(); k++) {
      Line line = script.get(k);
      if (line.type() == ' ') {
        continue;
      }
      int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      // Changes of one region close together share a hunk, as in diff -U; so do changes of two
      // regions with no identical line between them, but for -U 0: git apply takes a hunk without
      // context after it only at the end of a file (or with --unidiff-zero, as any diff -U 0).
      boolean join =
          last != null
              && ((k == last[1] && context > 0)
                  || (script.get(last[1] - 1).block() == line.block()
                      && k - last[1] <= 2 * context));
      if (join) {
        last[1] = k + 1;
      } else {
        groups.add(new int[] {k, k + 1});
      }
    }
    List<int[]> hunks = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int[] group = groups.get(g);
      int before = g == 0 ? group[0] : group[0] - groups.get(g - 1)[1];
      int after =
          g == groups.size() - 1 ? script.size() - group[1] : groups.get(g + 1)[0] - group[1];
      // Between two hunks the one before gets the odd line: a hunk that ends without context must
      // end the file for git apply, one that starts without it need not start it.
      int lead = g == 0 ? Math.min(context, before) : Math.min(context, before / 2);
      int trail =
          g == groups.size() - 1 ? Math.min(context, after) : Math.min(context, after - after / 2);
      // patch takes a hunk with more context before than after for the end of the file.
      if (group[1] + trail < script.size()) {
        lead = Math.min(lead, trail);
      }
      hunks.add(new int[] {group[0] - lead, group[1] + trail});
    }
    return hunks;
  }

  private void writeHunk(Outline outline, List<Line> script, int from, int to, Appendable out)
      throws IOException {
    int leftCount = 0;
    int rightCount = 0;
    int block = -1;
    for (int k = from; k < to; k++) {
      Line line = script.get(k);
      leftCount += line.type() != '+' ? 1 : 0;
      rightCount += line.type() != '-' ? 1 : 0;
      if (block < 0 && line.type() != ' ') {
        block = line.block();
      }
    }
    Line first = script.get(from);
    out.append("@@ -")
        .append(range(first.left(), leftCount))
        .append(" +")
        .append(range(first.right(), rightCount))
        .append(" @@");
    String region = region(outline, outline.blocks().get(block));
    if (!region.isEmpty()) {
      out.append(' ').append(region);
    }
    out.append('\n');
    for (int k = from; k < to; k++) {
      out.append(script.get(k).type()).append(script.get(k).text()).append('\n');
    }
  }

  /**
   * A block's name after a hunk's {@code @@}: the right section path, or the left one marked {@code
   * (deleted)}, on one line.
   */
  private static String region(Outline outline, Outline.Block block) {
    Document left = outline.comparison().left().document();
    Document right = outline.comparison().right().document();
    String name =
        block.right().isEmpty()
            ? block.left().isEmpty()
                ? ""
                : BlockLabels.path(left, block.left())
                    + (block.kind() == Outline.BlockKind.DELETED ? " (deleted)" : "")
            : BlockLabels.path(right, block.right());
    return PrintableText.collapsed(name);
  }

  /** A hunk's range: 1-based start and count; an empty range names the line before it. */
  private static String range(int start, int count) {
    if (count == 0) {
      return start + ",0";
    }
    return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
  }
}
