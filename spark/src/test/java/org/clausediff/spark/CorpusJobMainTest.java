package org.clausediff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code spark-submit} entry point on a handful of documents: what it writes (JSON lines,
 * Parquet, a summary, the failures), the same answer from a JSON-lines dataset as from files, and
 * one plain line with exit status 2 for trouble, leaving no output behind.
 */
class CorpusJobMainTest {
  private static final String SHARED =
      "各地区、各部门要充分认识做好稳就业工作的重要意义，切实加强组织领导，压实工作责任，确保各项政策措施落地见效。"
          + "要加大财政资金投入力度，统筹用好就业补助资金和失业保险基金，支持重点群体就业创业。";

  /** Shared by a and b only: with {@link #SHARED}, it relates the two. */
  private static final String SHARED2 = "健全就业公共服务体系，推进基层就业服务平台建设，为劳动者提供全方位、全周期的就业服务。";

  @TempDir static Path dir;
  static Path docs;
  static Path out;
  static Run run;
  static Path fromDataset;

  @BeforeAll
  static void writeDocuments() throws IOException {
    docs = dir.resolve("docs");
    Files.createDirectories(docs.resolve("sub"));
    write(
        docs.resolve("a.txt"),
        "一、总体要求\n" + SHARED + "\n" + SHARED2 + "\n二、保障措施\n加强监测预警，及时发现和处置规模性失业风险，守住不发生规模性失业的底线。\n");
    write(
        docs.resolve("b.txt"),
        "一、工作目标\n"
            + SHARED
            + "\n二、其他\n本通知自印发之日起施行，由省人力资源社会保障厅负责解释，各地可结合实际制定实施细则。\n"
            + SHARED2
            + "\n");
    write(docs.resolve("sub/c.TXT"), "关于进一步做好就业工作的通知\n" + SHARED + "\n");
    Files.write(docs.resolve("broken.txt"), new byte[] {'a', 0, 0, 0, 1, 2, 3, 0, 0});
    Files.writeString(docs.resolve("notes.md"), SHARED);

    out = dir.resolve("reuse-out");
    run = run("reuse", "--input", docs.toString(), "--output", out.toString());

    // The same documents as a JSON-lines dataset of (id, text).
    Path dataset = dir.resolve("dataset.jsonl");
    List<String> lines = new ArrayList<>();
    for (String name : List.of("a.txt", "b.txt", "sub/c.TXT")) {
      String text = Files.readString(docs.resolve(name));
      lines.add(
          "{\"id\": \""
              + docs.resolve(name)
              + "\", \"text\": \""
              + text.replace("\n", "\\n")
              + "\"}");
    }
    Files.write(dataset, lines, StandardCharsets.UTF_8);
    fromDataset = dir.resolve("dataset-out");
    Run datasetRun =
        run(
            "reuse",
            "--input",
            dataset.toString(),
            "--input-format",
            "json",
            "--output",
            fromDataset.toString());
    assertThat(datasetRun.status()).isZero();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static SparkSession spark() {
    return LocalSpark.session();
  }

  private record Run(int status, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        CorpusJobMain.run(spark(), args, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, err.toString(StandardCharsets.UTF_8));
  }

  private static List<String> lines(Path directory) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path part :
          files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  @Test
  void reuseWritesJsonLinesParquetASummaryAndTheFailures() throws IOException {
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(out.resolveSibling("reuse-out._incomplete")).doesNotExist();
    // SHARED in a, b and c; SHARED2 in a and b. a and b share two passages, most of their text:
    // related, one group; c is a group of its own, so SHARED is in two groups: REUSE, not
    // BOILERPLATE (three).
    String a = docs.resolve("a.txt").toString();
    String b = docs.resolve("b.txt").toString();
    String c = docs.resolve("sub/c.TXT").toString();
    List<String> clusters = lines(out.resolve("json/clusters"));
    assertThat(clusters).hasSize(2);
    assertThat(clusters.get(0))
        .startsWith(
            "{\"kind\":\"EXACT\",\"label\":\"REUSE\",\"length\":"
                + SHARED.length()
                + ",\"documents\":3,\"similarity\":1.0,\"text\":\""
                + SHARED
                + "\",\"occurrences\":[{\"document\":\""
                + a
                + "\",\"start\":7,\"end\":"
                + (7 + SHARED.length())
                + ",\"source\":{\"line\":2,\"column\":1,\"endLine\":2,\"endColumn\":"
                + (1 + SHARED.length())
                + "},\"sectionPath\":\"一、总体要求\"}")
        .contains(b, c)
        .doesNotContain("notes.md");
    assertThat(clusters.get(1))
        .startsWith(
            "{\"kind\":\"EXACT\",\"label\":\"REUSE\",\"length\":"
                + SHARED2.length()
                + ",\"documents\":2,")
        .contains(a, b)
        .doesNotContain(c);
    Dataset<Row> parquet = spark().read().parquet(out.resolve("parquet/clusters").toString());
    assertThat(parquet.columns())
        .containsExactly(
            "kind", "label", "length", "documents", "similarity", "text", "occurrences");
    assertThat(parquet.count()).isEqualTo(2);
    List<String> pairs = lines(out.resolve("json/pairs"));
    assertThat(pairs).hasSize(3);
    assertThat(pairs.get(0))
        .startsWith(
            "{\"left\":\""
                + a
                + "\",\"right\":\""
                + b
                + "\",\"sharedLength\":"
                + (SHARED.length() + SHARED2.length())
                + ",");
    assertThat(pairs.get(1)).startsWith("{\"left\":\"" + a + "\",\"right\":\"" + c + "\",");
    assertThat(pairs.get(2)).startsWith("{\"left\":\"" + b + "\",\"right\":\"" + c + "\",");
    String broken = docs.resolve("broken.txt").toString();
    assertThat(lines(out.resolve("json/failures")))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("{\"path\":\"" + broken + "\",\"message\":\"" + broken + ": ");
    assertThat(Files.readString(out.resolve("summary.json")))
        .contains(
            "\"schemaVersion\": 1",
            "\"job\": \"reuse\"",
            "\"documents\": 3",
            "\"failures\": 1",
            "\"minDocs\": 2");
  }

  @Test
  void aJsonLinesDatasetGivesTheSameClustersAndPairsAsTheFiles() throws IOException {
    for (String name : List.of("clusters", "pairs")) {
      assertThat(lines(fromDataset.resolve("json").resolve(name)))
          .isNotEmpty()
          .isEqualTo(lines(out.resolve("json").resolve(name)));
    }
    assertThat(lines(fromDataset.resolve("json/failures"))).isEmpty();
  }

  @Test
  void troubleIsOnePlainLineWithStatus2AndNoOutput() throws IOException {
    Path out = dir.resolve("never");
    Run usage = run("reuse", "--input", docs.toString(), "--outptu", out.toString());
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err())
        .isEqualTo(
            "clausediff-spark: unknown option --outptu for reuse (accepted: --input, --output,"
                + " --input-format, --min-docs, --min-length, --near, --boilerplate-groups,"
                + " --max-pairs, --driver-edges)\n");

    Run missing =
        run("similar", "--input", dir.resolve("nowhere").toString(), "--output", out.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo("clausediff-spark: " + dir.resolve("nowhere") + ": no such file or directory\n");

    Path noText = dir.resolve("no-text.jsonl");
    Files.writeString(noText, "{\"id\": \"x\", \"body\": \"y\"}\n");
    Run column =
        run(
            "reuse",
            "--input",
            noText.toString(),
            "--input-format",
            "json",
            "--output",
            out.toString());
    assertThat(column.status()).isEqualTo(2);
    assertThat(column.err())
        .isEqualTo("clausediff-spark: " + noText + ": has no column text (id and text needed)\n");

    Path twice = dir.resolve("twice.jsonl");
    Files.writeString(
        twice, "{\"id\": \"x\", \"text\": \"y\"}\n{\"id\": \"x\", \"text\": \"z\"}\n");
    Run duplicate =
        run(
            "reuse",
            "--input",
            twice.toString(),
            "--input-format",
            "json",
            "--output",
            out.toString());
    assertThat(duplicate.status()).isEqualTo(2);
    assertThat(duplicate.err())
        .isEqualTo("clausediff-spark: " + twice + ": has the id x 2 times\n");

    assertThat(out).doesNotExist();
    assertThat(out.resolveSibling("never._incomplete")).doesNotExist();

    Path existing = Files.createDirectories(dir.resolve("existing"));
    Run exists = run("reuse", "--input", docs.toString(), "--output", existing.toString());
    assertThat(exists.status()).isEqualTo(2);
    assertThat(exists.err())
        .isEqualTo(
            "clausediff-spark: " + existing + ": already exists; name a new output directory\n");
    try (Stream<Path> entries = Files.list(existing)) {
      assertThat(entries).isEmpty();
    }
  }
}
