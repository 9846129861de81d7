package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clausediff.HeapEstimate;
import org.clausediff.robustness.BadInputs;
import org.clausediff.robustness.BadInputs.BadInput;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command as a separate Java process, the way users run it: the same input gives byte-identical
 * output in every JVM, whatever its locale, default charset and time zone; the largest bad inputs
 * fit in a small heap; and trouble ends the process with exit status 2.
 */
class ProcessTest {
  /** Settings that must not change any output. */
  private static final List<String> OTHER_SETTINGS =
      List.of(
          "-Dfile.encoding=ISO-8859-1",
          "-Duser.language=tr",
          "-Duser.country=TR",
          "-Duser.timezone=Pacific/Chatham",
          "-Djava.locale.providers=COMPAT");

  @TempDir static Path scratch;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void givesByteIdenticalJsonInEveryJvm() throws Exception {
    String file = TestData.path(TestData.YUNNAN_2017).toString();

    ProcessRun first = run(List.of(), "segment", file, "--format", "json");
    ProcessRun second = run(OTHER_SETTINGS, "segment", file, "--format", "json");

    assertThat(first.status()).as(first.err()).isEqualTo(0);
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(first.out()).isEqualTo(CliRun.of("segment", file, "--format", "json").out());
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void givesByteIdenticalTextInEveryJvm() throws Exception {
    String file = BadInputs.committed("bidi-marks.txt").toString();

    ProcessRun first = run(List.of(), "segment", file, "--level", "clause");
    ProcessRun second = run(OTHER_SETTINGS, "segment", file, "--level", "clause");

    assertThat(first.status()).as(first.err()).isEqualTo(0);
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(first.out()).isEqualTo(CliRun.of("segment", file, "--level", "clause").out());
  }

  static Stream<Arguments> reports() {
    String qinghai = TestData.path(TestData.QINGHAI_2017).toString();
    String henan = TestData.path(TestData.HENAN_2017).toString();
    String yunnan = TestData.path(TestData.YUNNAN_2017).toString();
    return Stream.of(
        Arguments.of(List.of("compare", qinghai, henan, "--format", "json")),
        Arguments.of(List.of("dups", yunnan, "--format", "json")),
        Arguments.of(List.of("collate", qinghai, henan, yunnan, "--format", "json")));
  }

  /** In a JVM with other settings, and in this one (segment: above). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void givesByteIdenticalCompareDupsAndCollateJsonInEveryJvm(List<String> args) throws Exception {
    String[] command = args.toArray(new String[0]);

    ProcessRun other = run(OTHER_SETTINGS, command);

    assertThat(other.status()).as(other.err()).isIn(0, 1);
    assertThat(other.out()).startsWith("{").isEqualTo(CliRun.of(command).out());
  }

  /**
   * The heaviest inputs through segment (no heap check) and compare (with one), and the million
   * sentences through dups; dups and collate stop on the 50 MiB line as compare does, which {@link
   * #stopsBeforeTheWorkWhenTheEstimateExceedsTheHeap} shows with less reading.
   */
  static Stream<Arguments> commandsAndHeaviestInputs() {
    return Stream.concat(
        Stream.of(FileCommand.SEGMENT, FileCommand.COMPARE)
            .flatMap(c -> BadInputs.heaviest().stream().map(input -> Arguments.of(c, input))),
        Stream.of(Arguments.of(FileCommand.DUPS, million())));
  }

  /**
   * The inputs that need the most memory, each in a JVM limited to 768 MiB of heap: a correct
   * report, checked like every other bad input in {@link BadInputTest} — or, where the command's
   * estimate says the input will not fit ({@link HeapEstimate}), exit status 2 and the one line
   * naming the limit, before the work.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("commandsAndHeaviestInputs")
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void handlesTheHeaviestInputsWithA768MiBHeap(FileCommand command, BadInput input)
      throws Exception {
    Path file = input.file(scratch);
    Path output = scratch.resolve(command + "-" + input.name() + ".json");
    Path good = BadInputs.committed("gb18030.txt");
    long needs = needs(command, file, good);

    ProcessRun run =
        run(List.of("-Xmx768m"), command.args(file, good, output).toArray(new String[0]));

    assertThat(run.out()).isEmpty();
    if (needs > 700L << 20) {
      assertHeapLimit(
          run, command == FileCommand.COMPARE ? good + ", " + file : file.toString(), needs);
    } else {
      BadInputTest.assertOutcome(command, input, file, good, output, run.status(), run.err());
    }
  }

  /**
   * A small heap (128 MiB) and an input just big enough (a million one-character sentences, 6 MB):
   * compare, dups and collate stop before the work with one line that names the files, what they
   * need, the heap, and how to raise it.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = FileCommand.class,
      names = {"COMPARE", "DUPS", "COLLATE"})
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void stopsBeforeTheWorkWhenTheEstimateExceedsTheHeap(FileCommand command) throws Exception {
    Path file = million().file(scratch);
    Path good = BadInputs.committed("gb18030.txt");
    Path output = scratch.resolve("limited-" + command + ".json");
    long needs = needs(command, file, good);

    ProcessRun run =
        run(List.of("-Xmx128m"), command.args(file, good, output).toArray(new String[0]));

    assertThat(run.out()).isEmpty();
    assertHeapLimit(run, command == FileCommand.DUPS ? file.toString() : good + ", " + file, needs);
    assertThat(output).doesNotExist();
  }

  /**
   * The last resort: segment has no estimate, and reading a 50 MiB line into a 96 MiB heap runs out
   * of memory. One line names the file, the heap and how to raise it; no stack trace.
   */
  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void runningOutOfMemoryEndsWithOneLineNamingTheFile() throws Exception {
    Path file = BadInputs.heaviest().get(0).file(scratch);

    ProcessRun run = run(List.of("-Xmx96m"), "segment", file.toString(), "--format", "json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .matches(
            Pattern.quote(file + ": out of memory (the heap is ")
                + "\\d+ MB\\); raise it with JAVA_OPTS=-Xmx1g \\(\\./clausediff\\) or java -Xmx1g"
                + " -jar clausediff\\.jar, or use smaller inputs\n");
  }

  /** The line of a run that the heap check stopped: {@code files} need {@code needs} bytes. */
  private static void assertHeapLimit(ProcessRun run, String files, long needs) {
    assertThat(run.status()).as("exit status; stderr: %s", run.err()).isEqualTo(2);
    assertThat(run.err())
        .matches(
            Pattern.quote(files + ": needs about " + HeapCheck.size(needs) + " of heap for ")
                + "[^\n]*; the heap is \\d+ MB: "
                + Pattern.quote(ErrorMessages.raiseHeap(needs))
                + "\n");
  }

  /**
   * What {@link HeapEstimate} estimates that {@code command} needs for {@code bad} and {@code
   * good}.
   */
  private static long needs(FileCommand command, Path bad, Path good) throws IOException {
    SourceText b = FileCommand.read(bad);
    SourceText g = FileCommand.read(good);
    switch (command) {
      case COMPARE:
        return HeapEstimate.compareNeeds(g, b);
      case DUPS:
        return HeapEstimate.duplicatesNeeds(b);
      case COLLATE:
        return HeapEstimate.collateNeeds(Optional.empty(), List.of(g, b));
      case COLLATE_AGAINST_ORIGINAL:
        return HeapEstimate.collateNeeds(Optional.of(b), List.of(g));
      default:
        return 0;
    }
  }

  private static BadInput million() {
    return BadInputs.heaviest().stream()
        .filter(input -> input.name().equals("million-sentences.txt"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void exitsWithStatusTwoAndOneLine() throws Exception {
    String zip = BadInputs.committed("archive.zip").toString();

    ProcessRun run = run(List.of(), "segment", zip);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(zip + ": is a ZIP archive without word/document.xml, not a Word document\n");
  }

  /** Runs {@code clausediff args…} in a new JVM with the JVM options {@code jvm}. */
  private static ProcessRun run(List<String> jvm, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessRun.java());
    // The launcher's compiler and collector settings: how much heap an input needs depends on the
    // collector
    // (G1's humongous regions made the 768 MiB case pass or fail from run to run).
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:MaxTenuringThreshold=0");
    command.addAll(jvm);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return ProcessRun.of(new ProcessBuilder(command), scratch, Duration.ofMinutes(4));
  }
}
