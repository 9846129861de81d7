package org.clausediff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clausediff.corpus.testing.CorpusGenerator;
import org.clausediff.corpus.testing.GeneratedCorpora;
import org.clausediff.text.TextDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed (SIGKILL) in the middle of indexing leaves an index that opens, answers queries with
 * what was committed, and is completed by indexing the same directory again.
 */
class CrashDuringIndexingTest {
  @TempDir Path dir;

  @Test
  void indexKilledMidwayIsUsableAndIndexingAgainCompletesIt() throws Exception {
    Path docs = dir.resolve("docs");
    CorpusGenerator.Generated generated = GeneratedCorpora.write(docs, 3, 120);
    Path index = dir.resolve("index");

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(IndexingChild.class.getName());
    command.add(index.toString());
    command.add(docs.toString());
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    int done = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("done ")) {
          done = Integer.parseInt(line.substring(5));
          if (done >= 60) {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(done).as("the child was killed midway").isEqualTo(60);

    int committed;
    try (Corpus corpus = Corpus.open(index)) {
      CorpusStatus status = corpus.status();
      committed = status.documents();
      assertThat(committed).isBetween(1, generated.documents() - 1);
      CorpusGenerator.Family first = generated.families().get(0);
      SimilarResult result =
          corpus.similar(TextDecoder.defaults().read(first.original()), first.members().size());
      assertThat(result.hits()).isNotEmpty();
      assertThat(result.hits().get(0).path())
          .isEqualTo(first.original().toAbsolutePath().normalize().toString());

      IndexReport again = corpus.index(List.of(docs));
      assertThat(again.unchanged()).isEqualTo(committed);
      assertThat(again.added()).isEqualTo(generated.documents() - committed);
      assertThat(again.failures()).isEmpty();
      assertThat(corpus.status().documents()).isEqualTo(generated.documents());
      CorpusGenerator.Family last = generated.families().get(generated.families().size() - 1);
      List<String> hits =
          corpus
              .similar(TextDecoder.defaults().read(last.original()), last.members().size())
              .hits()
              .stream()
              .map(SimilarHit::path)
              .toList();
      for (Path member : last.members()) {
        assertThat(hits).contains(member.toAbsolutePath().normalize().toString());
      }
    }
  }
}
