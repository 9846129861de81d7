package org.clausediff.internal.normalize;

import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationRule;

/** {@link NormalizationRule#PUNCTUATION}: quote, dash, bracket, dot and ellipsis variants. */
final class PunctuationRule extends Rule {

  PunctuationRule(CodePointSink next) {
    super(next);
  }

  @Override
  public void acceptPlain(SourceText source, int from, int to) {
    next.acceptPlain(source, from, to); // plain code points pass unchanged
  }

  @Override
  public void accept(int cp, int sourceStart, int sourceEnd) {
    if (cp == 0x22EF) { // ⋯ MIDLINE HORIZONTAL ELLIPSIS
      markChanged();
      emitAll("...", sourceStart, sourceEnd);
      return;
    }
    int folded = fold(cp);
    if (folded != cp) {
      markChanged();
    }
    next.accept(folded, sourceStart, sourceEnd);
  }

  static int fold(int cp) {
    switch (cp) {
      case 0x201C: // “
      case 0x201D: // ”
      case 0x201E: // „
      case 0x201F: // ‟
      case 0x301D: // 〝
      case 0x301E: // 〞
      case 0x301F: // 〟
      case 0x00AB: // «
      case 0x00BB: // »
      case 0x300C: // 「
      case 0x300D: // 」
      case 0x300E: // 『
      case 0x300F: // 』
      case 0xFE41: // ﹁
      case 0xFE42: // ﹂
      case 0xFE43: // ﹃
      case 0xFE44: // ﹄
      case 0xFF02: // ＂
        return '"';
      case 0x2018: // ‘
      case 0x2019: // ’
      case 0x201A: // ‚
      case 0x201B: // ‛
      case 0x2032: // ′
      case 0xFF07: // ＇
        return '\'';
      case 0x2010: // ‐
      case 0x2011: // ‑
      case 0x2012: // ‒
      case 0x2013: // –
      case 0x2014: // —
      case 0x2015: // ―
      case 0x2212: // −
      case 0x2043: // ⁃
      case 0xFE58: // ﹘
      case 0xFE63: // ﹣
      case 0xFF0D: // －
        return '-';
      case 0x3014: // 〔
      case 0x3010: // 【
      case 0x3016: // 〖
      case 0x3018: // 〘
      case 0xFF3B: // ［
        return '[';
      case 0x3015: // 〕
      case 0x3011: // 】
      case 0x3017: // 〗
      case 0x3019: // 〙
      case 0xFF3D: // ］
        return ']';
      case 0x30FB: // ・
      case 0x2027: // ‧
      case 0x2022: // •
      case 0x2219: // ∙
      case 0x22C5: // ⋅
      case 0xFF65: // ･
        return 0x00B7;
      case 0x301C: // 〜
      case 0xFF5E: // ～
        return '~';
      default:
        return cp;
    }
  }
}
