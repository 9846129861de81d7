package org.clausediff.report;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.clausediff.dups.DuplicateLabel;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.dups.RepeatKind;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * The text report of {@code clausediff dups}: a summary (the share of the document that cleaning
 * removes, the number of groups by label, the options), then one block per group: its label, kind,
 * reason, length and number of occurrences, and one line per occurrence with its {@code
 * line:column}, whether cleaning keeps or removes it, and a snippet.
 *
 * <pre>
 * DUPLICATION exact body-text, 164 code points, 2 occurrences
 *   1:1      kept     云南省人民政府办公厅关于印发云南省创新管理优化服务培育壮大经济发展新动…
 *   1:165    removed  云南省人民政府办公厅关于印发云南省创新管理优化服务培育壮大经济发展新动…
 * </pre>
 */
final class DuplicatesTextWriter implements ReportWriter<DuplicateReport> {
  private static final int SNIPPET_LENGTH = 40;

  private final boolean summaryOnly;

  private DuplicatesTextWriter(boolean summaryOnly) {
    this.summaryOnly = summaryOnly;
  }

  /** The writer of the whole report. */
  public static DuplicatesTextWriter create() {
    return new DuplicatesTextWriter(false);
  }

  /** The writer of the whole report, or of its summary only (the first four lines). */
  public static DuplicatesTextWriter of(boolean summaryOnly) {
    return new DuplicatesTextWriter(summaryOnly);
  }

  @Override
  public void write(DuplicateReport report, Appendable out) throws IOException {
    SourceText source = report.source();
    String rules =
        report.normalization().stream().map(rule -> rule.id()).collect(Collectors.joining(", "));
    out.append(PrintableText.name(source.name()))
        .append(": ")
        .append(String.valueOf(source.length()))
        .append(" code points; normalization: ")
        .append(rules.isEmpty() ? "none needed" : rules)
        .append('\n');
    ExtractionNotes.text(out, "", source);
    int removedCount = 0;
    for (DuplicatePassage passage : report.passages()) {
      if (passage.isDuplication()) {
        removedCount += passage.later().size();
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "duplicated: %.1f%% (%d code points in %d later %s)\n",
            100 * report.duplicatedShare(),
            report.duplicatedLength(),
            removedCount,
            removedCount == 1 ? "occurrence" : "occurrences"));
    out.append(
        String.format(
            Locale.ROOT,
            "groups: %d DUPLICATION, %d BOILERPLATE\n",
            report.count(DuplicateLabel.DUPLICATION),
            report.count(DuplicateLabel.BOILERPLATE)));
    DuplicateOptions options = report.options();
    out.append("exact repeats of at least ")
        .append(String.valueOf(options.minLength()))
        .append(" code points; ")
        .append(
            options.nearThreshold().isPresent()
                ? String.format(
                    Locale.ROOT,
                    "near repeats at similarity %.2f of %d-shingles",
                    options.nearThreshold().getAsDouble(),
                    options.shingleSize())
                : "no near repeats")
        .append('\n');
    if (summaryOnly) {
      return;
    }
    for (DuplicatePassage passage : report.passages()) {
      out.append('\n')
          .append(passage.label().id())
          .append(' ')
          .append(passage.kind().id().toLowerCase(Locale.ROOT))
          .append(' ')
          .append(passage.reason().id());
      if (passage.kind() != RepeatKind.EXACT) {
        out.append(String.format(Locale.ROOT, " (similarity %.2f)", passage.similarity()));
      }
      out.append(", ")
          .append(String.valueOf(passage.first().length()))
          .append(" code points, ")
          .append(String.valueOf(passage.occurrences().size()))
          .append(" occurrences\n");
      for (int i = 0; i < passage.occurrences().size(); i++) {
        Span occurrence = passage.occurrences().get(i);
        String at = SourcePlaces.brief(source, occurrence.start());
        String marker = !passage.isDuplication() ? "" : i == 0 ? "kept" : "removed";
        out.append("  ");
        padded(out, at, 9);
        padded(out, marker, 9);
        out.append(PrintableText.snippet(source, occurrence, SNIPPET_LENGTH)).append('\n');
      }
    }
  }

  /** Appends {@code text} followed by spaces up to {@code width}, and at least one space. */
  private static void padded(Appendable out, String text, int width) throws IOException {
    out.append(text);
    for (int i = text.length(); i < width - 1; i++) {
      out.append(' ');
    }
    out.append(' ');
  }
}
