package org.clausediff.report;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A cell of a {@link ComparisonTable} as inline markup, which the HTML page and the GFM Markdown
 * table share: the changed pieces in {@code <del>} (old cell) or {@code <ins>} (new cell),
 * paragraphs apart by {@code <br>}, the text escaped for the format.
 */
final class TableCellMarkup {
  private TableCellMarkup() {}

  /** Writes {@code pieces}, the changed ones in {@code <tag>}, the text through {@code escape}. */
  static void write(
      List<ComparisonTable.Piece> pieces, String tag, UnaryOperator<String> escape, Appendable out)
      throws IOException {
    for (ComparisonTable.Piece piece : pieces) {
      String open = piece.changed() ? "<" + tag + ">" : "";
      String close = piece.changed() ? "</" + tag + ">" : "";
      String[] paragraphs = piece.text().split("\n", -1);
      for (int i = 0; i < paragraphs.length; i++) {
        if (i > 0) {
          out.append("<br>");
        }
        if (!paragraphs[i].isEmpty()) {
          out.append(open).append(escape.apply(paragraphs[i])).append(close);
        }
      }
    }
  }
}
