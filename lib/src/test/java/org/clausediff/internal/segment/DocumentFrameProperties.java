package org.clausediff.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.clausediff.testing.TestData;
import org.clausediff.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of {@link DocumentFrame}: with its literal cues ({@link FrameCues}) it finds
 * the same boundaries as the plain rule, every pattern run over every paragraph (kept here as
 * {@link #reference}).
 */
class DocumentFrameProperties {
  /** Pieces of framing lines and of the text around them, cues and near misses alike. */
  private static final String[] PIECES = {
    "青海省", "河南省", "人民政府", "办公厅", "常务委员会", "委员会", "关于", "印发", "加快", "新动能", "实施意见", "意见", "通知", "办法",
    "规定", "条例", "措施", "细则", "青政办", "国办发", "〔", "〕", "2018", "２０１７", "6", "１２", "号", "年", "8月",
    "19日", "12", "月", "日", "：", ":", " ", "　", "\t", "各市", "自治州", "部门", "局", "单位", "索 引 号", "索引号",
    "发文字号", "发布机构", "成文日期", "发布日期", "公开方式", "主题分类", "。", "，", "、", "；", "（", "）", "《", "》", "“",
    "”", "-", "/", "．", "𠀀", "a", "Z"
  };

  /** Whole framing lines, which the generator also cuts short to make near misses. */
  private static final String[] LINES = {
    "青海省人民政府办公厅关于加快新动能接续转换的实施意见",
    "省人民政府关于印发方案的通知",
    "青政办〔2018〕6号",
    "国办发〔２０１７〕４号",
    "发布日期：2018-01-02",
    "成文日期 : 2017年8月19日",
    "索 引 号：",
    "各市、自治州人民政府，省政府各委、办、厅、局：",
    "河南省人民政府办公厅 2017年8月19日",
    "常务委员会　２０１８年１２月３日。",
    "（省发展改革委负责）",
    // Long runs without punctuation: lines longer than a pattern reaches.
    "深入推进简政放权放管结合优化服务改革".repeat(5),
    "加快新旧动能接续转换".repeat(3)
  };

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void cuesKeepEveryBoundaryOfThePlainRule(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      String text = generated(random);
      int[] cps = text.codePoints().toArray();
      int from = random.nextInt(Math.min(3, cps.length) + 1);
      int to = cps.length - random.nextInt(Math.min(3, cps.length - from) + 1);
      Brackets brackets = Brackets.find(cps, from, to, 1 + random.nextInt(40));
      assertThat(DocumentFrame.boundaries(cps, from, to, brackets))
          .as("seed %s, text [%s] from %s to %s", seed, text, from, to)
          .isEqualTo(reference(cps, from, to, brackets));
    }
  }

  /** The generated texts reach every pattern, so the property above tests every cue. */
  @Test
  void generatedTextsMatchEveryPattern() {
    List<Pattern> patterns =
        List.of(
            DocumentFrame.FIELD,
            DocumentFrame.FIELD_DATE,
            DocumentFrame.TITLE,
            DocumentFrame.DOCUMENT_NUMBER,
            DocumentFrame.ADDRESSEE,
            DocumentFrame.SIGNATURE_DATE);
    int[] matches = new int[patterns.size()];
    seeds()
        .forEach(
            seed -> {
              Random random = new Random(seed);
              for (int round = 0; round < 20; round++) {
                String text = generated(random);
                for (int p = 0; p < patterns.size(); p++) {
                  matches[p] += patterns.get(p).matcher(text).find() ? 1 : 0;
                }
              }
            });
    assertThat(Arrays.stream(matches).min().orElseThrow())
        .as("%s", Arrays.toString(matches))
        .isGreaterThanOrEqualTo(20);
  }

  private static String generated(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(30);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(4) == 0) {
        String line = LINES[random.nextInt(LINES.length)];
        int cut = random.nextInt(3) == 0 ? random.nextInt(line.length()) : 0;
        text.append(
            random.nextBoolean() ? line.substring(cut) : line.substring(0, line.length() - cut));
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return text.toString();
  }

  /** Every text file of testdata: the seeds, the evaluation pairs, text extracted by real tools. */
  static Stream<Path> textFiles() throws IOException {
    try (Stream<Path> files = Files.walk(TestData.dir())) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textFiles")
  void cuesKeepEveryBoundaryOfThePlainRuleOnTheTestData(Path file) throws IOException {
    // Files in other encodings are read with replacement characters: still real text.
    int[] cps = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).codePoints().toArray();
    for (Span paragraph : Paragraphs.find(cps)) {
      Brackets brackets = Brackets.find(cps, paragraph.start(), paragraph.end(), 60);
      List<Integer> expected = reference(cps, paragraph.start(), paragraph.end(), brackets);
      assertThat(DocumentFrame.boundaries(cps, paragraph.start(), paragraph.end(), brackets))
          .as("paragraph %s of %s", paragraph, file)
          .isEqualTo(expected);
    }
  }

  /** The plain rule: every pattern over the whole stretch. */
  private static List<Integer> reference(int[] cps, int from, int to, Brackets brackets) {
    String text = new String(cps, from, to - from);
    TreeSet<Integer> cuts = new TreeSet<>();
    Matcher m = DocumentFrame.FIELD.matcher(text);
    while (m.find()) {
      add(cuts, text, m.start(), from, to, brackets);
    }
    m = DocumentFrame.FIELD_DATE.matcher(text);
    while (m.find()) {
      add(cuts, text, m.end(), from, to, brackets);
    }
    m = DocumentFrame.TITLE.matcher(text);
    while (m.find()) {
      if (!brackets.isInside(from + text.codePointCount(0, m.start(1)))) {
        add(cuts, text, m.start(1), from, to, brackets);
        add(cuts, text, m.end(1), from, to, brackets);
      }
    }
    m = DocumentFrame.DOCUMENT_NUMBER.matcher(text);
    while (m.find()) {
      add(cuts, text, m.end(), from, to, brackets);
    }
    m = DocumentFrame.ADDRESSEE.matcher(text);
    while (m.find()) {
      add(cuts, text, m.end(), from, to, brackets);
    }
    m = DocumentFrame.SIGNATURE_DATE.matcher(text);
    while (m.find()) {
      add(cuts, text, m.start(1), from, to, brackets);
      if (!DocumentFrame.DATE_END.matcher(text).region(m.end(1), text.length()).lookingAt()) {
        add(cuts, text, m.end(1), from, to, brackets);
      }
    }
    return new ArrayList<>(cuts);
  }

  private static void add(
      TreeSet<Integer> cuts, String text, int charIndex, int from, int to, Brackets brackets) {
    int at = from + text.codePointCount(0, charIndex);
    if (at > from && at < to && !brackets.isInside(at) && !brackets.isInside(at - 1)) {
      cuts.add(at);
    }
  }
}
