package org.clausediff.robustness;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Turns fuzzer input into text that reaches deep into the pipeline. Random bytes seldom spell a
 * heading label or a combining sequence, so most input bytes pick a fragment from an alphabet of
 * the things clausediff cares about: Chinese and English heading labels, sentence and clause marks,
 * brackets and quotes, every kind of white space and line end, combining marks, variation
 * selectors, invisible and bidirectional marks, compatibility characters and supplementary
 * ideographs. Bytes beyond the alphabet start an arbitrary code point.
 *
 * <p>The mapping is a pure function of the input, so every stored finding replays exactly.
 */
public final class FuzzText {
  private FuzzText() {}

  /** The alphabet; its order is part of the meaning of stored inputs, so only append to it. */
  static final List<String> FRAGMENTS =
      List.of(
          // Chinese heading labels
          "一、",
          "二、",
          "十一、",
          "一百、",
          "（一）",
          "（二）",
          "(三)",
          "1.",
          "2.",
          "10.",
          "1、",
          "（1）",
          "(2)",
          "①",
          "②",
          "第一章",
          "第一条 ",
          "第3条 ",
          "第二部分",
          "第一节",
          // English labels
          "Article 5.",
          "Section 2.1 ",
          "Chapter II ",
          "(a)",
          "(iv)",
          "1.1 ",
          "1.1.1 ",
          "Part I ",
          // sentence and clause marks, brackets, quotes
          "。",
          "，",
          "、",
          "：",
          "；",
          "！",
          "？",
          "…",
          "——",
          "“",
          "”",
          "《",
          "》",
          "（",
          "）",
          "【",
          "】",
          "「",
          "」",
          "(",
          ")",
          ".",
          ",",
          ";",
          ":",
          "!",
          "?",
          ". ",
          "...",
          "1,000",
          "10:30",
          // white space and line ends
          " ",
          "\u3000",
          "\t",
          "\n",
          "\r\n",
          "\r",
          "\n\n",
          "\u2028",
          "\u2029",
          "\u0085",
          "\u00A0",
          "\u000B",
          "\u000C",
          // words
          "总体要求",
          "提高行政审批服务效能",
          "优化",
          "推进",
          "机制",
          "的",
          "互联网十",
          "网",
          "十",
          "2017年",
          "1.5亿",
          "e.g.",
          "Mr.",
          "the parties agree",
          "Smith",
          "J.",
          "（省发展改革委负责）",
          "二〇一七",
          // combining sequences, selectors, invisible and bidirectional marks
          "e\u0301",
          "\u0301",
          "\u0323",
          "\u3099",
          "か",
          "\u0308",
          "\u00A8",
          "葛\uDB40\uDD00",
          "\uFE0F",
          "\u200B",
          "\u200D",
          "\u200E",
          "\u200F",
          "\u202E",
          "\u202C",
          "\u2066",
          "\uFEFF",
          "\u00AD",
          "\u1100\u1161",
          "\u180B",
          // supplementary and compatibility characters, full-width forms
          "𠮷",
          "\uD83D\uDE00",
          "㍿",
          "ﷺ",
          "Ａ",
          "０",
          "＋",
          "ｶ",
          "ﾞ",
          "⋯",
          "〜",
          "\u2F00",
          "\u3280",
          "\u2474",
          "\u2488",
          "\u3220",
          "\uFF0E",
          "\uFF08",
          "\uFF09",
          // Latin and other scripts
          "a",
          "Z",
          "9",
          "שלום",
          "مرحبا",
          "<script>",
          "</p>",
          "&amp;",
          "\u0000",
          "\u0007",
          "\u007F");

  /** The byte that {@link #encode} puts before a code point that no fragment spells. */
  private static final int ESCAPE = 0xFF;

  /**
   * The bytes that {@link #spell} turns back into {@code text}: the longest fragment at each
   * position, or an escaped code point. Used to make seed inputs from real documents.
   */
  public static byte[] encode(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      int best = -1;
      for (int f = 0; f < FRAGMENTS.size(); f++) {
        String fragment = FRAGMENTS.get(f);
        if (text.startsWith(fragment, i)
            && (best < 0 || fragment.length() > FRAGMENTS.get(best).length())) {
          best = f;
        }
      }
      if (best >= 0) {
        out.write(best);
        i += FRAGMENTS.get(best).length();
      } else {
        int cp = text.codePointAt(i);
        out.write(ESCAPE);
        out.write(cp >> 16);
        out.write(cp >> 8);
        out.write(cp);
        i += Character.charCount(cp);
      }
    }
    return out.toByteArray();
  }

  /**
   * The text spelled by the rest of {@code data}: each byte below the alphabet's size picks a
   * fragment; any other byte takes the next three bytes as a code point (surrogates become U+FFFD).
   */
  public static String from(FuzzedDataProvider data) {
    return spell(data.consumeRemainingAsBytes());
  }

  /**
   * The unsigned byte at {@code index} of {@code bytes}, or 0 past the end: targets that read a
   * header of option bytes before the text use it, so that any input, however short, is valid.
   */
  public static int byteAt(byte[] bytes, int index) {
    return index < bytes.length ? bytes[index] & 0xFF : 0;
  }

  /** The text that {@code bytes} from {@code from} to {@code to} spell; see {@link #from}. */
  public static String spell(byte[] bytes, int from, int to) {
    return spell(
        Arrays.copyOfRange(bytes, Math.min(from, bytes.length), Math.min(to, bytes.length)));
  }

  /** The text that {@code bytes} spell; see {@link #from}. */
  public static String spell(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b < FRAGMENTS.size()) {
        out.append(FRAGMENTS.get(b));
        continue;
      }
      int cp = 0;
      for (int k = 0; k < 3 && i + 1 < bytes.length; k++) {
        cp = (cp << 8) | (bytes[++i] & 0xFF);
      }
      cp %= Character.MAX_CODE_POINT + 1;
      out.appendCodePoint(Character.isSurrogate((char) cp) && cp <= 0xFFFF ? 0xFFFD : cp);
    }
    return out.toString();
  }
}
