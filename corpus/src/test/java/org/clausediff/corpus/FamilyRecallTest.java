package org.clausediff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.clausediff.corpus.testing.CorpusGenerator;
import org.clausediff.corpus.testing.GeneratedCorpora;
import org.clausediff.text.TextDecoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recall of generated families: querying with a family's original finds every member of the family
 * among the top K hits, K being the family's size.
 */
class FamilyRecallTest {
  @TempDir static Path dir;
  static CorpusGenerator.Generated generated;
  static Corpus corpus;
  static ExecutorService pool;

  @BeforeAll
  static void indexGeneratedCorpus() throws Exception {
    generated = GeneratedCorpora.write(dir.resolve("docs"), 15, 300);
    pool = Executors.newFixedThreadPool(2);
    corpus = Corpus.open(dir.resolve("index"));
    IndexReport report =
        corpus.index(
            List.of(dir.resolve("docs")), IndexOptions.defaults(), pool, IndexProgress.none());
    assertThat(report.added()).isEqualTo(generated.documents());
    assertThat(report.failures()).isEmpty();
  }

  @AfterAll
  static void close() throws Exception {
    corpus.close();
    pool.shutdownNow();
  }

  @Test
  void findsAtLeast98PercentOfEveryFamilyAtTopKFamilySize() throws Exception {
    long found = 0;
    long expected = 0;
    for (CorpusGenerator.Family family : generated.families()) {
      List<Path> members = family.members();
      SimilarResult result =
          corpus.similar(TextDecoder.defaults().read(family.original()), members.size());
      Set<String> hits = new HashSet<>();
      result.hits().forEach(h -> hits.add(h.path()));
      for (Path member : members) {
        expected++;
        found += hits.contains(member.toAbsolutePath().normalize().toString()) ? 1 : 0;
      }
    }
    double recall = (double) found / expected;
    assertThat(recall).as("recall over %s documents", expected).isGreaterThanOrEqualTo(0.98);
  }
}
