package org.clausediff.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import org.clausediff.segment.Segmentation;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;

/**
 * The "lines" form of a document ({@code clausediff segment --format lines}): one unit of a level
 * (sentence by default) per line, in document order, and an empty line between two paragraphs
 * ({@link LinesForm}) — the unit's source text with every line terminator inside it (CR, LF, NEL,
 * U+2028, U+2029, …; a CR LF pair counts once) replaced by one space — each line ended by {@code
 * \n}. Control and invisible characters (escape sequences, bidirectional controls) are shown as
 * {@code ⟨U+XXXX⟩} ({@link PrintableText}), so that no line acts on a terminal; nothing else is
 * changed, so the lines of two versions are what {@link UnifiedDiffWriter} diffs and what {@code
 * patch} and {@code git apply} patch. White space between units is not part of any line.
 */
final class LinesWriter implements ReportWriter<Segmentation> {
  private final UnitKind level;

  private LinesWriter(UnitKind level) {
    this.level = level;
  }

  /**
   * The writer of units of {@code level}.
   *
   * @throws IllegalArgumentException if {@code level} is structural (sections and items nest)
   */
  public static LinesWriter of(UnitKind level) {
    checkNotNull(level, "level");
    checkArgument(
        !level.isStructural(),
        "level must be paragraph, sentence or clause but was %s",
        level.id());
    return new LinesWriter(level);
  }

  @Override
  public void write(Segmentation segmentation, Appendable out) throws IOException {
    LinesForm lines = LinesForm.of(segmentation.document(), level);
    for (int line = 0; line < lines.size(); line++) {
      out.append(lines.text(line)).append('\n');
    }
  }

  /**
   * The line of {@code unit}: its source text with line terminators replaced by spaces, and control
   * and invisible characters shown as {@code ⟨U+XXXX⟩} ({@link PrintableText}).
   */
  static String line(SourceText source, Unit unit) {
    return PrintableText.render(source, unit.span(), PrintableText.Breaks.SPACE);
  }
}
