package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausediff.testing.ReportChecks;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {
  private static final String QINGHAI = TestData.path(TestData.QINGHAI_2017).toString();
  private static final String HENAN = TestData.path(TestData.HENAN_2017).toString();
  private static final String COUNTY = TestData.path(TestData.QINGHAI_2018_COUNTY).toString();
  private static final String MASS = TestData.path(TestData.QINGHAI_2018_MASS).toString();

  @TempDir Path dir;

  private String index() {
    return dir.resolve("index").toString();
  }

  private void indexSeeds() {
    CliRun run = CliRun.of("corpus", "index", index(), QINGHAI, HENAN, COUNTY, MASS);
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("4 added, 0 replaced, 0 unchanged, 0 pruned, 0 failed\n");
  }

  @Test
  void indexesThenSkipsUnchangedFilesAndReportsStatus() throws Exception {
    indexSeeds();
    CliRun again = CliRun.of("corpus", "index", index(), QINGHAI, "--format", "json");
    assertThat(again.status()).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(again.out());
    assertThat(json.get("unchanged").asInt()).isEqualTo(1);
    assertThat(json.get("added").asInt()).isZero();

    CliRun status = CliRun.of("corpus", "status", index());
    assertThat(status.status()).isEqualTo(0);
    assertThat(status.out()).startsWith(dir.resolve("index").toAbsolutePath() + ": 4 documents, ");
    JsonNode statusJson =
        new ObjectMapper()
            .readTree(CliRun.of("corpus", "status", index(), "--format", "json").out());
    assertThat(statusJson.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(statusJson.get("documents").asInt()).isEqualTo(4);
    assertThat(statusJson.get("codePoints").asLong()).isEqualTo(13951 + 11420 + 5338 + 6796);
  }

  @Test
  void similarListsTheHitsBestFirstInTextAndJson() throws Exception {
    indexSeeds();
    CliRun text = CliRun.of("corpus", "similar", index(), QINGHAI, "--top", "2");
    assertThat(text.status()).isEqualTo(0);
    assertThat(text.out().split("\n", -1))
        .containsSubsequence(
            "similarity (aligned-edit)  coverage  document",
            "1.0000                       100.0%  " + Path.of(QINGHAI).toAbsolutePath().normalize(),
            "0.1484                        26.5%  " + Path.of(HENAN).toAbsolutePath().normalize());

    CliRun json = CliRun.of("corpus", "similar", index(), QINGHAI, "--format", "json");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("query").get("length").asInt()).isEqualTo(13951);
    JsonNode hits = root.get("hits");
    assertThat(hits).hasSize(4);
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i).get("similarity").asDouble())
          .isLessThanOrEqualTo(hits.get(i - 1).get("similarity").asDouble());
    }
    assertThat(hits.get(0).get("sha256").asText())
        .isEqualTo(TestData.text(TestData.QINGHAI_2017).sha256());
    assertThat(hits.get(0).get("coverage").asDouble()).isEqualTo(1.0);
  }

  @Test
  void similarWithCollateMakesTheClauseByVersionTable() {
    indexSeeds();
    CliRun run =
        CliRun.of(
            "corpus", "similar", index(), QINGHAI, "--top", "3", "--collate", "--format", "csv");
    assertThat(run.status()).isEqualTo(0);
    assertThat(ReportChecks.assertCsv(run.out(), 16)).hasSizeGreaterThan(100);
    CliRun text = CliRun.of("corpus", "similar", index(), QINGHAI, "--top", "3", "--collate");
    assertThat(text.status()).isEqualTo(0);
    assertThat(text.out())
        .startsWith("original: " + QINGHAI + "\nA  " + Path.of(HENAN).toAbsolutePath().normalize());
    assertThat(text.out()).doesNotContain("A  " + Path.of(QINGHAI).toAbsolutePath().normalize());
  }

  @Test
  void aVersionReadBackFromTheIndexKeepsTheNotesOfItsReader() {
    String pdf = TestData.path("formats/henan-2017-new-growth-drivers.pdf").toString();
    CliRun index = CliRun.of("corpus", "index", index(), pdf, COUNTY);
    assertThat(index.status()).as(index.err()).isEqualTo(0);

    CliRun text = CliRun.of("corpus", "similar", index(), QINGHAI, "--top", "1", "--collate");

    assertThat(text.status()).as(text.err()).isEqualTo(0);
    assertThat(text.out())
        .startsWith("original: " + QINGHAI + "\nA  " + Path.of(pdf).toAbsolutePath().normalize())
        .contains(
            "\nnote: A: running header or footer left out:"
                + " \"河南省人民政府关于创新管理优化服务培育壮大经济发展新动能的实施意见\" on 8 of 8 pages\n");
  }

  @Test
  void reuseWritesEveryFormat(@TempDir Path out) throws Exception {
    indexSeeds();
    CliRun text = CliRun.of("corpus", "reuse", index());
    assertThat(text.status()).isEqualTo(0);
    assertThat(text.out())
        .startsWith("4 documents, ")
        .contains("BOILERPLATE exact, 3 documents, 23 code points: 各市、自治州人民政府，省政府各委、办、厅、局：");

    JsonNode json =
        new ObjectMapper()
            .readTree(CliRun.of("corpus", "reuse", index(), "--format", "json").out());
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    JsonNode first = json.get("clusters").get(0);
    assertThat(first.get("label").asText()).isEqualTo("BOILERPLATE");
    assertThat(first.get("kind").asText()).isEqualTo("EXACT");
    JsonNode occurrence = first.get("occurrences").get(0);
    assertThat(occurrence.get("document").asText()).endsWith(TestData.QINGHAI_2017);
    assertThat(occurrence.get("start").asInt()).isZero();
    assertThat(occurrence.get("end").asInt()).isEqualTo(23);
    assertThat(occurrence.get("source").get("line").asInt()).isEqualTo(1);
    assertThat(json.get("pairs").isArray()).isTrue();

    assertThat(CliRun.of("corpus", "reuse", index(), "--min-docs", "3").out())
        .contains("1 shared passages: 0 REUSE, 1 BOILERPLATE");
    ReportChecks.assertCsv(CliRun.of("corpus", "reuse", index(), "--format", "csv").out(), 13);
    Path html = out.resolve("reuse.html");
    assertThat(
            CliRun.of("corpus", "reuse", index(), "--format", "html", "-o", html.toString())
                .status())
        .isEqualTo(0);
    ReportChecks.assertHtml(Files.readString(html, StandardCharsets.UTF_8));
  }

  @Test
  void indexesWordAndPdfFilesAndNamesTheOnesItCannotRead() throws Exception {
    String docx = TestData.path("formats/qinghai-2018-county-innovation.docx").toString();
    String pdf = TestData.path("formats/qinghai-2017-new-growth-drivers.pdf").toString();
    String encrypted = TestData.path("formats/bad/encrypted.pdf").toString();
    CliRun run = CliRun.of("corpus", "index", index(), docx, pdf, encrypted);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEqualTo("2 added, 0 replaced, 0 unchanged, 0 pruned, 1 failed\n");
    assertThat(run.errLines()[0])
        .startsWith(Path.of(encrypted).toAbsolutePath().normalize() + ": ");

    JsonNode hits =
        new ObjectMapper()
            .readTree(CliRun.of("corpus", "similar", index(), COUNTY, "--format", "json").out())
            .get("hits");
    assertThat(hits.get(0).get("path").asText()).endsWith("qinghai-2018-county-innovation.docx");
    assertThat(hits.get(0).get("similarity").asDouble()).isGreaterThan(0.9);
  }

  /** Reuse in a Word file and a PDF is located by paragraph and by page and line, real fixtures. */
  @Test
  void reuseLocatesOccurrencesInWordAndPdfFilesByParagraphAndPage() throws Exception {
    String docx = TestData.path("formats/qinghai-2017-new-growth-drivers.docx").toString();
    String pdf = TestData.path("formats/qinghai-2017-new-growth-drivers.pdf").toString();
    assertThat(CliRun.of("corpus", "index", index(), QINGHAI, docx, pdf).status()).isEqualTo(0);

    JsonNode json =
        new ObjectMapper()
            .readTree(CliRun.of("corpus", "reuse", index(), "--format", "json").out());
    // The three files hold one text: its opening passage (the addressee line and what follows it
    // up to the first heading) starts on line 1 of the text, in the first paragraph of the Word
    // file and on line 2 of page 1 of the PDF, whose first line is the title (as pdftotext shows).
    JsonNode opening = null;
    for (JsonNode cluster : json.get("clusters")) {
      if (cluster.get("text").asText().startsWith("各市、自治州人民政府，省政府各委、办、厅、局：")) {
        opening = cluster;
      }
    }
    assertThat(opening).isNotNull();
    java.util.Map<String, JsonNode> sources = new java.util.TreeMap<>();
    for (JsonNode occurrence : opening.get("occurrences")) {
      sources.put(
          Path.of(occurrence.get("document").asText()).getFileName().toString(),
          occurrence.get("source"));
    }
    assertThat(sources).hasSize(3);
    JsonNode text = sources.get("qinghai-2017-new-growth-drivers.txt");
    assertThat(text.get("line").asInt()).isEqualTo(1);
    assertThat(text.get("column").asInt()).isEqualTo(1);
    assertThat(text.has("endLine")).isTrue();
    JsonNode word = sources.get("qinghai-2017-new-growth-drivers.docx");
    assertThat(word.get("paragraph").asInt()).isEqualTo(1);
    assertThat(word.get("end").get("paragraph").asInt()).isGreaterThanOrEqualTo(1);
    JsonNode page = sources.get("qinghai-2017-new-growth-drivers.pdf");
    assertThat(page.get("page").asInt()).isEqualTo(1);
    assertThat(page.get("line").asInt()).isEqualTo(2);
    assertThat(page.get("end").get("page").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(CliRun.of("corpus", "reuse", index()).out())
        .contains("qinghai-2017-new-growth-drivers.docx (¶ 1) [0,")
        .contains("qinghai-2017-new-growth-drivers.pdf (p. 1) [");
  }

  @Test
  void anIndexOfAnotherVersionIsRefusedUntilRebuilt() throws Exception {
    indexSeeds();
    Path index = dir.resolve("index").toAbsolutePath().normalize();
    try (org.apache.lucene.store.FSDirectory fs = org.apache.lucene.store.FSDirectory.open(index);
        org.apache.lucene.index.IndexWriter writer =
            new org.apache.lucene.index.IndexWriter(
                fs, new org.apache.lucene.index.IndexWriterConfig())) {
      java.util.List<org.apache.lucene.index.IndexCommit> commits =
          org.apache.lucene.index.DirectoryReader.listCommits(fs);
      java.util.Map<String, String> data =
          new java.util.TreeMap<>(commits.get(commits.size() - 1).getUserData());
      data.put("clausediff.corpus.fingerprintVersion", "1.0123456789ab");
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }

    CliRun refused = CliRun.of("corpus", "similar", index(), QINGHAI);
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err())
        .isEqualTo(
            index
                + ": was made by another version of clausediff (index format 2 with fingerprints"
                + " 1.0123456789ab, where this version writes format 2 with fingerprints "
                + org.clausediff.fingerprint.Fingerprinter.version()
                + "); rebuild it from the files with: clausediff corpus index --rebuild "
                + index
                + " PATH…\n");
    assertThat(CliRun.of("corpus", "index", index(), HENAN).status()).isEqualTo(2);

    CliRun rebuilt = CliRun.of("corpus", "index", "--rebuild", index(), QINGHAI, HENAN);
    assertThat(rebuilt.err()).isEmpty();
    assertThat(rebuilt.out()).isEqualTo("2 added, 0 replaced, 0 unchanged, 0 pruned, 0 failed\n");
    assertThat(CliRun.of("corpus", "status", index()).out()).contains(": 2 documents, ");
  }

  /**
   * The README's corpus example, run as written: the index in a temporary directory, paths from the
   * repository's root, {@code testdata/*.txt} expanded as the shell does; hits are shown there as
   * {@code /…/testdata/…}.
   */
  @Test
  void readmeCorpusExampleIsWhatTheCommandsPrint() throws Exception {
    Path root = TestData.dir().toAbsolutePath().normalize().getParent();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("### `clausediff corpus");
    assertThat(section).as("README has a corpus section").isPositive();
    int start = readme.indexOf("```\n", section) + 4;
    String[] lines = readme.substring(start, readme.indexOf("\n```", start)).split("\n", -1);
    java.util.List<String> commands = new java.util.ArrayList<>();
    java.util.List<StringBuilder> outputs = new java.util.ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("$ ./clausediff ")) {
        commands.add(line.substring("$ ./clausediff ".length()));
        outputs.add(new StringBuilder());
      } else if (!commands.isEmpty()) {
        outputs.get(outputs.size() - 1).append(line).append('\n');
      }
    }
    assertThat(commands).hasSize(2);
    for (int c = 0; c < commands.size(); c++) {
      java.util.List<String> args = new java.util.ArrayList<>();
      for (String arg : commands.get(c).split(" ", -1)) {
        if (arg.equals("seeds.index")) {
          args.add(index());
        } else if (arg.equals("testdata/*.txt")) {
          try (java.util.stream.Stream<Path> seeds = Files.list(root.resolve("testdata"))) {
            seeds
                .filter(p -> p.getFileName().toString().endsWith(".txt"))
                .sorted()
                .forEach(p -> args.add(p.toString()));
          }
        } else if (arg.startsWith("testdata/")) {
          args.add(root.resolve(arg).toString());
        } else {
          args.add(arg);
        }
      }
      CliRun run = CliRun.of(args.toArray(new String[0]));
      assertThat(run.status()).as(commands.get(c)).isEqualTo(0);
      assertThat(run.out().replace(root + "/testdata/", "testdata/"))
          .as(commands.get(c))
          .isEqualTo(outputs.get(c).toString().replace("/…/testdata/", "testdata/"));
    }
  }

  @Test
  void progressGoesToATerminalOnlyAndIsClearedAtTheEnd() {
    CliRun quiet = CliRun.of("corpus", "index", index(), QINGHAI);
    assertThat(quiet.err()).isEmpty();
    CliRun shown = CliRun.on(new Terminal(true), "corpus", "index", index(), HENAN, MASS);
    assertThat(shown.status()).isEqualTo(0);
    assertThat(shown.err()).contains("corpus index [").contains("] 2/2").endsWith("\r\u001b[K");
  }

  @Test
  void troubleIsOneLineAndExitTwo() throws Exception {
    CliRun missingIndex = CliRun.of("corpus", "status", dir.resolve("nothing").toString());
    assertThat(missingIndex.status()).isEqualTo(2);
    assertThat(missingIndex.errLines()[0])
        .isEqualTo(dir.resolve("nothing") + ": no such index directory");

    CliRun missingFile = CliRun.of("corpus", "index", index(), dir.resolve("gone.txt").toString());
    assertThat(missingFile.status()).isEqualTo(2);
    assertThat(missingFile.errLines()[0]).isEqualTo(dir.resolve("gone.txt") + ": no such file");

    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {'a', 0, 'b'});
    CliRun bad = CliRun.of("corpus", "index", index(), QINGHAI, binary.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.errLines()[0]).startsWith(binary.toAbsolutePath() + ": ").contains("binary");
    assertThat(bad.out()).isEqualTo("1 added, 0 replaced, 0 unchanged, 0 pruned, 1 failed\n");

    Path notIndex = Files.createDirectories(dir.resolve("notindex"));
    Files.writeString(notIndex.resolve("x.txt"), "x");
    CliRun refused = CliRun.of("corpus", "index", notIndex.toString(), QINGHAI);
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.errLines()[0])
        .isEqualTo(notIndex.toAbsolutePath() + ": is neither empty nor a clausediff corpus index");

    CliRun empty = CliRun.of("corpus", "similar", index(), dir.resolve("empty.txt").toString());
    assertThat(empty.status()).isEqualTo(2);

    assertThat(CliRun.of("corpus", "similar", index(), QINGHAI, "--top", "0").errLines()[0])
        .isEqualTo("clausediff: --top must be between 1 and 1000 but was 0");
    assertThat(CliRun.of("corpus", "reuse", index(), "--min-docs", "1").errLines()[0])
        .isEqualTo("clausediff: --min-docs: minDocs must be at least 2 but was 1");
    assertThat(CliRun.of("corpus").errLines()[0])
        .isEqualTo("clausediff: a subcommand is required: index, similar, reuse or status");
  }

  /** corpus index reads with --input-format and --select as segment does: the same outcomes. */
  @Test
  void indexReadsWithTheInputFormatAndSelectorNamed() {
    String html =
        TestData.path("formats/henan-2017-new-growth-drivers.html")
            .toAbsolutePath()
            .normalize()
            .toString();
    String renamed =
        TestData.path("formats/bad/html-renamed.docx").toAbsolutePath().normalize().toString();

    CliRun noMatch = CliRun.of("corpus", "index", index(), html, "--select", "#nothing");
    assertThat(noMatch.status()).isEqualTo(2);
    assertThat(noMatch.out()).isEqualTo("0 added, 0 replaced, 0 unchanged, 0 pruned, 1 failed\n");
    assertThat(noMatch.err())
        .isEqualTo(CliRun.of("segment", html, "--select", "#nothing").err())
        .isEqualTo(html + ": no element of the page matches #nothing\n");

    CliRun forcedDocx = CliRun.of("corpus", "index", index(), renamed, "--input-format", "docx");
    assertThat(forcedDocx.status()).isEqualTo(2);
    assertThat(forcedDocx.err())
        .isEqualTo(CliRun.of("segment", renamed, "--input-format", "docx").err())
        .endsWith(": is not a Word .docx file (its content looks like an HTML page)\n");

    CliRun selected =
        CliRun.of(
            "corpus",
            "index",
            index(),
            html,
            renamed,
            "--input-format",
            "html",
            "--select",
            "#zoom");
    assertThat(selected.err()).isEmpty();
    assertThat(selected.status()).isZero();
    assertThat(selected.out()).isEqualTo("2 added, 0 replaced, 0 unchanged, 0 pruned, 0 failed\n");
  }

  @Test
  void indexRefusesABadInputFormatOrSelectorAsEveryCommandDoes() {
    for (String[] option :
        new String[][] {{"--input-format", "odt"}, {"--select", "div[class="}, {"--select", " "}}) {
      CliRun index = CliRun.of("corpus", "index", index(), QINGHAI, option[0], option[1]);
      CliRun segment = CliRun.of("segment", QINGHAI, option[0], option[1]);
      assertThat(index.status()).isEqualTo(2);
      assertThat(index.errLines()[0]).isEqualTo(segment.errLines()[0]).startsWith("clausediff: ");
      assertThat(dir.resolve("index")).doesNotExist();
    }
  }

  @Test
  void indexHelpDescribesTheReadingOptionsAsEveryCommandDoes() {
    String index = CliRun.of("corpus", "index", "--help").out();
    for (String option : new String[] {"--input-format=FORMAT", "--select=CSS"}) {
      assertThat(index).contains(option);
    }
    assertThat(index.replaceAll("\\s+", " "))
        .contains(InputOptions.INPUT_FORMAT_HELP.replaceAll("\\s+", " "))
        .contains(InputOptions.SELECT_HELP.replaceAll("\\s+", " "));
  }
}
