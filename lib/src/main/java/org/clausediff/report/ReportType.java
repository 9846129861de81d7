package org.clausediff.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
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
 * registry from a result and a {@link ReportFormat} to its {@link ReportWriter} (text) and its
 * {@link ReportEncoder} (bytes).
 *
 * <pre>{@code
 * ReportWriter<Comparison> html = ReportType.COMPARISON.writer(ReportFormat.HTML);
 * html.write(comparison, out);
 * }</pre>
 *
 * <p>A binary format that the library does not write itself — {@code table-docx}, written with
 * Apache POI in another module — is added to a registry by that module's encoder: {@code
 * ReportType.COMPARISON.withEncoder(ReportFormat.TABLE_DOCX, options -> docxEncoder)} gives a
 * registry that has it. Registries are immutable.
 *
 * @param <T> the result the writers render
 */
public final class ReportType<T> {
  /**
   * A comparison of two documents: text, json, html, md, unified, table-html, table-md, table-csv
   * (and table-docx where a module adds it).
   */
  public static final ReportType<Comparison> COMPARISON =
      new ReportType<Comparison>("compare")
          .with(ReportFormat.TEXT, o -> CompareTextWriter.of(o.color(), o.summaryOnly()))
          .with(ReportFormat.JSON, o -> new CompareJsonWriter())
          .with(ReportFormat.HTML, o -> new CompareHtmlWriter())
          .with(ReportFormat.MARKDOWN, o -> new CompareMarkdownWriter())
          .with(ReportFormat.UNIFIED, o -> new UnifiedDiffWriter(o.context()))
          .with(ReportFormat.TABLE_HTML, o -> new TableHtmlWriter())
          .with(ReportFormat.TABLE_MARKDOWN, o -> new TableMarkdownWriter())
          .with(ReportFormat.TABLE_CSV, o -> new TableCsvWriter());

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
  private final Map<ReportFormat, Function<ReportOptions, ReportWriter<T>>> writers;
  private final Map<ReportFormat, Function<ReportOptions, ReportEncoder<T>>> encoders;

  private ReportType(String name) {
    this(name, new EnumMap<>(ReportFormat.class), new EnumMap<>(ReportFormat.class));
  }

  private ReportType(
      String name,
      Map<ReportFormat, Function<ReportOptions, ReportWriter<T>>> writers,
      Map<ReportFormat, Function<ReportOptions, ReportEncoder<T>>> encoders) {
    this.name = name;
    this.writers = writers;
    this.encoders = encoders;
  }

  /** Adds a text format while the constants are built; never called on a published registry. */
  private ReportType<T> with(ReportFormat format, Function<ReportOptions, ReportWriter<T>> writer) {
    writers.put(format, writer);
    return this;
  }

  /**
   * A registry with everything this one has and the binary {@code format}, written by the encoder
   * that {@code encoder} makes from the report options.
   *
   * @throws IllegalArgumentException if {@code format} is not binary, or this registry has it
   */
  public ReportType<T> withEncoder(
      ReportFormat format, Function<ReportOptions, ? extends ReportEncoder<T>> encoder) {
    checkNotNull(format, "format");
    checkNotNull(encoder, "encoder");
    checkArgument(format.binary(), "format %s is text; only binary formats can be added", format);
    checkArgument(!formats().contains(format), "%s already has format %s", name, format);
    Map<ReportFormat, Function<ReportOptions, ReportEncoder<T>>> more =
        new EnumMap<>(ReportFormat.class);
    more.putAll(encoders);
    more.put(format, encoder::apply);
    return new ReportType<>(name, writers, more);
  }

  /** The formats this kind of result can be written in, in {@link ReportFormat} order. */
  public Set<ReportFormat> formats() {
    Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
    formats.addAll(writers.keySet());
    formats.addAll(encoders.keySet());
    return Collections.unmodifiableSet(formats);
  }

  /** The writer of {@code format} with the default options. */
  public ReportWriter<T> writer(ReportFormat format) {
    return writer(format, ReportOptions.defaults());
  }

  /**
   * The writer of {@code format} with {@code options}.
   *
   * @throws IllegalArgumentException if this kind of result has no such format (the message lists
   *     the ones it has), if the format is binary (it has only an {@link #encoder}), or if {@code
   *     options} do not fit the format (say, a structural level for {@code lines})
   */
  public ReportWriter<T> writer(ReportFormat format, ReportOptions options) {
    checkNotNull(format, "format");
    checkNotNull(options, "options");
    checkAvailable(format);
    checkArgument(
        !format.binary(), "format %s is binary: it has an encoder, not a text writer", format);
    return writers.get(format).apply(options);
  }

  /** The encoder of {@code format} with the default options. */
  public ReportEncoder<T> encoder(ReportFormat format) {
    return encoder(format, ReportOptions.defaults());
  }

  /**
   * The encoder of {@code format} with {@code options}: the bytes of any format, text ones in
   * UTF-8.
   *
   * @throws IllegalArgumentException as {@link #writer(ReportFormat, ReportOptions)}, except that
   *     binary formats are welcome
   */
  public ReportEncoder<T> encoder(ReportFormat format, ReportOptions options) {
    checkNotNull(format, "format");
    checkNotNull(options, "options");
    checkAvailable(format);
    Function<ReportOptions, ReportEncoder<T>> encoder = encoders.get(format);
    return encoder != null
        ? encoder.apply(options)
        : ReportEncoder.utf8(writers.get(format).apply(options));
  }

  private void checkAvailable(ReportFormat format) {
    if (!formats().contains(format)) {
      throw new IllegalArgumentException(
          "format "
              + format.id()
              + " is not available for "
              + name
              + "; expected one of "
              + formats().stream().map(ReportFormat::id).collect(Collectors.joining(", ")));
    }
  }

  @Override
  public String toString() {
    return "ReportType[" + name + "]";
  }
}
