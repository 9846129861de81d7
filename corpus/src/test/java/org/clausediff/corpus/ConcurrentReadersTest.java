package org.clausediff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clausediff.corpus.testing.CorpusGenerator;
import org.clausediff.corpus.testing.GeneratedCorpora;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers query while one writer indexes: every answer is consistent with some commit. */
class ConcurrentReadersTest {
  @TempDir Path dir;

  @Test
  void readersQueryWhileAWriterIndexes() throws Exception {
    Path docs = dir.resolve("docs");
    CorpusGenerator.Generated generated = GeneratedCorpora.write(docs, 5, 120);
    List<CorpusGenerator.Family> families = generated.families();
    SourceText query = TextDecoder.defaults().read(families.get(0).original());
    String queryPath = families.get(0).original().toAbsolutePath().normalize().toString();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (Corpus corpus = Corpus.open(dir.resolve("index"))) {
      // The first family first, so that readers have something to find early.
      corpus.index(List.of(docs.resolve(families.get(0).original().getParent().getFileName())));
      AtomicBoolean writing = new AtomicBoolean(true);
      Future<Integer> writer =
          threads.submit(
              () -> {
                int added = 0;
                try (var entries = Files.list(docs)) {
                  for (Path family : entries.sorted().toList()) {
                    added +=
                        corpus
                            .index(
                                List.of(family),
                                IndexOptions.defaults(),
                                Runnable::run,
                                IndexProgress.none())
                            .added();
                  }
                } finally {
                  writing.set(false);
                }
                return added;
              });
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(
            threads.submit(
                () -> {
                  int queries = 0;
                  int lastCount = 0;
                  while (writing.get() || queries < 3) {
                    CorpusStatus status = corpus.status();
                    assertThat(status.documents()).isGreaterThanOrEqualTo(lastCount);
                    lastCount = status.documents();
                    SimilarResult result = corpus.similar(query, 5);
                    assertThat(result.hits().get(0).path()).isEqualTo(queryPath);
                    assertThat(result.hits().get(0).similarity()).isEqualTo(1.0);
                    ReuseReport reuse = corpus.reuse(ReuseOptions.defaults());
                    assertThat(reuse.documents()).isGreaterThanOrEqualTo(lastCount);
                    queries++;
                  }
                  return queries;
                }));
      }
      int added = writer.get(120, TimeUnit.SECONDS);
      assertThat(added).isEqualTo(generated.documents() - families.get(0).members().size());
      for (Future<Integer> reader : readers) {
        assertThat(reader.get(120, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(3);
      }
      assertThat(corpus.status().documents()).isEqualTo(generated.documents());
    } finally {
      threads.shutdownNow();
    }
  }
}
