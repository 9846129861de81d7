package org.clausediff.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.clausediff.fingerprint.Fingerprinter;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** An index written by another version of clausediff is refused until it is rebuilt. */
class CorpusVersionTest {
  @TempDir Path dir;

  private Path docs;
  private Path index;

  private void indexTwoSeeds() throws IOException {
    docs = dir.resolve("docs");
    Files.createDirectories(docs);
    for (String seed : List.of(TestData.QINGHAI_2017, TestData.HENAN_2017)) {
      Files.copy(TestData.path(seed), docs.resolve(Path.of(seed).getFileName()));
    }
    index = dir.resolve("index");
    try (Corpus corpus = Corpus.open(index)) {
      assertThat(corpus.index(List.of(docs)).added()).isEqualTo(2);
    }
  }

  private static Map<String, String> commitData(Path index) throws IOException {
    try (FSDirectory fs = FSDirectory.open(index)) {
      List<IndexCommit> commits = DirectoryReader.listCommits(fs);
      return commits.get(commits.size() - 1).getUserData();
    }
  }

  /** Rewrites the newest commit's user data as another version of clausediff would have. */
  private static void restamp(Path index, Map<String, String> changes) throws IOException {
    Map<String, String> data = new TreeMap<>(commitData(index));
    for (Map.Entry<String, String> change : changes.entrySet()) {
      if (change.getValue().isEmpty()) {
        data.remove(change.getKey());
      } else {
        data.put(change.getKey(), change.getValue());
      }
    }
    try (FSDirectory fs = FSDirectory.open(index);
        IndexWriter writer =
            new IndexWriter(
                fs, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
  }

  private void assertRefused(Executable query, String recorded) {
    CorpusException e = assertThrows(CorpusException.class, query);
    assertThat(e)
        .hasMessage(
            index.toAbsolutePath().normalize()
                + ": was made by another version of clausediff ("
                + recorded
                + ", where this version writes format "
                + Fields.FORMAT_VERSION
                + " with fingerprints "
                + Fingerprinter.version()
                + "); rebuild it from the files with: clausediff corpus index --rebuild "
                + index.toAbsolutePath().normalize()
                + " PATH…");
  }

  @Test
  void eachCommitRecordsTheFormatAndTheFingerprintVersion() throws IOException {
    indexTwoSeeds();

    assertThat(commitData(index))
        .containsEntry(Fields.FORMAT, "2")
        .containsEntry(Fields.FINGERPRINT_VERSION, Fingerprinter.version());
  }

  @Test
  void anIndexOfOtherFingerprintsIsRefusedUntilRebuilt() throws IOException {
    indexTwoSeeds();
    restamp(index, Map.of(Fields.FINGERPRINT_VERSION, "1.0123456789ab"));
    String recorded = "index format 2 with fingerprints 1.0123456789ab";
    Path qinghai = docs.resolve(Path.of(TestData.QINGHAI_2017).getFileName());

    try (Corpus corpus = Corpus.open(index)) {
      assertRefused(() -> corpus.similar(TestData.text(TestData.QINGHAI_2017), 3), recorded);
      assertRefused(() -> corpus.reuse(ReuseOptions.defaults()), recorded);
      assertRefused(corpus::status, recorded);
      assertRefused(() -> corpus.document(qinghai.toString()), recorded);
      // Adding documents to it would mix fingerprints of two versions.
      assertRefused(() -> corpus.index(List.of(docs)), recorded);

      IndexReport rebuilt =
          corpus.index(
              List.of(qinghai),
              IndexOptions.defaults().withRebuild(true),
              Runnable::run,
              IndexProgress.none());

      assertThat(rebuilt.added()).isEqualTo(1);
      assertThat(corpus.status().documents()).isEqualTo(1);
      assertThat(corpus.similar(TestData.text(TestData.QINGHAI_2017), 3).hits())
          .extracting(SimilarHit::path)
          .containsExactly(qinghai.toAbsolutePath().normalize().toString());
    }
    try (Corpus corpus = Corpus.openExisting(index)) {
      assertThat(corpus.status().documents()).isEqualTo(1);
      assertThat(corpus.index(List.of(docs)).added()).isEqualTo(1);
    }
  }

  @Test
  void anIndexOfTheFirstFormatIsRefused() throws IOException {
    indexTwoSeeds();
    restamp(index, Map.of(Fields.FORMAT, "1", Fields.FINGERPRINT_VERSION, ""));

    try (Corpus corpus = Corpus.openExisting(index)) {
      assertRefused(
          () -> corpus.reuse(ReuseOptions.defaults()), "index format 1 with fingerprints 1");
    }
  }

  @Test
  void rebuildingACurrentIndexDropsWhatIsNotIndexedAgain() throws IOException {
    indexTwoSeeds();
    Path henan = docs.resolve(Path.of(TestData.HENAN_2017).getFileName());

    try (Corpus corpus = Corpus.open(index)) {
      IndexReport report =
          corpus.index(
              List.of(henan),
              IndexOptions.defaults().withRebuild(true),
              Runnable::run,
              IndexProgress.none());

      assertThat(report.added()).isEqualTo(1);
      assertThat(report.unchanged()).isZero();
      assertThat(corpus.status().documents()).isEqualTo(1);
      assertThat(corpus.document(henan.toAbsolutePath().normalize().toString())).isPresent();
    }
  }
}
