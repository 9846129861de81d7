package org.clausediff.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.util.stream.Collectors;
import org.clausediff.segment.Document;
import org.clausediff.segment.Heading;
import org.clausediff.segment.Segmentation;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * The text report of {@code clausediff segment}: a header, then an indented outline with one line
 * per unit — kind, {@code line:column} of its start, and its heading or a snippet.
 *
 * <pre>
 * section 5:3 一、总体要求
 *   item 7:3 （一）指导思想
 *     paragraph 7:3 （一）指导思想。
 * </pre>
 */
final class SegmentTextWriter implements ReportWriter<Segmentation> {
  private static final int SNIPPET_LENGTH = 40;

  private final UnitKind deepest;

  private SegmentTextWriter(UnitKind deepest) {
    this.deepest = deepest;
  }

  /** A writer that lists units down to {@code deepest}. */
  public static SegmentTextWriter downTo(UnitKind deepest) {
    return new SegmentTextWriter(checkNotNull(deepest, "deepest"));
  }

  @Override
  public void write(Segmentation segmentation, Appendable out) throws IOException {
    Document document = segmentation.document();
    SourceText source = document.source();
    out.append(PrintableText.name(source.name()))
        .append(": ")
        .append(String.valueOf(source.length()))
        .append(" code points, ")
        .append(encodingName(source));
    String rules =
        segmentation.normalization().stream()
            .map(rule -> rule.id())
            .collect(Collectors.joining(", "));
    out.append("; normalization: ").append(rules.isEmpty() ? "none needed" : rules).append('\n');
    ExtractionNotes.text(out, "", source);
    for (UnitKind kind : UnitKind.values()) {
      if (kind.compareTo(deepest) <= 0) {
        out.append(kind == UnitKind.SECTION ? "" : ", ")
            .append(String.valueOf(document.units(kind).size()))
            .append(' ')
            .append(kind.id())
            .append(document.units(kind).size() == 1 ? "" : "s");
      }
    }
    out.append('\n');
    for (Unit root : document.roots()) {
      writeUnit(document, root, 0, out);
    }
  }

  /**
   * The encoding reports name: {@link org.clausediff.text.Encoding#name()}; for a text extracted
   * from another format, {@code extracted from pdf} (and so on); else {@code UTF-16 string}, for a
   * text that was not decoded from bytes.
   */
  static String encodingName(SourceText source) {
    if (source.encoding().isPresent()) {
      return source.encoding().get().name();
    }
    return source.format() == SourceFormat.TEXT
        ? "UTF-16 string"
        : "extracted from " + source.format().id();
  }

  private void writeUnit(Document document, Unit unit, int depth, Appendable out)
      throws IOException {
    if (unit.kind().compareTo(deepest) > 0) {
      return;
    }
    out.append("  ".repeat(depth))
        .append(unit.kind().id())
        .append(' ')
        .append(SourcePlaces.brief(document.source(), unit.span().start()))
        .append(' ');
    if (unit.heading().isPresent()) {
      // Printable, so that control and bidi characters in a heading cannot reorder what a terminal
      // shows.
      Heading heading = unit.heading().get();
      Span headingSpan = Span.of(heading.labelSpan().start(), heading.titleSpan().end());
      out.append(PrintableText.snippet(document.source(), headingSpan, headingSpan.length()));
    } else {
      out.append(PrintableText.snippet(document.source(), unit.span(), SNIPPET_LENGTH));
    }
    out.append('\n');
    for (Unit child : unit.children()) {
      writeUnit(document, child, depth + 1, out);
    }
  }
}
