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
 * input must contain beyond the checks every report gets. (Tried for dups, with the arguments
 * {@code dups BAD --format json -o OUTPUT}: it passes every input of {@link BadInputTest}, but on
 * the 50 MiB line it needs a 4 GB heap, so {@link ProcessTest} fails at 768 MiB.)
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

  abstract List<String> args(Path bad, Path good, Path output);

  abstract void checkReport(Text expected, SourceText source, JsonReport report);
}
