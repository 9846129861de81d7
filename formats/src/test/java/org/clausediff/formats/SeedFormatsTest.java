package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clausediff.ClauseDiff;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seed's .docx, .doc and .pdf (and the Henan web page), made by LibreOffice from the seed's
 * .txt, reads back as the same body text: {@code ClauseDiff.compare} of the .txt with the
 * extraction finds no differences, except those the format forces, each listed and explained here.
 */
class SeedFormatsTest {

  private static final String SIX = "（六）健全信用约束机制";
  private static final String SIX_BODY =
      "充分利用全国（云南）信用信息共享平台、国家企业信用信息公示系统（云南），完善市场主体诚信档案和信用信息采集、归集、公示、评价、应用、服务体系，推动部门数据交换共享，加强对即时信息的监督。";
  private static final String SEVENTEEN = "（十七）完善统计调查支撑机制";
  private static final String SEVENTEEN_BODY =
      "按照国家在有关统计调查分类标准、指标体系、发展指数等方面的新要求，贯彻落实新兴经济领域市场主体统计调查和监测分析制度，搜集、处理、发布和共享新产业新业态数据。";

  /**
   * The differences each format forces, by fixture. Anything else, or one of these missing, fails.
   */
  private static final Map<String, List<String>> FORCED =
      Map.of(
          // The garbled Yunnan copy runs headings into the text with no line break, so the
          // segmenter splits "（六）健全信用约束机制" from the sentence glued to it. In the PDF,
          // LibreOffice happened to start a line with "（六）" (and "（十七）") after a line that ends
          // short in "负责）"; a line that stops short after a closing bracket, followed by a
          // numbered heading, ends a paragraph in every other seed (Henan's "（三）", say), so the
          // PDF reads a paragraph break there, and the heading with its sentence becomes one
          // sentence: the link is MERGED instead of EQUAL. The text itself is the same. "（六）"
          // occurs twice in the garbled copy (it is one of its duplicated passages).
          "yunnan-2017-new-growth-drivers-garbled.pdf",
          List.of(merged(SIX, SIX_BODY), merged(SIX, SIX_BODY), merged(SEVENTEEN, SEVENTEEN_BODY)));

  private static String merged(String heading, String sentence) {
    return "MERGED sentence: " + heading + " | " + sentence + " -> " + heading + sentence;
  }

  static Stream<Arguments> fixtures() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (String seed : TestData.SEEDS) {
      String base = seed.substring(0, seed.length() - ".txt".length());
      for (String extension : List.of("docx", "doc", "pdf")) {
        cases.add(Arguments.of(seed, base + "." + extension));
      }
    }
    cases.add(Arguments.of(TestData.HENAN_2017, "henan-2017-new-growth-drivers.html"));
    return cases.build();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("fixtures")
  void readsTheSameBodyTextAsTheSeed(String seed, String fixture) throws IOException {
    SourceText text = TestData.text(seed);
    SourceText extracted = DocumentReader.defaults().read(TestData.path("formats/" + fixture));
    assertThat(extracted.format().id()).isEqualTo(fixture.substring(fixture.lastIndexOf('.') + 1));
    List<String> differences = Differences.of(ClauseDiff.create().compare(text, extracted));
    assertThat(differences)
        .as("differences of %s from %s", fixture, seed)
        .containsExactlyElementsOf(FORCED.getOrDefault(fixture, List.of()));
  }
}
