package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad Word and PDF corpus ({@code testdata/formats/bad}, see its README) through
 * every command that reads files, as a user runs it: a refused file ends in exit status 2, one
 * plain sentence on stderr that names the file, and no file written (neither {@code -o} nor {@code
 * --clean}); a file the formats module reads (a web page named .docx, a huge image, macros) gives a
 * report and nothing on stderr. A file of the corpus without a case here fails the test.
 */
class BadFormatInputTest {
  private static final Path BAD = TestData.path("formats/bad");
  private static final Path GOOD = TestData.path("formats/law-articles.md");

  /** The sentence after {@code FILE: } for each refused file; empty for a file that is read. */
  private static final Map<String, Optional<String>> OUTCOMES = outcomes();

  @TempDir Path dir;

  private static Map<String, Optional<String>> outcomes() {
    Map<String, Optional<String>> outcomes = new TreeMap<>();
    String encrypted =
        "is encrypted with a password: save it without the password and read it again";
    outcomes.put("encrypted.pdf", Optional.of(encrypted));
    outcomes.put("encrypted.docx", Optional.of(encrypted));
    outcomes.put(
        "scanned-12-pages.pdf", Optional.of("no text layer on any of its 12 pages: run OCR first"));
    outcomes.put("truncated.pdf", Optional.of("is a truncated PDF (it does not end with %%EOF)"));
    outcomes.put(
        "truncated.docx",
        Optional.of("is a damaged or truncated ZIP archive (Archive is not a ZIP archive)"));
    outcomes.put(
        "corrupt-entry.docx",
        Optional.of("is a damaged Word document (ParseError at [row,col]:[2,7704])"));
    outcomes.put(
        "zip-bomb.docx",
        Optional.of(
            "its ZIP entry word/media/bomb.bin expands to 1073741824 bytes, over the input limit"
                + " of 268435456 bytes (raise it with --max-input-size)"));
    outcomes.put(
        "opendocument-renamed.docx",
        Optional.of("is a ZIP archive without word/document.xml, not a Word document"));
    outcomes.put("html-renamed.docx", Optional.empty());
    outcomes.put("huge-image.docx", Optional.empty());
    outcomes.put("macros.docm", Optional.empty());
    return outcomes;
  }

  static Stream<Arguments> commandsAndFiles() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String file : files()) {
      for (String command : List.of("segment", "compare", "dups", "collate")) {
        cases.add(Arguments.of(command, file));
      }
    }
    return cases.stream();
  }

  /** The files of the bad-input corpus, by name. */
  static List<String> files() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(name -> !name.equals("README.md"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyFileOfTheCorpusHasACase() throws IOException {
    assertThat(files()).containsExactlyInAnyOrderElementsOf(OUTCOMES.keySet());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("commandsAndFiles")
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void refusesInOnePlainSentenceOrReads(String command, String file) {
    Path bad = BAD.resolve(file);
    Path report = dir.resolve("report.json");
    Path cleaned = dir.resolve("cleaned.txt");
    List<String> args = new ArrayList<>(List.of(command));
    switch (command) {
      case "compare":
      case "collate":
        args.addAll(List.of(GOOD.toString(), bad.toString()));
        break;
      case "dups":
        args.addAll(List.of(bad.toString(), "--clean", cleaned.toString()));
        break;
      default:
        args.add(bad.toString());
    }
    args.addAll(List.of("--format", "json", "-o", report.toString()));

    CliRun run = CliRun.of(args.toArray(new String[0]));

    assertThat(run.out()).isEmpty();
    Optional<String> problem = OUTCOMES.get(file);
    if (problem.isPresent()) {
      assertThat(run.status()).as("exit status; stderr: %s", run.err()).isEqualTo(2);
      assertThat(run.err()).isEqualTo(bad + ": " + problem.get() + "\n");
      assertThat(report).doesNotExist();
      assertThat(cleaned).doesNotExist();
    } else {
      assertThat(run.err()).isEmpty();
      assertThat(run.status()).isIn(0, 1);
      assertThat(report).isNotEmptyFile();
    }
  }

  @Test
  void aZipBombUnderAHigherInputLimitIsRefusedForItsExpansion() {
    Path bomb = BAD.resolve("zip-bomb.docx");

    CliRun run = CliRun.of("segment", bomb.toString(), "--max-input-size", "2047M");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            bomb
                + ": its ZIP entry word/media/bomb.bin expands 1028 times (a ZIP bomb?), more than"
                + " the limit of 100\n");
  }

  @Test
  void aRefusedDocumentOnStandardInputIsNamedSo() throws IOException {
    CliRun run =
        CliRun.withInput(Files.readAllBytes(BAD.resolve("scanned-12-pages.pdf")), "dups", "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("standard input: no text layer on any of its 12 pages: run OCR first\n");
  }

  @Test
  void aWebPageNamedDocxIsReadAsTheWebPage() {
    CliRun renamed = CliRun.of("segment", BAD.resolve("html-renamed.docx").toString(), "--extract");
    CliRun page =
        CliRun.of(
            "segment",
            TestData.path("formats/henan-2017-new-growth-drivers.html").toString(),
            "--extract");

    assertThat(renamed.status()).isZero();
    assertThat(renamed.out()).isEqualTo(page.out()).isNotEmpty();
  }
}
