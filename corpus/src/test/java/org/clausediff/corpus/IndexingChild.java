package org.clausediff.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.clausediff.text.SourceText;

/**
 * The child JVM of {@link CrashDuringIndexingTest}: indexes a directory slowly (a pause per file),
 * committing every 100 ms, and prints {@code done N} after each file, until it is killed.
 */
public final class IndexingChild {
  private IndexingChild() {}

  public static void main(String[] args) throws IOException {
    DocumentReader slow =
        new DocumentReader() {
          @Override
          public boolean accepts(Path file) {
            return DocumentReader.plainText().accepts(file);
          }

          @Override
          public SourceText read(Path file, byte[] content) throws IOException {
            try {
              Thread.sleep(15);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return DocumentReader.plainText().read(file, content);
          }
        };
    try (Corpus corpus = Corpus.open(Path.of(args[0]), slow)) {
      corpus.index(
          List.of(Path.of(args[1])),
          IndexOptions.defaults().withCommitInterval(Duration.ofMillis(100)),
          Runnable::run,
          (done, total, file) -> {
            System.out.println("done " + done);
            System.out.flush();
          });
    }
  }
}
