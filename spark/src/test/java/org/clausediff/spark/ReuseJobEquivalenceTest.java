package org.clausediff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.clausediff.corpus.Corpus;
import org.clausediff.corpus.DocumentPair;
import org.clausediff.corpus.IndexOptions;
import org.clausediff.corpus.IndexProgress;
import org.clausediff.corpus.Occurrence;
import org.clausediff.corpus.ReuseCluster;
import org.clausediff.corpus.ReuseOptions;
import org.clausediff.corpus.ReuseReport;
import org.clausediff.corpus.testing.GeneratedCorpora;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReuseJobEquivalenceTest {
  @TempDir static Path dir;
  static ReuseReport oneMachine;

  @BeforeAll
  static void indexOnOneMachine() throws Exception {
    GeneratedCorpora.write(dir.resolve("docs"), 15, 200);
    try (Corpus corpus = Corpus.open(dir.resolve("index"))) {
      corpus.index(
          List.of(dir.resolve("docs")),
          IndexOptions.defaults(),
          Runnable::run,
          IndexProgress.none());
      oneMachine = corpus.reuse(ReuseOptions.defaults());
    }
  }

  @Test
  void sparkFindsTheSameClustersAndPairs() {
    try (ReuseOutput output =
        ReuseJob.run(
            LocalSpark.session(),
            CorpusInput.read(
                LocalSpark.session(), CorpusInput.Format.FILES, dir.resolve("docs").toString()),
            ReuseJobOptions.defaults())) {
      assertThat(output.documents()).isEqualTo(oneMachine.documents());
      assertThat(output.units()).isEqualTo(oneMachine.units());
      List<String> expected = new ArrayList<>();
      for (ReuseCluster c : oneMachine.clusters()) {
        expected.add(cluster(c));
      }
      List<String> actual = new ArrayList<>();
      for (Row row : output.clusters().collectAsList()) {
        actual.add(cluster(row));
      }
      assertThat(actual).hasSize(expected.size()).containsExactlyElementsOf(expected);
      List<String> expectedPairs = new ArrayList<>();
      for (DocumentPair p : oneMachine.pairs()) {
        expectedPairs.add(
            p.left()
                + " "
                + p.right()
                + " "
                + p.sharedLength()
                + " "
                + r(p.leftShare())
                + " "
                + r(p.rightShare()));
      }
      List<String> actualPairs = new ArrayList<>();
      for (Row p : output.pairs().collectAsList()) {
        actualPairs.add(
            p.getString(0)
                + " "
                + p.getString(1)
                + " "
                + p.getLong(2)
                + " "
                + p.getDouble(3)
                + " "
                + p.getDouble(4));
      }
      assertThat(actualPairs).containsExactlyElementsOf(expectedPairs);
    }
  }

  private static double r(double x) {
    return Rounding.rounded(x);
  }

  private static String cluster(ReuseCluster c) {
    StringBuilder s = new StringBuilder();
    s.append(c.kind()).append(' ').append(c.label()).append(' ').append(c.length()).append(' ');
    s.append(c.documents()).append(' ').append(r(c.similarity())).append(' ').append(c.text());
    for (Occurrence o : c.occurrences()) {
      s.append("\n  ")
          .append(o.document())
          .append(' ')
          .append(o.start())
          .append(' ')
          .append(o.end());
      s.append(' ').append(o.from().line()).append(':').append(o.from().column());
      s.append(' ').append(o.to().line()).append(':').append(o.to().column());
      s.append(' ').append(o.sectionPath());
    }
    return s.toString();
  }

  private static String cluster(Row c) {
    StringBuilder s = new StringBuilder();
    s.append(c.getString(0)).append(' ').append(c.getString(1)).append(' ').append(c.getInt(2));
    s.append(' ').append(c.getInt(3)).append(' ').append(c.getDouble(4)).append(' ');
    s.append(c.getString(5));
    for (Row o : c.<Row>getList(6)) {
      Row source = o.getStruct(3);
      s.append("\n  ").append(o.getString(0)).append(' ').append(o.getInt(1)).append(' ');
      s.append(o.getInt(2))
          .append(' ')
          .append(source.getInt(0))
          .append(':')
          .append(source.getInt(1));
      s.append(' ').append(source.getInt(2)).append(':').append(source.getInt(3));
      s.append(' ').append(o.getString(4));
    }
    return s.toString();
  }
}
