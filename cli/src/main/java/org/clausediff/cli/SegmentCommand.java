package org.clausediff.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausediff.report.PrintableText;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportOptions;
import org.clausediff.report.ReportType;
import org.clausediff.report.ReportWriter;
import org.clausediff.segment.Segmentation;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clausediff segment FILE}: the structure of one document. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description = {
      "Show the structure of a document: sections, items, sub-items, paragraphs, sentences and"
          + " clauses, with their positions.",
      "Offsets in JSON are code points into the decoded text (for a Word, PDF, HTML or Markdown"
          + " input, the extracted text that --extract prints)."
    },
    usageHelpAutoWidth = true)
final class SegmentCommand implements Callable<Integer>, ReadsFiles {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The document to segment (- is standard input).")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (an outline, default), json, or lines (one unit of --level per line, default"
              + " sentence, an empty line between paragraphs: what compare --format unified diffs"
              + " and patches).",
      defaultValue = "text")
  String format;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description =
          "The deepest level shown: section, item, subitem, paragraph, sentence or clause"
              + " (default: sentence for text, clause for json).")
  String level;

  @Option(
      names = "--extract",
      description =
          "With --format text: print the text that was read instead of its structure — for a"
              + " Word, PDF, HTML or Markdown input the extracted text that every command compares"
              + " (offsets in JSON reports count its code points), in UTF-8; what its reader left"
              + " out (a PDF's running headers, a Word file's tracked deletions) as note: lines on"
              + " standard error.")
  boolean extract;

  @Mixin DebugOption debug;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  private final Workers workers;
  private final StandardStreams streams;

  SegmentCommand(Workers workers, StandardStreams streams) {
    this.workers = workers;
    this.streams = streams;
  }

  @Override
  public Integer call() {
    ReportFormat reportFormat = Options.format(spec, format, ReportType.SEGMENTATION);
    UnitKind deepest =
        level == null
            ? (reportFormat == ReportFormat.JSON ? UnitKind.CLAUSE : UnitKind.SENTENCE)
            : Options.parse(spec, "--level", level, UnitKind::parse);
    if (reportFormat == ReportFormat.LINES && deepest.isStructural()) {
      throw new ParameterException(
          spec.commandLine(),
          "--level "
              + level
              + " is not available with --format lines; expected one of"
              + " sentence, clause, paragraph");
    }
    if (extract && reportFormat != ReportFormat.TEXT) {
      throw new ParameterException(
          spec.commandLine(),
          "--extract prints the text that was read and needs --format text, not --format "
              + format);
    }
    input.checkInputs(inputs());
    output.checkUsable(inputs(), streams);
    SourceText text = input.read(file, 0, streams);
    if (extract) {
      try (Output out = output.open(streams)) {
        out.write(text.text().getBytes(StandardCharsets.UTF_8));
        out.commit();
      }
      // On standard error, so that standard output stays exactly the text every command compares.
      for (String note : text.notes()) {
        spec.commandLine().getErr().println("note: " + PrintableText.line(note));
      }
      return ExitStatus.SAME;
    }
    Segmentation segmentation = workers.clauseDiff().segment(text);
    ReportWriter<Segmentation> writer =
        ReportType.SEGMENTATION.writer(reportFormat, ReportOptions.defaults().withLevel(deepest));
    output.write(writer, segmentation, streams);
    return ExitStatus.SAME;
  }

  @Override
  public List<Path> inputs() {
    return List.of(file);
  }
}
