package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * A run that names a subcommand first builds only that one ({@link ClauseDiffCommand.Tree#NAMED});
 * what it prints and its exit status are those of the same run with every subcommand built.
 */
class NamedSubcommandTest {
  private static final String QINGHAI = TestData.path(TestData.QINGHAI_2017).toString();
  private static final String HENAN = TestData.path(TestData.HENAN_2017).toString();
  private static final List<String> COMMANDS =
      List.of("segment", "compare", "dups", "collate", "corpus");

  @Test
  void everyCommandPrintsTheSameHelpVersionAndUsageErrors() {
    List<List<String>> runs = new ArrayList<>();
    for (String command : COMMANDS) {
      runs.add(List.of(command, "--help"));
      runs.add(List.of(command, "-h"));
      runs.add(List.of(command));
      runs.add(List.of(command, "--no-such-option", QINGHAI));
      runs.add(List.of(command, "--fromat", "json", QINGHAI, HENAN));
      runs.add(List.of(command, "--format", "nope", QINGHAI, HENAN));
      runs.add(List.of(command, QINGHAI, HENAN, QINGHAI, HENAN, "extra"));
      runs.add(List.of(command, "missing-file.txt", "missing-other.txt"));
    }
    runs.add(List.of("corpus", "nope"));
    runs.add(List.of("corpus", "index", "--help"));
    runs.add(List.of("corpus", "similar"));

    for (List<String> run : runs) {
      String[] args = run.toArray(new String[0]);
      CliRun named = CliRun.of(args);

      assertThat(named).as(String.join(" ", run)).isEqualTo(CliRun.withEveryCommand(args));
      assertThat(named.out() + named.err()).as(String.join(" ", run)).isNotBlank();
    }
  }

  @Test
  void everyCommandReportsTheSame() {
    List<List<String>> runs =
        List.of(
            List.of("segment", QINGHAI),
            List.of("compare", "--format", "json", QINGHAI, HENAN),
            List.of("dups", QINGHAI),
            List.of("collate", QINGHAI, HENAN));

    for (List<String> run : runs) {
      String[] args = run.toArray(new String[0]);
      CliRun named = CliRun.of(args);

      assertThat(named).as(String.join(" ", run)).isEqualTo(CliRun.withEveryCommand(args));
      assertThat(named.status()).as(String.join(" ", run)).isLessThan(ExitStatus.TROUBLE);
      assertThat(named.out()).as(String.join(" ", run)).isNotBlank();
    }
  }

  @Test
  void runsThatNameNoCommandListEveryCommand() {
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"--help"},
            new String[] {"help"},
            new String[] {"help", "nonsense"},
            new String[] {"nonsense", QINGHAI})) {
      CliRun run = CliRun.of(args);

      assertThat(run).isEqualTo(CliRun.withEveryCommand(args));
      assertThat(run.out() + run.err())
          .contains("segment")
          .contains("compare")
          .contains("dups")
          .contains("collate")
          .contains("corpus");
    }
  }

  @Test
  void aMisspelledCommandIsSuggestedFromEveryCommand() {
    CliRun run = CliRun.of("dupz", QINGHAI);

    assertThat(run).isEqualTo(CliRun.withEveryCommand("dupz", QINGHAI));
    assertThat(run.err()).contains("did you mean 'dups'?");
  }
}
