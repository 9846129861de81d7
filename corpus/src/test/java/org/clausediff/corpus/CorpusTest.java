package org.clausediff.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  @TempDir Path dir;

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  @Test
  void createsAnIndexAndRefusesWhatIsNotOne() throws Exception {
    try (Corpus corpus = Corpus.open(dir.resolve("index"))) {
      assertThat(corpus.status().documents()).isZero();
    }
    write(dir.resolve("other/notes.txt"), "不是索引。");
    CorpusException notEmpty =
        assertThrows(CorpusException.class, () -> Corpus.open(dir.resolve("other")));
    assertThat(notEmpty).hasMessageEndingWith("is neither empty nor a clausediff corpus index");
    CorpusException missing =
        assertThrows(CorpusException.class, () -> Corpus.openExisting(dir.resolve("missing")));
    assertThat(missing).hasMessage(dir.resolve("missing") + ": no such index directory");
    CorpusException aFile =
        assertThrows(CorpusException.class, () -> Corpus.open(dir.resolve("other/notes.txt")));
    assertThat(aFile).hasMessageEndingWith("is a file, not an index directory");
  }

  @Test
  void indexesDirectoriesRecursivelySkippingHiddenFilesOtherFormatsAndTheIndex() throws Exception {
    Path docs = dir.resolve("docs");
    Path a = write(docs.resolve("a.txt"), "第一份文件的第一句话。第二句话在这里。");
    Path b = write(docs.resolve("sub/deeper/b.TXT"), "另一份文件的内容，完全不同。");
    write(docs.resolve(".hidden/c.txt"), "隐藏的文件不收录。");
    write(docs.resolve("notes.md"), "不是文本文件。");
    try (Corpus corpus = Corpus.open(docs.resolve("index"))) {
      IndexReport report = corpus.index(List.of(docs));
      assertThat(report.added()).isEqualTo(2);
      assertThat(report.failures()).isEmpty();
      assertThat(corpus.document(key(a)).orElseThrow().text()).isEqualTo("第一份文件的第一句话。第二句话在这里。");
      assertThat(corpus.document(key(b))).isPresent();
      assertThat(corpus.document(key(docs.resolve(".hidden/c.txt")))).isEmpty();
      CorpusStatus status = corpus.status();
      assertThat(status.documents()).isEqualTo(2);
      assertThat(status.units()).isEqualTo(3);
      assertThat(status.codePoints()).isEqualTo(19 + 14);
      assertThat(status.updated()).isPresent();
      assertThat(status.indexBytes()).isPositive();
    }
  }

  @Test
  void indexingAgainSkipsUnchangedFilesReplacesChangedOnesAndPrunesOnlyWhenAsked()
      throws Exception {
    Path docs = dir.resolve("docs");
    Path a = write(docs.resolve("a.txt"), "甲文件的第一句话。");
    Path b = write(docs.resolve("b.txt"), "乙文件的第一句话。");
    Path c = write(docs.resolve("c.txt"), "丙文件的第一句话。");
    try (Corpus corpus = Corpus.open(dir.resolve("index"))) {
      assertThat(corpus.index(List.of(docs)).added()).isEqualTo(3);

      write(b, "乙文件改过了，第一句话。");
      Files.delete(c);
      write(docs.resolve("d.txt"), "丁文件是新的。");
      IndexReport again = corpus.index(List.of(docs));
      assertThat(again)
          .extracting(
              IndexReport::added,
              IndexReport::replaced,
              IndexReport::unchanged,
              IndexReport::pruned)
          .containsExactly(1, 1, 1, 0);
      assertThat(corpus.document(key(b)).orElseThrow().text()).isEqualTo("乙文件改过了，第一句话。");
      assertThat(corpus.status().documents()).isEqualTo(4);

      IndexReport pruned =
          corpus.index(
              List.of(a),
              IndexOptions.defaults().withPrune(true),
              Runnable::run,
              IndexProgress.none());
      assertThat(pruned.unchanged()).isEqualTo(1);
      assertThat(pruned.pruned()).isEqualTo(1);
      assertThat(corpus.document(key(c))).isEmpty();
      assertThat(corpus.status().documents()).isEqualTo(3);
    }
  }

  @Test
  void filesThatCannotBeDecodedAreReportedAndTheOthersIndexed() throws Exception {
    Path good = write(dir.resolve("good.txt"), "可以读的文件。");
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {'a', 0, 'b', 0, 'c'});
    try (Corpus corpus = Corpus.open(dir.resolve("index"))) {
      IndexReport report = corpus.index(List.of(good, binary));
      assertThat(report.added()).isEqualTo(1);
      assertThat(report.failures()).hasSize(1);
      assertThat(report.failures().get(0).path()).isEqualTo(key(binary));
      assertThat(report.failures().get(0).message())
          .startsWith(key(binary) + ": ")
          .contains("binary");
      assertThrows(
          NoSuchFileException.class, () -> corpus.index(List.of(dir.resolve("missing.txt"))));
    }
  }

  @Test
  void progressIsToldOfEveryFileOnTheCallingThread() throws Exception {
    Path docs = dir.resolve("docs");
    for (int i = 0; i < 5; i++) {
      write(docs.resolve("f" + i + ".txt"), "第" + i + "份文件的句子各不相同。");
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> seen = new java.util.ArrayList<>();
    Thread caller = Thread.currentThread();
    try (Corpus corpus = Corpus.open(dir.resolve("index"))) {
      corpus.index(
          List.of(docs),
          IndexOptions.defaults(),
          pool,
          (done, total, file) -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            assertThat(total).isEqualTo(5);
            seen.add(done + " " + Path.of(file).getFileName());
          });
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen).containsExactly("1 f0.txt", "2 f1.txt", "3 f2.txt", "4 f3.txt", "5 f4.txt");
  }

  @Test
  void similarFindsTheDocumentItselfThenItsVersionBeforeOtherDocuments() throws Exception {
    SourceText qinghai = TestData.text(TestData.QINGHAI_2017);
    PlantedEdits.Pair pair = PlantedEdits.seeded(7).withRate(0.2).apply("v", qinghai.text());
    Path version = write(dir.resolve("docs/qinghai-version.txt"), pair.right());
    List<Path> seeds = TestData.SEEDS.stream().map(TestData::path).toList();
    try (Corpus corpus = Corpus.open(dir.resolve("index"))) {
      corpus.index(seeds);
      corpus.index(List.of(version));
      SimilarResult result = corpus.similar(qinghai, 3);
      assertThat(result.hits()).hasSize(3);
      SimilarHit self = result.hits().get(0);
      assertThat(self.path()).isEqualTo(key(TestData.path(TestData.QINGHAI_2017)));
      assertThat(self.similarity()).isEqualTo(1.0);
      assertThat(self.coverage()).isEqualTo(1.0);
      assertThat(self.sha256()).isEqualTo(qinghai.sha256());
      SimilarHit edited = result.hits().get(1);
      assertThat(edited.path()).isEqualTo(key(version));
      assertThat(edited.similarity()).isGreaterThan(0.7).isLessThan(1.0);
      assertThat(edited.coverage()).isGreaterThan(0.75);
      assertThat(result.hits().get(2).path()).endsWith(TestData.HENAN_2017);
      assertThat(result.hits().get(2).similarity()).isLessThan(0.2);
    }
  }

  @Test
  void similarRefusesADocumentWithoutSentences() throws Exception {
    try (Corpus corpus = Corpus.open(dir.resolve("index"))) {
      CorpusException e =
          assertThrows(
              CorpusException.class, () -> corpus.similar(SourceText.of("empty.txt", " \n"), 5));
      assertThat(e).hasMessage("empty.txt: has no sentences to compare");
    }
  }

  @Test
  void reuseClustersExactAndNearPassagesAndTellsBoilerplateFromReuse() throws Exception {
    String addressee = "各市、自治州人民政府，省政府各部门、各直属机构：\n";
    String shared = "加快推进政府职能转变，深化简政放权、放管结合、优化服务改革，持续优化营商环境。";
    String sharedNear = "加快推进政府职能转变，深化简政放权、放管结合、优化服务改革，继续优化营商环境。";
    Path docs = dir.resolve("docs");
    write(docs.resolve("a.txt"), addressee + "第一份文件讨论农业水利设施建设与农村土地流转的相关问题。" + shared);
    write(docs.resolve("b.txt"), addressee + "第二份文件讨论城市交通拥堵治理与公共交通优先发展的安排。" + sharedNear);
    write(docs.resolve("c.txt"), addressee + "第三份文件讨论高等学校科研经费管理与成果转化收益的分配。");
    write(docs.resolve("d.txt"), addressee + "第四份文件讨论森林草原防火责任落实与应急队伍建设的要求。");
    try (Corpus corpus = Corpus.open(dir.resolve("index"))) {
      corpus.index(List.of(docs));
      ReuseReport report = corpus.reuse(ReuseOptions.defaults());
      assertThat(report.documents()).isEqualTo(4);
      assertThat(report.clusters()).hasSize(2);

      ReuseCluster boilerplate = report.clusters().get(0);
      assertThat(boilerplate.label()).isEqualTo(ReuseLabel.BOILERPLATE);
      assertThat(boilerplate.kind()).isEqualTo(ReuseCluster.Kind.EXACT);
      assertThat(boilerplate.documents()).isEqualTo(4);
      assertThat(boilerplate.text()).isEqualTo("各市、自治州人民政府，省政府各部门、各直属机构：");
      assertThat(boilerplate.occurrences())
          .allSatisfy(
              o -> {
                assertThat(o.start()).isZero();
                assertThat(o.from()).isEqualTo(new SourceLocation.Line(1, 1));
              });

      ReuseCluster reuse = report.clusters().get(1);
      assertThat(reuse.label()).isEqualTo(ReuseLabel.REUSE);
      assertThat(reuse.kind()).isEqualTo(ReuseCluster.Kind.NEAR);
      assertThat(reuse.text()).isEqualTo(shared);
      assertThat(reuse.similarity()).isGreaterThanOrEqualTo(0.7).isLessThan(1.0);
      assertThat(reuse.occurrences())
          .extracting(o -> Path.of(o.document()).getFileName().toString())
          .containsExactly("a.txt", "b.txt");
      assertThat(reuse.occurrences().get(0).from())
          .isInstanceOfSatisfying(
              SourceLocation.Line.class, l -> assertThat(l.line()).isEqualTo(2));
      assertThat(report.pairs()).hasSize(1);
      assertThat(report.pairs().get(0).left()).endsWith("a.txt");
      assertThat(report.pairs().get(0).sharedLength()).isEqualTo(shared.length());

      assertThat(corpus.reuse(ReuseOptions.defaults().withMinDocs(3)).clusters()).hasSize(1);
      assertThat(corpus.reuse(ReuseOptions.defaults().withMinLength(30)).clusters())
          .extracting(ReuseCluster::label)
          .containsExactly(ReuseLabel.REUSE);
    }
  }

  /**
   * A responsibility note is a formula: BOILERPLATE wherever it recurs, as {@code dups} labels it,
   * even between two documents only (one group), where the group rule alone says REUSE; and it
   * counts toward no document pair.
   */
  @Test
  void aSharedResponsibilityNoteIsBoilerplateAndRelatesNoDocuments() throws Exception {
    String note = "（省发展改革委、省财政厅、省人力资源社会保障厅按照职责分工负责）";
    String shared = "加快推进政府职能转变，深化简政放权、放管结合、优化服务改革，持续优化营商环境。";
    Path docs = dir.resolve("docs");
    write(docs.resolve("a.txt"), "第一份文件讨论农业水利设施建设与农村土地流转的相关问题。" + note + "\n" + shared + "\n");
    write(docs.resolve("b.txt"), "第二份文件讨论城市交通拥堵治理与公共交通优先发展的安排。" + note + "\n" + shared + "\n");
    try (Corpus corpus = Corpus.open(dir.resolve("index"))) {
      corpus.index(List.of(docs));
      ReuseReport report = corpus.reuse(ReuseOptions.defaults());

      assertThat(report.clusters())
          .extracting(ReuseCluster::text, ReuseCluster::label, ReuseCluster::documents)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(shared, ReuseLabel.REUSE, 2),
              org.assertj.core.groups.Tuple.tuple(note, ReuseLabel.BOILERPLATE, 2));
      assertThat(report.pairs()).hasSize(1);
      assertThat(report.pairs().get(0).sharedLength()).isEqualTo(shared.length());
    }
  }

  @Test
  void aSecondWriterIsRefusedWhileTheFirstIndexes() throws Exception {
    Path docs = dir.resolve("docs");
    write(docs.resolve("a.txt"), "第一份文件。");
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    DocumentReader slow =
        new DocumentReader() {
          @Override
          public boolean accepts(Path file) {
            return true;
          }

          @Override
          public SourceText read(Path file, byte[] content) throws IOException {
            reading.countDown();
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return DocumentReader.plainText().read(file, content);
          }
        };
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try (Corpus first = Corpus.open(dir.resolve("index"), slow);
        Corpus second = Corpus.open(dir.resolve("index"))) {
      Future<IndexReport> running = thread.submit(() -> first.index(List.of(docs)));
      assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
      CorpusException e = assertThrows(CorpusException.class, () -> second.index(List.of(docs)));
      assertThat(e)
          .hasMessageEndingWith("is being indexed by another process; wait for it to finish");
      release.countDown();
      assertThat(running.get(30, TimeUnit.SECONDS).added()).isEqualTo(1);
      assertThat(second.status().documents()).isEqualTo(1);
    } finally {
      thread.shutdownNow();
    }
  }
}
