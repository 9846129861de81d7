package org.clausediff.internal.diff;

import java.util.List;
import org.clausediff.compare.Edit;
import org.clausediff.compare.InlineDiff;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.testing.Keyed;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.clausediff.text.normalize.NormalizationOptions;

/** Two small texts keyed at sentence level, for diff tests. */
final class DiffFixture {
  final SourceText left;
  final SourceText right;
  final UnitKeys.Pair keys;

  DiffFixture(String left, String right, NormalizationOptions normalization) {
    this.keys = Keyed.sentences(left, right, normalization, true);
    this.left = keys.left().document().source();
    this.right = keys.right().document().source();
  }

  DiffFixture(String left, String right) {
    this(left, right, NormalizationOptions.defaults());
  }

  /** The diff of all left sentences against all right sentences. */
  InlineDiff diffAll(InlineDiffer differ) {
    return differ.diff(keys.left(), 0, keys.left().size(), keys.right(), 0, keys.right().size());
  }

  /** The edits that change something, as "left→right" texts. */
  List<String> changes(InlineDiff diff) {
    return diff.changes().stream()
        .map(e -> left.substring(e.left()) + "→" + right.substring(e.right()))
        .toList();
  }

  /**
   * The comparison text of the left keys with each edit's left stretch replaced by the comparison
   * text of its right stretch; equals the right keys' comparison text when the edits are right.
   */
  String applyToComparisonText(InlineDiff diff) {
    StringBuilder out = new StringBuilder();
    for (Edit edit : diff.edits()) {
      out.append(normalized(keys.right(), edit.right()));
    }
    return out.toString();
  }

  /** The left comparison text assembled from the edits' left spans. */
  String leftFromEdits(InlineDiff diff) {
    StringBuilder out = new StringBuilder();
    for (Edit edit : diff.edits()) {
      out.append(normalized(keys.left(), edit.left()));
    }
    return out.toString();
  }

  /** The comparison text of the keys of all units. */
  static String keyText(UnitKeys keys) {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < keys.size(); p++) {
      out.append(normalized(keys, keys.sourceSpan(p, keys.keyStart(p), keys.keyEnd(p))));
    }
    return out.toString();
  }

  private static String normalized(UnitKeys keys, Span source) {
    return keys.normalized().normalizedSubstring(source);
  }
}
