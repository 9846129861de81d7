package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.robustness.BadInputs.Text;
import org.clausediff.robustness.Invariants;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;

/**
 * A command that reads files, run on a bad file (with a good one where it needs two): the
 * arguments, the report's name for the bad document ({@link #badDocument}), and what a correct
 * report of a text input must contain beyond the checks every report gets. Compare, dups and
 * collate check that the report is exactly the one the library gives for the same files, and that
 * the library's result keeps the invariants of {@link Invariants}; on the heaviest inputs, which
 * {@link ProcessTest} runs in a small heap, those two checks are left out ({@code full} is false) —
 * recomputing them in the test's JVM would cost more than the rest of the suite.
 */
enum FileCommand {
  SEGMENT {
    @Override
    List<String> args(Path bad, Path good, Path output) {
      return List.of("segment", bad.toString(), "--format", "json", "-o", output.toString());
    }

    @Override
    void checkReport(Text expected, Inputs inputs, JsonReport report, boolean full) {
      assertThat(report.counts())
          .as("units of %s", inputs.bad().name())
          .containsAllEntriesOf(expected.units());
      JsonReport.assertTiles(inputs.bad(), report.spans().getOrDefault(UnitKind.CLAUSE, List.of()));
    }
  },

  COMPARE {
    @Override
    List<String> args(Path bad, Path good, Path output) {
      return List.of(
          "compare", good.toString(), bad.toString(), "--format", "json", "-o", output.toString());
    }

    @Override
    String badDocument() {
      return "right";
    }

    @Override
    void checkReport(Text expected, Inputs inputs, JsonReport report, boolean full) {
      if (full) {
        Comparison comparison = ClauseDiff.create().compare(inputs.good(), inputs.bad());
        Invariants.checkComparison(comparison);
        assertThat(inputs.report())
            .isEqualTo(ReportType.COMPARISON.writer(ReportFormat.JSON).render(comparison));
      }
    }
  },

  DUPS {
    @Override
    List<String> args(Path bad, Path good, Path output) {
      return List.of(
          "dups",
          bad.toString(),
          "--format",
          "json",
          "-o",
          output.toString(),
          "--clean",
          cleaned(output).toString());
    }

    @Override
    void checkReport(Text expected, Inputs inputs, JsonReport report, boolean full) {
      SourceText cleaned = read(cleaned(inputs.output()));
      if (full) {
        DuplicateReport duplicates = ClauseDiff.create().duplicates(inputs.bad());
        Invariants.checkDuplicates(duplicates);
        assertThat(inputs.report())
            .isEqualTo(ReportType.DUPLICATES.writer(ReportFormat.JSON).render(duplicates));
        assertThat(cleaned.text()).as("cleaned text").isEqualTo(duplicates.cleanedText());
      }
    }
  },

  COLLATE {
    @Override
    List<String> args(Path bad, Path good, Path output) {
      return List.of(
          "collate", good.toString(), bad.toString(), "--format", "json", "-o", output.toString());
    }

    @Override
    String badDocument() {
      return "versions/1";
    }

    @Override
    void checkReport(Text expected, Inputs inputs, JsonReport report, boolean full) {
      if (full) {
        assertThat(inputs.report())
            .isEqualTo(
                ReportType.COLLATION
                    .writer(ReportFormat.JSON)
                    .render(
                        ClauseDiff.create()
                            .collate(Optional.empty(), List.of(inputs.good(), inputs.bad()))));
      }
    }
  },

  COLLATE_AGAINST_ORIGINAL {
    @Override
    List<String> args(Path bad, Path good, Path output) {
      return List.of(
          "collate",
          "--original",
          bad.toString(),
          good.toString(),
          "--format",
          "json",
          "-o",
          output.toString());
    }

    @Override
    String badDocument() {
      return "original";
    }

    @Override
    void checkReport(Text expected, Inputs inputs, JsonReport report, boolean full) {
      if (full) {
        assertThat(inputs.report())
            .isEqualTo(
                ReportType.COLLATION
                    .writer(ReportFormat.JSON)
                    .render(
                        ClauseDiff.create()
                            .collate(Optional.of(inputs.bad()), List.of(inputs.good()))));
      }
    }
  };

  /** The files a command ran on, decoded, and the report it wrote. */
  record Inputs(SourceText bad, SourceText good, Path output) {
    /** The report as written. */
    String report() {
      try {
        return Files.readString(output, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The report's name for the document that the bad file gives: {@code document}. */
  String badDocument() {
    return "document";
  }

  /** Whether this is one of the collate commands. */
  boolean isCollate() {
    return this == COLLATE || this == COLLATE_AGAINST_ORIGINAL;
  }

  /** The other files a run on {@code output} writes besides the report. */
  List<Path> extraOutputs(Path output) {
    return this == DUPS ? List.of(cleaned(output)) : List.of();
  }

  abstract List<String> args(Path bad, Path good, Path output);

  /**
   * Checks the report of a text input beyond lengths and offsets; the cross-checks against the
   * library only when {@code full}.
   */
  abstract void checkReport(Text expected, Inputs inputs, JsonReport report, boolean full);

  /** Where dups writes the cleaned text of a run that writes its report to {@code output}. */
  static Path cleaned(Path output) {
    return output.resolveSibling(output.getFileName() + ".cleaned");
  }

  static SourceText read(Path path) {
    try {
      return TextDecoder.defaults().read(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
