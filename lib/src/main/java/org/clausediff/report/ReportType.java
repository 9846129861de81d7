package org.clausediff.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clausediff.collate.Collation;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.segment.Segmentation;
import org.clausediff.segment.UnitKind;

/**
 * The kinds of results clausediff reports on, each with the formats it can be written in: the one
 * registry from a result and a {@link ReportFormat} to its {@link ReportWriter}.
 *
 * <pre>{@code
 * ReportWriter<Comparison> html = ReportType.COMPARISON.writer(ReportFormat.HTML);
 * html.write(comparison, out);
 * }</pre>
 *
 * @param <T> the result the writers render
 */
public final class ReportType<T> {
  /** A comparison of two documents: text, json, html, md, unified. */
  public static final ReportType<Comparison> COMPARISON =
      new ReportType<Comparison>("compare")
          .with(ReportFormat.TEXT, o -> CompareTextWriter.of(o.color(), o.summaryOnly()))
          .with(ReportFormat.JSON, o -> new CompareJsonWriter())
          .with(ReportFormat.HTML, o -> new CompareHtmlWriter())
          .with(ReportFormat.MARKDOWN, o -> new CompareMarkdownWriter())
          .with(ReportFormat.UNIFIED, o -> new UnifiedDiffWriter());

  /** The duplicated passages of one document: text, json, html. */
  public static final ReportType<DuplicateReport> DUPLICATES =
      new ReportType<DuplicateReport>("dups")
          .with(ReportFormat.TEXT, o -> DuplicatesTextWriter.of(o.summaryOnly()))
          .with(ReportFormat.JSON, o -> DuplicatesJsonWriter.create())
          .with(ReportFormat.HTML, o -> new DuplicatesHtmlWriter());

  /** A collation of several versions: text, md, html, json, csv. */
  public static final ReportType<Collation> COLLATION =
      new ReportType<Collation>("collate")
          .with(ReportFormat.TEXT, o -> CollationTextWriter.create())
          .with(ReportFormat.MARKDOWN, o -> new CollationMarkdownWriter())
          .with(ReportFormat.HTML, o -> new CollationHtmlWriter())
          .with(ReportFormat.JSON, o -> new CollationJsonWriter())
          .with(ReportFormat.CSV, o -> new CollationCsvWriter());

  /** The structure of one document: text, json, lines. */
  public static final ReportType<Segmentation> SEGMENTATION =
      new ReportType<Segmentation>("segment")
          .with(
              ReportFormat.TEXT, o -> SegmentTextWriter.downTo(o.level().orElse(UnitKind.SENTENCE)))
          .with(ReportFormat.JSON, o -> SegmentJsonWriter.downTo(o.level().orElse(UnitKind.CLAUSE)))
          .with(ReportFormat.LINES, o -> LinesWriter.of(o.level().orElse(UnitKind.SENTENCE)));

  private final String name;
  private final Map<ReportFormat, Function<ReportOptions, ReportWriter<T>>> writers =
      new EnumMap<>(ReportFormat.class);

  private ReportType(String name) {
    this.name = name;
  }

  private ReportType<T> with(ReportFormat format, Function<ReportOptions, ReportWriter<T>> writer) {
    writers.put(format, writer);
    return this;
  }

  /** The formats this kind of result can be written in, in {@link ReportFormat} order. */
  public Set<ReportFormat> formats() {
    return Collections.unmodifiableSet(writers.keySet());
  }

  /** The writer of {@code format} with the default options. */
  public ReportWriter<T> writer(ReportFormat format) {
    return writer(format, ReportOptions.defaults());
  }

  /**
   * The writer of {@code format} with {@code options}.
   *
   * @throws IllegalArgumentException if this kind of result has no such format (the message lists
   *     the ones it has), or if {@code options} do not fit the format (say, a structural level for
   *     {@code lines})
   */
  public ReportWriter<T> writer(ReportFormat format, ReportOptions options) {
    checkNotNull(format, "format");
    checkNotNull(options, "options");
    Function<ReportOptions, ReportWriter<T>> writer = writers.get(format);
    if (writer == null) {
      throw new IllegalArgumentException(
          "format "
              + format.id()
              + " is not available for "
              + name
              + "; expected one of "
              + writers.keySet().stream().map(ReportFormat::id).collect(Collectors.joining(", ")));
    }
    return writer.apply(options);
  }

  @Override
  public String toString() {
    return "ReportType[" + name + "]";
  }
}
