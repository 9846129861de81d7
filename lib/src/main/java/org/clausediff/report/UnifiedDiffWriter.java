package org.clausediff.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Link;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * The unified diff of {@code clausediff compare --format unified}: a diff of the two documents'
 * "lines" forms ({@link LinesWriter}: one unit of the compared level per line), in the format of
 * {@code diff -u}, that {@code patch} and {@code git apply} apply to the left lines to give the
 * right lines.
 *
 * <p>The lines come from the comparison, not from a line diff: a left line and a right line are a
 * context line when they are linked one to one, in place, and their lines are identical character
 * for character (units that are equal only after normalization, or moved, split or merged, are
 * shown as removed and added lines, since {@code patch} compares bytes). Between two such anchors
 * the left lines are removed ({@code -}) and the right lines added ({@code +}). Hunks carry three
 * lines of context and are joined when their context would overlap. Both header lines name the left
 * document's lines file, {@code a/<left name>.lines} and {@code b/<left name>.lines}: the patch
 * edits that file in place into the right document's lines (so {@code git apply} and {@code patch
 * -p1} find it under that name; {@code patch FILE} ignores the names). Identical documents give an
 * empty diff.
 */
final class UnifiedDiffWriter implements ReportWriter<Comparison> {
  private static final int CONTEXT = 3;

  /**
   * One line of the script: context ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}).
   */
  private record Line(char type, String text, int left, int right) {}

  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    Document left = comparison.left().document();
    Document right = comparison.right().document();
    List<Unit> leftUnits = left.units(comparison.options().level());
    List<Unit> rightUnits = right.units(comparison.options().level());
    List<String> leftLines = new ArrayList<>();
    for (Unit unit : leftUnits) {
      leftLines.add(LinesWriter.line(left.source(), unit));
    }
    List<String> rightLines = new ArrayList<>();
    for (Unit unit : rightUnits) {
      rightLines.add(LinesWriter.line(right.source(), unit));
    }
    Map<Integer, Integer> leftLine = lineNumbers(leftUnits);
    Map<Integer, Integer> rightLine = lineNumbers(rightUnits);
    // Links come in the order of the left document; an anchor must also follow the previous one on
    // the right.
    int[] anchor = new int[leftUnits.size()];
    Arrays.fill(anchor, -1);
    int lastRight = -1;
    for (Link link : ComparisonParts.levelLinks(comparison)) {
      if (link.moved() || link.leftUnits().size() != 1 || link.rightUnits().size() != 1) {
        continue;
      }
      int i = leftLine.get(link.firstLeft().index());
      int j = rightLine.get(link.firstRight().index());
      if (j > lastRight && leftLines.get(i).equals(rightLines.get(j))) {
        anchor[i] = j;
        lastRight = j;
      }
    }
    List<Line> script = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < leftLines.size() || j < rightLines.size()) {
      int nextAnchor = i;
      while (nextAnchor < leftLines.size() && anchor[nextAnchor] < 0) {
        nextAnchor++;
      }
      int rightEnd = nextAnchor < leftLines.size() ? anchor[nextAnchor] : rightLines.size();
      for (; i < nextAnchor; i++) {
        script.add(new Line('-', leftLines.get(i), i, j));
      }
      for (; j < rightEnd; j++) {
        script.add(new Line('+', rightLines.get(j), i, j));
      }
      if (i < leftLines.size()) {
        script.add(new Line(' ', leftLines.get(i), i, j));
        i++;
        j++;
      }
    }
    writeHunks(left.name(), script, out);
  }

  /** The line number (0-based) of each unit, by the unit's index in its document. */
  private static Map<Integer, Integer> lineNumbers(List<Unit> units) {
    Map<Integer, Integer> lines = new HashMap<>();
    for (int k = 0; k < units.size(); k++) {
      lines.put(units.get(k).index(), k);
    }
    return lines;
  }

  private static void writeHunks(String leftName, List<Line> script, Appendable out)
      throws IOException {
    List<int[]> hunks = new ArrayList<>();
    for (int k = 0; k < script.size(); k++) {
      if (script.get(k).type() == ' ') {
        continue;
      }
      int from = Math.max(0, k - CONTEXT);
      int to = k;
      while (to < script.size() && script.get(to).type() != ' ') {
        to++;
      }
      int end = Math.min(script.size(), to + CONTEXT);
      if (!hunks.isEmpty() && hunks.get(hunks.size() - 1)[1] >= from) {
        hunks.get(hunks.size() - 1)[1] = end;
      } else {
        hunks.add(new int[] {from, end});
      }
      k = to - 1;
    }
    if (hunks.isEmpty()) {
      return;
    }
    // A line break in a file name would end the header line, an escape sequence act on a terminal.
    String name = PrintableText.name(leftName);
    out.append("--- a/").append(name).append(".lines\n");
    out.append("+++ b/").append(name).append(".lines\n");
    for (int[] hunk : hunks) {
      int leftCount = 0;
      int rightCount = 0;
      for (int k = hunk[0]; k < hunk[1]; k++) {
        char type = script.get(k).type();
        leftCount += type != '+' ? 1 : 0;
        rightCount += type != '-' ? 1 : 0;
      }
      Line first = script.get(hunk[0]);
      out.append("@@ -")
          .append(range(first.left(), leftCount))
          .append(" +")
          .append(range(first.right(), rightCount))
          .append(" @@\n");
      for (int k = hunk[0]; k < hunk[1]; k++) {
        out.append(script.get(k).type()).append(script.get(k).text()).append('\n');
      }
    }
  }

  /** A hunk's range: 1-based start and count; an empty range names the line before it. */
  private static String range(int start, int count) {
    if (count == 0) {
      return start + ",0";
    }
    return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
  }
}
