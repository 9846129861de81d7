package org.clausediff.corpus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausediff.testing.TestData;

/** A {@link CorpusGenerator} over the seed documents of {@code testdata/}. */
public final class GeneratedCorpora {
  private GeneratedCorpora() {}

  /** A generator with {@code seed} over the five seeds. */
  public static CorpusGenerator fromSeeds(long seed) {
    List<String> texts = new ArrayList<>();
    for (String name : TestData.SEEDS) {
      try {
        texts.add(Files.readString(TestData.path(name)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return CorpusGenerator.of(seed, texts);
  }

  /** Writes {@code documents} documents in families of 3 to 20 under {@code directory}. */
  public static CorpusGenerator.Generated write(Path directory, long seed, int documents)
      throws IOException {
    return fromSeeds(seed).write(directory, documents, 3, 20);
  }
}
