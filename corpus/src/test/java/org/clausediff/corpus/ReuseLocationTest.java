package org.clausediff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausediff.corpus.report.CorpusJsonWriter;
import org.clausediff.corpus.report.CorpusTextWriter;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceMap;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Occurrences in documents read with a source map (as the formats module reads Word files) carry
 * the map's locations, through the index, into the reports.
 */
class ReuseLocationTest {
  @TempDir Path dir;

  private static final String SHARED = "加快推进政府职能转变，深化简政放权、放管结合、优化服务改革，持续优化营商环境。";

  /** Reads {@code .docx} files that are really plain text, one Word paragraph per line. */
  private static final DocumentReader PARAGRAPHS =
      new DocumentReader() {
        @Override
        public boolean accepts(Path file) {
          return file.toString().endsWith(".docx");
        }

        @Override
        public SourceText read(Path file, byte[] content) {
          SourceText text =
              SourceText.of(file.toString(), new String(content, StandardCharsets.UTF_8));
          SourceMap.Builder map = SourceMap.builder();
          for (SourceMap.Run run : SourceMap.lines(text).runs()) {
            SourceLocation.Line line = (SourceLocation.Line) run.location();
            map.add(run.start(), SourceLocation.Paragraph.of(line.line()));
          }
          return text.withSource(SourceFormat.DOCX, map.build(text.length()));
        }
      };

  @Test
  void theNotesOfItsReaderComeBackWithAStoredText() throws Exception {
    Path docs = dir.resolve("noted");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("a.docx"), "第一份文件讨论农业水利设施建设。\n" + SHARED + "\n");
    Files.writeString(docs.resolve("b.txt"), "第二份文件讨论城市交通拥堵治理。\n" + SHARED + "\n");
    List<String> notes =
        List.of("tracked deletion in ¶ 9 left out: 一年", "2 text boxes or drawings left out");
    DocumentReader noted = paragraphsAndPlainText(notes);
    try (Corpus corpus = Corpus.open(dir.resolve("noted-index"), noted)) {
      corpus.index(List.of(docs));

      String a = docs.resolve("a.docx").toAbsolutePath().normalize().toString();
      String b = docs.resolve("b.txt").toAbsolutePath().normalize().toString();
      assertThat(corpus.document(a).orElseThrow().notes()).isEqualTo(notes);
      assertThat(corpus.document(b).orElseThrow().notes()).isEmpty();
    }
  }

  @Test
  void occurrencesInDocumentsCarryTheirParagraphs() throws Exception {
    Path docs = dir.resolve("docs");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("a.txt"), "第一份文件讨论农业水利设施建设与农村土地流转的相关问题。\n" + SHARED + "\n");
    Files.writeString(docs.resolve("b.docx"), "标题\n第二份文件讨论城市交通拥堵治理与公共交通优先发展的安排。\n" + SHARED + "\n");
    DocumentReader both = paragraphsAndPlainText(List.of());
    try (Corpus corpus = Corpus.open(dir.resolve("index"), both)) {
      corpus.index(List.of(docs));
      ReuseReport report = corpus.reuse(ReuseOptions.defaults());

      assertThat(report.clusters()).hasSize(1);
      List<Occurrence> occurrences = report.clusters().get(0).occurrences();
      assertThat(occurrences)
          .extracting(Occurrence::from, Occurrence::to)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  new SourceLocation.Line(2, 1), new SourceLocation.Line(2, 40)),
              org.assertj.core.groups.Tuple.tuple(
                  SourceLocation.Paragraph.of(3), SourceLocation.Paragraph.of(3)));
      // The stored text keeps its map too, for whoever reads it back.
      assertThat(corpus.document(occurrences.get(1).document()).orElseThrow().sourceMap())
          .isEqualTo(
              PARAGRAPHS
                  .read(Path.of("x.docx"), Files.readAllBytes(docs.resolve("b.docx")))
                  .sourceMap());

      JsonNode json = new ObjectMapper().readTree(CorpusJsonWriter.reuse().render(report));
      JsonNode first = json.at("/clusters/0/occurrences/0/source");
      JsonNode second = json.at("/clusters/0/occurrences/1/source");
      assertThat(first.toString())
          .isEqualTo("{\"line\":2,\"column\":1,\"endLine\":2,\"endColumn\":40}");
      assertThat(second.toString()).isEqualTo("{\"paragraph\":3,\"end\":{\"paragraph\":3}}");

      String text = CorpusTextWriter.reuse().render(report);
      assertThat(text).contains("a.txt:2:1 [").contains("b.docx (¶ 3) [");
    }
  }

  /**
   * Reads .docx names with {@link #PARAGRAPHS} (giving each text {@code notes}), others as text.
   */
  private static DocumentReader paragraphsAndPlainText(List<String> notes) {
    return new DocumentReader() {
      @Override
      public boolean accepts(Path file) {
        return PARAGRAPHS.accepts(file) || DocumentReader.plainText().accepts(file);
      }

      @Override
      public SourceText read(Path file, byte[] content) throws java.io.IOException {
        return PARAGRAPHS.accepts(file)
            ? PARAGRAPHS.read(file, content).withNotes(notes)
            : DocumentReader.plainText().read(file, content);
      }
    };
  }
}
