package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.clausediff.robustness.BadInputs.Text;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;

/**
 * A command that reads a file. Compare and dups join by adding a constant: the arguments that run
 * them on the bad file (with a good file where they need two), and what a correct report of a text
 * input must contain beyond the checks every report gets; compare also names its document {@code
 * right} ({@link #badDocument}). Tried with {@code compare GOOD BAD --format json -o OUTPUT} and
 * {@code dups BAD --format json -o OUTPUT}: both pass every input of {@link BadInputTest}, but on
 * the 50 MiB line compare needs a heap of 2 GB and dups one of 4 GB, so {@link ProcessTest} fails
 * at 768 MiB.
 */
enum FileCommand {
  SEGMENT {
    @Override
    List<String> args(Path bad, Path good, Path output) {
      return List.of("segment", bad.toString(), "--format", "json", "-o", output.toString());
    }

    @Override
    void checkReport(Text expected, SourceText source, JsonReport report) {
      assertThat(report.counts())
          .as("units of %s", source.name())
          .containsAllEntriesOf(expected.units());
      JsonReport.assertTiles(source, report.spans().getOrDefault(UnitKind.CLAUSE, List.of()));
    }
  };

  /** The report's name for the document that the bad file gives: {@code document}. */
  String badDocument() {
    return "document";
  }

  abstract List<String> args(Path bad, Path good, Path output);

  abstract void checkReport(Text expected, SourceText source, JsonReport report);
}
