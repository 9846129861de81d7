package org.clausediff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clausediff.corpus.Corpus;
import org.clausediff.corpus.DocumentPair;
import org.clausediff.corpus.IndexOptions;
import org.clausediff.corpus.IndexProgress;
import org.clausediff.corpus.Occurrence;
import org.clausediff.corpus.ReuseCluster;
import org.clausediff.corpus.ReuseLabel;
import org.clausediff.corpus.ReuseOptions;
import org.clausediff.corpus.ReuseReport;
import org.clausediff.corpus.SimilarHit;
import org.clausediff.corpus.SimilarResult;
import org.clausediff.corpus.testing.CorpusGenerator;
import org.clausediff.corpus.testing.GeneratedCorpora;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test that proves the Spark jobs: on the same generated corpus (families of a State Council
 * style original and its provincial versions, boilerplate shared by all, items borrowed across
 * families), the jobs in local mode and {@code corpus reuse} / {@code corpus similar} on one
 * machine give the same clusters, the same document pairs and the same top hits.
 */
class CorpusJobsEquivalenceTest {
  /** Hits compared per query: families have at least 4 members, so all top hits are kin. */
  private static final int TOP_K = 3;

  @TempDir static Path dir;
  static Path docs;
  static ReuseReport reuse;
  static Map<String, List<String>> similar = new TreeMap<>();

  @BeforeAll
  static void runOnOneMachine() throws Exception {
    docs = dir.resolve("docs");
    CorpusGenerator.Generated generated = GeneratedCorpora.fromSeeds(15).write(docs, 100, 4, 8);
    try (Corpus corpus = Corpus.open(dir.resolve("index"))) {
      corpus.index(List.of(docs), IndexOptions.defaults(), Runnable::run, IndexProgress.none());
      reuse = corpus.reuse(ReuseOptions.defaults());
      // A query from every family: its original and its last version.
      for (CorpusGenerator.Family family : generated.families()) {
        for (Path query :
            List.of(family.original(), family.versions().get(family.versions().size() - 1))) {
          String name = query.toAbsolutePath().normalize().toString();
          SimilarResult result = corpus.similar(corpus.document(name).orElseThrow(), TOP_K + 1);
          List<String> hits = new ArrayList<>();
          for (SimilarHit hit : result.hits()) {
            if (!hit.path().equals(name) && hits.size() < TOP_K) {
              hits.add(
                  hit(
                      hit.path(),
                      hit.similarity(),
                      hit.coverage(),
                      hit.estimate(),
                      hit.exactUnits()));
            }
          }
          similar.put(name, hits);
        }
      }
    }
  }

  private static SparkSession spark() {
    return LocalSpark.session();
  }

  private static Dataset<Row> input() {
    return CorpusInput.read(spark(), CorpusInput.Format.FILES, docs.toString());
  }

  @Test
  void reuseFindsTheSameClustersAndPairsAsOneMachine() {
    // The corpus exercises every kind of cluster, so that agreement means something.
    assertThat(reuse.clusters())
        .extracting(ReuseCluster::label)
        .contains(ReuseLabel.BOILERPLATE, ReuseLabel.REUSE);
    assertThat(reuse.clusters())
        .extracting(ReuseCluster::kind)
        .contains(ReuseCluster.Kind.EXACT, ReuseCluster.Kind.NEAR);
    assertThat(reuse.pairs()).hasSize(ReuseOptions.defaults().maxPairs());

    try (ReuseOutput output = ReuseJob.run(spark(), input(), ReuseJobOptions.defaults())) {
      assertThat(output.documents()).isEqualTo(reuse.documents());
      assertThat(output.units()).isEqualTo(reuse.units());
      List<String> expected = new ArrayList<>();
      for (ReuseCluster c : reuse.clusters()) {
        expected.add(cluster(c));
      }
      List<String> actual = new ArrayList<>();
      for (Row row : output.clusters().collectAsList()) {
        actual.add(cluster(row));
      }
      assertThat(actual).containsExactlyElementsOf(expected);

      List<String> expectedPairs = new ArrayList<>();
      for (DocumentPair p : reuse.pairs()) {
        expectedPairs.add(
            String.join(
                " ",
                p.left(),
                p.right(),
                String.valueOf(p.sharedLength()),
                r(p.leftShare()),
                r(p.rightShare())));
      }
      List<String> actualPairs = new ArrayList<>();
      for (Row p : output.pairs().collectAsList()) {
        actualPairs.add(
            String.join(
                " ",
                p.getString(0),
                p.getString(1),
                String.valueOf(p.getLong(2)),
                String.valueOf(p.getDouble(3)),
                String.valueOf(p.getDouble(4))));
      }
      assertThat(actualPairs).containsExactlyElementsOf(expectedPairs);
    }
  }

  @Test
  void similarFindsTheSameTopHitsAsOneMachine() {
    try (SimilarOutput output =
        SimilarJob.run(spark(), input(), SimilarJobOptions.withTopK(TOP_K))) {
      Map<String, List<String>> actual = new HashMap<>();
      for (Row row : output.results().collectAsList()) {
        String name = row.getStruct(0).getString(0);
        List<String> hits = new ArrayList<>();
        for (Row h : row.<Row>getList(2)) {
          hits.add(
              hit(h.getString(0), h.getDouble(3), h.getDouble(5), h.getDouble(6), h.getInt(7)));
        }
        actual.put(name, hits);
      }
      assertThat(output.documents()).isEqualTo(reuse.documents());
      for (Map.Entry<String, List<String>> query : similar.entrySet()) {
        assertThat(query.getValue()).as("one machine's hits for %s", query.getKey()).hasSize(TOP_K);
        assertThat(actual.get(query.getKey()))
            .as("hits for %s", query.getKey())
            .containsExactlyElementsOf(query.getValue());
      }
    }
  }

  private static String hit(
      String path, double similarity, double coverage, double estimate, int exactUnits) {
    return String.join(
        " ", path, r(similarity), r(coverage), r(estimate), String.valueOf(exactUnits));
  }

  private static String r(double x) {
    return String.valueOf(Rounding.rounded(x));
  }

  private static String cluster(ReuseCluster c) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.join(
            " ",
            c.kind().name(),
            c.label().id(),
            String.valueOf(c.length()),
            String.valueOf(c.documents()),
            r(c.similarity()),
            c.text()));
    for (Occurrence o : c.occurrences()) {
      s.append("\n  ")
          .append(
              String.join(
                  " ",
                  o.document(),
                  String.valueOf(o.start()),
                  String.valueOf(o.end()),
                  o.from().line() + ":" + o.from().column(),
                  o.to().line() + ":" + o.to().column(),
                  o.sectionPath()));
    }
    return s.toString();
  }

  private static String cluster(Row c) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.join(
            " ",
            c.getString(0),
            c.getString(1),
            String.valueOf(c.getInt(2)),
            String.valueOf(c.getInt(3)),
            String.valueOf(c.getDouble(4)),
            c.getString(5)));
    for (Row o : c.<Row>getList(6)) {
      Row source = o.getStruct(3);
      s.append("\n  ")
          .append(
              String.join(
                  " ",
                  o.getString(0),
                  String.valueOf(o.getInt(1)),
                  String.valueOf(o.getInt(2)),
                  source.getInt(0) + ":" + source.getInt(1),
                  source.getInt(2) + ":" + source.getInt(3),
                  o.getString(4)));
    }
    return s.toString();
  }
}
