package org.clausediff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.clausediff.ClauseDiff;
import org.clausediff.collate.CollateOptions;
import org.clausediff.collate.Collation;
import org.clausediff.collate.Progress;
import org.clausediff.corpus.Corpus;
import org.clausediff.corpus.IndexOptions;
import org.clausediff.corpus.IndexProgress;
import org.clausediff.corpus.IndexReport;
import org.clausediff.corpus.ReuseOptions;
import org.clausediff.corpus.ReuseReport;
import org.clausediff.corpus.SimilarHit;
import org.clausediff.corpus.SimilarResult;
import org.clausediff.corpus.report.CorpusJsonWriter;
import org.clausediff.corpus.report.CorpusTextWriter;
import org.clausediff.corpus.report.ReuseCsvWriter;
import org.clausediff.corpus.report.ReuseHtmlWriter;
import org.clausediff.formats.ReadOptions;
import org.clausediff.report.PrintableText;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.report.ReportWriter;
import org.clausediff.text.SourceText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clausediff corpus index|similar|reuse|status}: many documents in an index directory; a
 * thin front end over {@link Corpus}.
 */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Many documents in an index directory (an embedded Lucene index): add files and"
          + " directories, find the documents most like one, find passages shared between"
          + " documents.",
      "Exit status: 0 done, 2 trouble (for index: also when a file could not be read)."
    },
    subcommands = {
      CorpusCommand.Index.class,
      CorpusCommand.Similar.class,
      CorpusCommand.Reuse.class,
      CorpusCommand.Status.class
    },
    usageHelpAutoWidth = true)
final class CorpusCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: index, similar, reuse or status");
  }

  /** Parses {@code --format}, accepting only {@code allowed}. */
  static ReportFormat format(CommandSpec spec, String value, List<ReportFormat> allowed) {
    ReportFormat format = Options.parse(spec, "--format", value, ReportFormat::parse);
    if (!allowed.contains(format)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--format "
              + value
              + " is not available for corpus "
              + spec.name()
              + "; expected one of "
              + String.join(", ", allowed.stream().map(ReportFormat::id).toList()));
    }
    return format;
  }

  /** {@code corpus index INDEX_DIR PATH… [--prune] [--rebuild]}. */
  @Command(
      name = "index",
      mixinStandardHelpOptions = true,
      description = {
        "Add files and directories (recursively: every .txt, .md, .html, .docx, .doc and .pdf"
            + " file) to the index in INDEX_DIR,"
            + " creating it. Unchanged files (same SHA-256) are skipped, changed ones replaced."
            + " The index is committed every few seconds: after a crash or Ctrl-C it is usable,"
            + " and running the same command again completes it. An index made by another version"
            + " of clausediff must be rebuilt: --rebuild.",
        "Exit status: 0 done, 2 trouble (a file that could not be read is named on stderr; the"
            + " others are indexed)."
      },
      usageHelpAutoWidth = true)
  static final class Index implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INDEX_DIR", description = "The index directory.")
    Path index;

    @Parameters(
        index = "1..*",
        arity = "1..*",
        paramLabel = "PATH",
        description = "Files and directories to index.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--prune", description = "Drop documents whose file no longer exists.")
    boolean prune;

    @Option(
        names = "--rebuild",
        description =
            "Drop every document first: the index then holds the files named now, fingerprinted"
                + " by this version (an index made by another version is refused otherwise).")
    boolean rebuild;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "text (default) or json: the summary of what was done.",
        defaultValue = "text")
    String format;

    @Option(
        names = "--input-format",
        paramLabel = "FORMAT",
        description = InputOptions.INPUT_FORMAT_HELP)
    Optional<String> inputFormat = Optional.empty();

    @Option(names = "--select", paramLabel = "CSS", description = InputOptions.SELECT_HELP)
    Optional<String> select = Optional.empty();

    @Mixin DebugOption debug;
    @Mixin OutputOptions output;

    private final Terminal terminal;
    private final StandardStreams streams;

    Index(Terminal terminal, StandardStreams streams) {
      this.terminal = terminal;
      this.streams = streams;
    }

    @Override
    public Integer call() throws Exception {
      ReportFormat reportFormat =
          format(spec, format, List.of(ReportFormat.TEXT, ReportFormat.JSON));
      output.checkUsable(paths, streams);
      ReadOptions readOptions =
          InputOptions.withFormatAndSelector(spec, ReadOptions.defaults(), inputFormat, select);
      PrintWriter err = spec.commandLine().getErr();
      ExecutorService pool =
          Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
      IndexReport report;
      try (Corpus corpus = Corpus.open(index, new CorpusFiles(readOptions))) {
        IndexProgress progress =
            terminal.progress() ? new ProgressBar(err, "corpus index") : IndexProgress.none();
        report =
            corpus.index(
                paths,
                IndexOptions.defaults().withPrune(prune).withRebuild(rebuild),
                pool,
                progress);
      } finally {
        pool.shutdownNow();
        if (terminal.progress()) {
          err.print("\r\u001b[K");
          err.flush();
        }
      }
      for (IndexReport.Failure failure : report.failures()) {
        err.println(PrintableText.name(failure.message()));
      }
      ReportWriter<IndexReport> writer =
          reportFormat == ReportFormat.JSON ? CorpusJsonWriter.index() : CorpusTextWriter.index();
      output.write(writer, report, streams);
      return report.failures().isEmpty() ? ExitStatus.SAME : ExitStatus.TROUBLE;
    }
  }

  /** A one-line progress bar on a terminal's standard error. */
  static final class ProgressBar implements IndexProgress {
    private final PrintWriter err;
    private final String label;
    private long lastShown;

    ProgressBar(PrintWriter err, String label) {
      this.err = err;
      this.label = label;
    }

    @Override
    public void update(int done, int total, String file) {
      long now = System.nanoTime();
      if (done < total && now - lastShown < 100_000_000L) {
        return;
      }
      lastShown = now;
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) width * done / total);
      err.print(
          "\r"
              + label
              + " ["
              + "#".repeat(filled)
              + " ".repeat(width - filled)
              + "] "
              + done
              + "/"
              + total
              + "\u001b[K");
      err.flush();
    }
  }

  /** {@code corpus similar INDEX_DIR DOC [--top K] [--collate]}. */
  @Command(
      name = "similar",
      mixinStandardHelpOptions = true,
      description = {
        "The documents of the index most like DOC, best first, with their similarity to DOC as"
            + " compare measures it (aligned-edit) and the share of DOC's sentences each covers."
            + " With --collate: collate DOC (as the original) with the hits instead.",
        "Exit status: 0 done, 2 trouble."
      },
      usageHelpAutoWidth = true)
  static final class Similar implements Callable<Integer>, ReadsFiles {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INDEX_DIR", description = "The index directory.")
    Path index;

    @Parameters(index = "1", paramLabel = "DOC", description = "The query document.")
    Path document;

    @Option(
        names = "--top",
        paramLabel = "K",
        description = "How many documents (default: 10).",
        defaultValue = "10")
    int top;

    @Option(
        names = "--collate",
        description =
            "Collate DOC as the original with the hits (the clause x version table) and print"
                + " the collation instead of the hits; hits with DOC's very text are left out.")
    boolean collate;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description =
            "text (default) or json; with --collate also md, html or csv (the collate reports).",
        defaultValue = "text")
    String format;

    @Mixin DebugOption debug;
    @Mixin InputOptions input;
    @Mixin OutputOptions output;

    private final StandardStreams streams;

    Similar(StandardStreams streams) {
      this.streams = streams;
    }

    @Override
    public Integer call() throws Exception {
      List<ReportFormat> allowed =
          collate
              ? List.of(
                  ReportFormat.TEXT,
                  ReportFormat.JSON,
                  ReportFormat.MARKDOWN,
                  ReportFormat.HTML,
                  ReportFormat.CSV)
              : List.of(ReportFormat.TEXT, ReportFormat.JSON);
      ReportFormat reportFormat = format(spec, format, allowed);
      if (top < 1 || top > 1000) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--top must be between 1 and 1000 but was " + top);
      }
      input.checkInputs(inputs());
      output.checkUsable(inputs(), streams);
      SourceText text = input.read(document, 0, streams);
      ExecutorService pool =
          Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
      try (Corpus corpus = Corpus.openExisting(index)) {
        SimilarResult result = corpus.similar(text, top, pool);
        if (!collate) {
          ReportWriter<SimilarResult> writer =
              reportFormat == ReportFormat.JSON
                  ? CorpusJsonWriter.similar()
                  : CorpusTextWriter.similar();
          output.write(writer, result, streams);
          return ExitStatus.SAME;
        }
        List<SourceText> versions = new ArrayList<>();
        for (SimilarHit hit : result.hits()) {
          if (hit.sha256().equals(result.sha256())) {
            continue; // DOC itself (or a copy of it): nothing to collate
          }
          Optional<SourceText> stored = corpus.document(hit.path());
          stored.ifPresent(versions::add);
        }
        if (versions.isEmpty()) {
          throw new UserError(document + ": no similar document in " + index + " to collate");
        }
        Collation collation =
            ClauseDiff.create()
                .collate(Optional.of(text), versions, CollateOptions.defaults(), Progress.none());
        output.write(ReportType.COLLATION.writer(reportFormat), collation, streams);
        return ExitStatus.SAME;
      } finally {
        pool.shutdownNow();
      }
    }

    @Override
    public List<Path> inputs() {
      return List.of(document);
    }
  }

  /** {@code corpus reuse INDEX_DIR [--min-docs N] [--min-length N]}. */
  @Command(
      name = "reuse",
      mixinStandardHelpOptions = true,
      description = {
        "Passages shared between the documents of the index, exact and near, clustered:"
            + " each with its occurrences and a label, BOILERPLATE (a formula that unrelated"
            + " documents share) or REUSE (text taken over from another document); then the"
            + " document pairs that share the most.",
        "Offsets in JSON and CSV are code points into the decoded texts.",
        "Exit status: 0 done, 2 trouble."
      },
      usageHelpAutoWidth = true)
  static final class Reuse implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INDEX_DIR", description = "The index directory.")
    Path index;

    @Option(
        names = "--min-docs",
        paramLabel = "N",
        description = "Report passages found in at least N documents (default: 2).",
        defaultValue = "2")
    int minDocs;

    @Option(
        names = "--min-length",
        paramLabel = "N",
        description = "Consider sentences of at least N characters (default: 20).",
        defaultValue = "20")
    int minLength;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "text (default), json, csv or html.",
        defaultValue = "text")
    String format;

    @Mixin DebugOption debug;
    @Mixin OutputOptions output;

    private final StandardStreams streams;

    Reuse(StandardStreams streams) {
      this.streams = streams;
    }

    @Override
    public Integer call() throws Exception {
      ReportFormat reportFormat =
          format(
              spec,
              format,
              List.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.CSV, ReportFormat.HTML));
      ReuseOptions withDocs =
          Options.parse(
              spec,
              "--min-docs",
              String.valueOf(minDocs),
              v -> ReuseOptions.defaults().withMinDocs(minDocs));
      ReuseOptions options =
          Options.parse(
              spec,
              "--min-length",
              String.valueOf(minLength),
              v -> withDocs.withMinLength(minLength));
      output.checkUsable(List.of(), streams);
      ReuseReport report;
      try (Corpus corpus = Corpus.openExisting(index)) {
        report = corpus.reuse(options);
      }
      ReportWriter<ReuseReport> writer;
      switch (reportFormat) {
        case JSON:
          writer = CorpusJsonWriter.reuse();
          break;
        case CSV:
          writer = new ReuseCsvWriter();
          break;
        case HTML:
          writer = new ReuseHtmlWriter();
          break;
        default:
          writer = CorpusTextWriter.reuse();
      }
      output.write(writer, report, streams);
      return ExitStatus.SAME;
    }
  }

  /** {@code corpus status INDEX_DIR}. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = {"What the index in INDEX_DIR holds.", "Exit status: 0 done, 2 trouble."},
      usageHelpAutoWidth = true)
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INDEX_DIR", description = "The index directory.")
    Path index;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "text (default) or json.",
        defaultValue = "text")
    String format;

    @Mixin DebugOption debug;
    @Mixin OutputOptions output;

    private final StandardStreams streams;

    Status(StandardStreams streams) {
      this.streams = streams;
    }

    @Override
    public Integer call() throws Exception {
      ReportFormat reportFormat =
          format(spec, format, List.of(ReportFormat.TEXT, ReportFormat.JSON));
      output.checkUsable(List.of(), streams);
      try (Corpus corpus = Corpus.openExisting(index)) {
        output.write(
            reportFormat == ReportFormat.JSON
                ? CorpusJsonWriter.status()
                : CorpusTextWriter.status(),
            corpus.status(),
            streams);
      }
      return ExitStatus.SAME;
    }
  }
}
