package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command-line conventions users bring from diff and git: {@code -} for standard input and
 * output, {@code --label}, {@code -q}, {@code --stat}, {@code NO_COLOR}, {@code clausediff help
 * COMMAND}, a "did you mean" for a misspelt command or option, usage errors in one format, sizes
 * spelt K, KB or KiB — and names shown escaped in messages.
 */
class ConventionsTest {
  private static final String QINGHAI = TestData.path(TestData.QINGHAI_2017).toString();
  private static final String HENAN = TestData.path(TestData.HENAN_2017).toString();
  private static final String YUNNAN = TestData.path(TestData.YUNNAN_2017).toString();

  private static byte[] bytes(String file) throws Exception {
    return Files.readAllBytes(Path.of(file));
  }

  @Test
  void aDashReadsStandardInputAndIsNamedAsDiffNamesIt() throws Exception {
    CliRun fromFile = CliRun.of("compare", QINGHAI, HENAN);
    CliRun fromInput = CliRun.withInput(bytes(QINGHAI), "compare", "-", HENAN);

    assertThat(fromInput.status()).as(fromInput.err()).isEqualTo(1);
    assertThat(fromInput.out()).startsWith("- → " + HENAN + "\n");
    assertThat(fromInput.out().substring(fromInput.out().indexOf('\n')))
        .isEqualTo(fromFile.out().substring(fromFile.out().indexOf('\n')));
  }

  @Test
  void standardInputMayBeNamedOnlyOnce() {
    CliRun run = CliRun.withInput(new byte[0], "compare", "-", "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "clausediff: standard input (-) may be named only once\n"
                + "Try 'clausediff compare --help' for more information.\n");
  }

  @Test
  void troubleWithStandardInputNamesIt() {
    CliRun run = CliRun.withInput(new byte[] {'P', 'K', 3, 4, 0}, "segment", "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("standard input: binary file (NUL byte at offset 4), not text\n");
  }

  @Test
  void dashAsOutputIsStandardOutput(@TempDir Path dir) throws Exception {
    CliRun toDash = CliRun.of("segment", YUNNAN, "-o", "-");

    assertThat(toDash.status()).isEqualTo(0);
    assertThat(toDash.out()).isEqualTo(CliRun.of("segment", YUNNAN).out());
    assertThat(dir.resolve("-")).doesNotExist();
  }

  @Test
  void cleanToDashWritesTheCleanedTextToStandardOutput(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.json");
    Path file = dir.resolve("clean.txt");
    CliRun toFile = CliRun.of("dups", YUNNAN, "--clean", file.toString(), "--format", "json");

    CliRun toDash =
        CliRun.of("dups", YUNNAN, "--clean", "-", "-o", report.toString(), "--format", "json");
    CliRun both = CliRun.of("dups", YUNNAN, "--clean", "-");

    assertThat(toDash.status()).isEqualTo(1);
    assertThat(toDash.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(file));
    assertThat(Files.readString(report)).isEqualTo(toFile.out());
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.errLines()[0])
        .isEqualTo(
            "clausediff: --clean - and the report would both go to standard output; write the"
                + " report to a file with -o");
  }

  @Test
  void labelsNameTheInputsInTheReport() {
    CliRun run =
        CliRun.of("compare", QINGHAI, HENAN, "--label", "青海 2017", "--label", "河南\u001b]0;x\u0007");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith("青海 2017 → 河南⟨U+001B⟩]0;x⟨U+0007⟩\n");
  }

  @Test
  void labelsOfCollateNameTheOriginalFirst() {
    CliRun run =
        CliRun.of("collate", "--original", QINGHAI, HENAN, YUNNAN, "--label", "O", "--label", "H");

    assertThat(run.status()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).startsWith("original: O\nA  H\nB  " + YUNNAN + "\n");
  }

  @Test
  void moreLabelsThanInputsIsAUsageError() {
    CliRun run = CliRun.of("segment", QINGHAI, "--label", "a", "--label", "b");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "clausediff: --label given 2 times, but there is 1 input\n"
                + "Try 'clausediff segment --help' for more information.\n");
  }

  @Test
  void briefSaysOnlyWhetherTheDocumentsDiffer() {
    CliRun different = CliRun.of("compare", "-q", QINGHAI, HENAN);
    CliRun same = CliRun.of("compare", "--brief", QINGHAI, QINGHAI);
    CliRun labelled = CliRun.of("compare", "-q", QINGHAI, HENAN, "--label", "a", "--label", "b");

    assertThat(different.status()).isEqualTo(1);
    assertThat(different.out()).isEqualTo("Files " + QINGHAI + " and " + HENAN + " differ\n");
    assertThat(same.status()).isEqualTo(0);
    assertThat(same.out()).isEmpty();
    assertThat(labelled.out()).isEqualTo("Files a and b differ\n");
  }

  @Test
  void briefSaysOnlyWhetherThereIsDuplication() {
    CliRun found = CliRun.of("dups", "-q", YUNNAN);
    CliRun none = CliRun.of("dups", "-q", QINGHAI);

    assertThat(found.status()).isEqualTo(1);
    assertThat(found.out()).isEqualTo("File " + YUNNAN + " has duplicated passages\n");
    assertThat(none.status()).isEqualTo(0);
    assertThat(none.out()).isEmpty();
  }

  @Test
  void briefPrintsNoReportSoItTakesNoReportOptions() {
    CliRun run = CliRun.of("compare", "-q", "--format", "json", QINGHAI, HENAN);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "clausediff: -q prints one line, not a report: it cannot be combined with --format,"
                + " --stat or -o\n"
                + "Try 'clausediff compare --help' for more information.\n");
  }

  @Test
  void statShowsTheSimilarityAndTheCountsOnly() {
    CliRun full = CliRun.of("compare", QINGHAI, HENAN);
    CliRun stat = CliRun.of("compare", "--stat", QINGHAI, HENAN);
    CliRun dups = CliRun.of("dups", "--stat", YUNNAN);

    assertThat(stat.status()).isEqualTo(1);
    assertThat(stat.out().split("\n", -1)).hasSize(5);
    assertThat(full.out()).startsWith(stat.out() + "\nStructure (right ← left):\n");
    assertThat(stat.out())
        .contains("similarity 0.")
        .contains("sentences: ")
        .contains("structure: ");
    assertThat(dups.status()).isEqualTo(1);
    assertThat(dups.out().split("\n", -1)).hasSize(5);
    assertThat(dups.out())
        .contains("duplicated: ")
        .contains("groups: ")
        .endsWith("near repeats at similarity 0.70 of 3-shingles\n");
    assertThat(CliRun.of("dups", YUNNAN).out()).startsWith(dups.out() + "\n");
  }

  @Test
  void statIsASummaryOfTheTextReportOnly() {
    CliRun run = CliRun.of("compare", "--stat", "--format", "json", QINGHAI, HENAN);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0])
        .isEqualTo(
            "clausediff: --stat shows the summary of the text report; it cannot be combined with"
                + " --format json");
  }

  @Test
  void noColorTurnsColourOffUnlessItIsAskedFor() {
    Terminal terminal = new Terminal(true);

    CliRun coloured = CliRun.on(terminal, "compare", QINGHAI, HENAN);
    CliRun plain = CliRun.on(terminal.withNoColor(true), "compare", QINGHAI, HENAN);
    CliRun forced =
        CliRun.on(terminal.withNoColor(true), "compare", "--color", "always", QINGHAI, HENAN);

    assertThat(coloured.out()).contains("\u001b[31m");
    assertThat(plain.out()).doesNotContain("\u001b").contains("[-").contains("{+");
    assertThat(forced.out()).contains("\u001b[31m");
  }

  @Test
  void helpCommandShowsTheHelpOfACommand() {
    CliRun help = CliRun.of("help", "compare");
    CliRun option = CliRun.of("compare", "--help");
    CliRun top = CliRun.of("help");

    assertThat(help.status()).isEqualTo(0);
    assertThat(help.out()).isEqualTo(option.out()).startsWith("Usage: clausediff compare ");
    assertThat(top.out()).isEqualTo(CliRun.of("--help").out()).contains("help");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "compre | clausediff: 'compre' is not a clausediff command; did you mean 'compare'? |"
            + " clausediff",
        "segmnet | clausediff: 'segmnet' is not a clausediff command; did you mean 'segment'? |"
            + " clausediff",
        "colate | clausediff: 'colate' is not a clausediff command; did you mean 'collate'? |"
            + " clausediff",
        "xyzzy | clausediff: 'xyzzy' is not a clausediff command; the commands are segment,"
            + " compare, dups, collate, corpus, help | clausediff",
      })
  void aMisspeltCommandGetsADidYouMean(String typed, String line, String command) {
    CliRun run = CliRun.of(typed, "a.txt");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(line + "\nTry '" + command + " --help' for more information.\n");
  }

  @Test
  void aMisspeltHelpTopicGetsADidYouMean() {
    CliRun run = CliRun.of("help", "dup");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()[0])
        .isEqualTo("clausediff: 'dup' is not a clausediff command; did you mean 'dups'?");
  }

  @Test
  void aMisspeltOptionGetsADidYouMean() {
    CliRun run = CliRun.of("compare", "--formt", "json", QINGHAI, HENAN);
    CliRun colour = CliRun.of("compare", "--colour=never", QINGHAI, HENAN);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "clausediff: unknown option '--formt'; did you mean '--format'?\n"
                + "Try 'clausediff compare --help' for more information.\n");
    assertThat(colour.errLines()[0])
        .isEqualTo("clausediff: unknown option '--colour'; did you mean '--color'?");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1K", "1KB", "1KiB", "1kib", "1 KiB"})
  void sizesMayBeSpeltKKbOrKib(String size) throws Exception {
    CliRun run = CliRun.of("segment", QINGHAI, "--max-input-size", size);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            QINGHAI
                + ": "
                + Files.size(Path.of(QINGHAI))
                + " bytes exceed the input limit of 1024 bytes (raise it with --max-input-size)\n");
  }

  @Test
  void aLimitAboveWhatCanBeHeldIsRefusedSayingSo() {
    CliRun run = CliRun.of("segment", QINGHAI, "--max-input-size", "3G");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "clausediff: --max-input-size: 3G is more than clausediff can hold: at most 2047M (a"
                + " whole input is held in one Java array, and Java's arrays stop just short of 2"
                + " GiB)\n"
                + "Try 'clausediff segment --help' for more information.\n");
    assertThat(CliRun.of("segment", QINGHAI, "--max-input-size", "2047M").status()).isEqualTo(0);
  }

  @Test
  void theHelpDefinesTheSizeSuffixes() {
    assertThat(CliRun.of("segment", "--help").out().replaceAll("\\s+", " "))
        .contains("K, M or G (also written KB, KiB, MB, MiB, GB, GiB: all powers of 1024)");
  }

  @Test
  void aBadSizeIsAUsageError() {
    CliRun run = CliRun.of("segment", QINGHAI, "--max-input-size", "lots");

    assertThat(run.err())
        .isEqualTo(
            "clausediff: --max-input-size: expected a positive size such as 300, 64K, 256M or"
                + " 1G, not 'lots'\n"
                + "Try 'clausediff segment --help' for more information.\n");
  }

  @Test
  void fileNamesInMessagesAreShownEscaped(@TempDir Path dir) {
    Path missing = dir.resolve("bad\u001b]0;pwned\u0007\u202E.txt");

    CliRun run = CliRun.of("segment", missing.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(dir + "/bad⟨U+001B⟩]0;pwned⟨U+0007⟩⟨U+202E⟩.txt: no such file\n");
  }
}
