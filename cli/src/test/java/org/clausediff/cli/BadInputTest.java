package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.clausediff.InvalidInputException.Reason;
import org.clausediff.formats.DocumentReader;
import org.clausediff.robustness.BadInputs;
import org.clausediff.robustness.BadInputs.BadInput;
import org.clausediff.robustness.BadInputs.Outcome;
import org.clausediff.robustness.BadInputs.Rejected;
import org.clausediff.robustness.BadInputs.Text;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of {@link BadInputs} through every command that reads files, as a user runs it:
 * either exit status 0 or 1 with a well-formed JSON report whose offsets all lie inside the text
 * (and, per command, a correct one), or exit status 2 with one plain line on stderr that names the
 * file and the problem — never a stack trace, never an out-of-memory error, never a hang. The
 * timeout only guards against hangs.
 */
class BadInputTest {
  @TempDir static Path scratch;

  /** Every command with every input but the heaviest, which {@link ProcessTest} runs. */
  static Stream<Arguments> commandsAndInputs() {
    List<BadInput> inputs =
        BadInputs.all().stream().filter(input -> !BadInputs.isHeaviest(input)).toList();
    return Stream.of(FileCommand.values())
        .flatMap(command -> inputs.stream().map(input -> Arguments.of(command, input)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("commandsAndInputs")
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void givesACorrectReportOrOnePlainLine(FileCommand command, BadInput input) throws IOException {
    Path file = input.file(scratch);
    Path output = scratch.resolve(command + "-" + input.name() + ".json");
    Path good = BadInputs.committed("gb18030.txt");

    CliRun run = CliRun.of(command.args(file, good, output).toArray(new String[0]));

    assertThat(run.out()).isEmpty();
    assertOutcome(command, input, file, good, output, run.status(), run.err());
  }

  /**
   * What the command line makes of {@code input}: what the library's text decoder makes of it
   * ({@link BadInputs}), except where the formats module, which reads every input of the command
   * line, tells the format by the content. A ZIP archive is then refused as a ZIP that is not a
   * Word document, and an HTML page is read as a web page — its script and style left out, its
   * three paragraphs a section and two items — rather than as 391 code points of markup. (The
   * reason of a refusal is not checked here, only its sentence.)
   */
  static Outcome outcome(BadInput input) {
    switch (input.name()) {
      case "archive.zip":
        return new Rejected(
            Reason.BINARY, "is a ZIP archive without word/document.xml, not a Word document");
      case "html-and-script.html":
        return new Text(
            "UTF-8", 52, Map.of(UnitKind.SECTION, 1, UnitKind.ITEM, 2, UnitKind.SUBITEM, 0));
      default:
        return input.outcome();
    }
  }

  /**
   * Checks what {@code command} did with {@code input} (read from {@code file}, with {@code good}
   * where the command needs two files): the exit status, standard error, and the report it wrote to
   * {@code output}, which it deletes with the other files the command wrote.
   */
  static void assertOutcome(
      FileCommand command,
      BadInput input,
      Path file,
      Path good,
      Path output,
      int status,
      String err)
      throws IOException {
    List<Path> written = new ArrayList<>(command.extraOutputs(output));
    written.add(output);
    Outcome outcome = outcome(input);
    if (outcome instanceof Rejected) {
      assertThat(status).as("exit status; stderr: %s", err).isEqualTo(2);
      assertThat(err).isEqualTo(file + ": " + ((Rejected) outcome).problem() + "\n");
      assertThat(written).as("nothing written for a refused input").allMatch(Files::notExists);
      return;
    }
    assertThat(err).isEmpty();
    assertThat(status).isIn(0, 1);
    SourceText source = DocumentReader.defaults().read(file);
    JsonReport report = JsonReport.read(output);
    assertThat(report.lengths())
        .as("document lengths")
        .containsEntry(command.badDocument(), ((Text) outcome).length());
    command.checkReport(
        (Text) outcome,
        new FileCommand.Inputs(source, FileCommand.read(good), output),
        report,
        !BadInputs.isHeaviest(input) && !(input.large() && command.isCollate()));
    for (Path path : written) {
      Files.delete(path);
    }
  }
}
