package org.clausediff.internal.segment;

import org.clausediff.internal.text.CodePoints;

/** The punctuation classes segmentation cuts at. */
final class Punctuation {
  private Punctuation() {}

  /** 。！？； and their variants: a sentence ends here whatever follows. */
  static boolean isCjkTerminator(int cp) {
    switch (cp) {
      case '。':
      case '！':
      case '？':
      case '；':
      case 0xFF61: // ｡ halfwidth ideographic full stop
      case 0xFE12: // ︒ vertical ideographic full stop
      case 0xFE15: // ︕
      case 0xFE16: // ︖
      case 0xFE54: // ﹔ small semicolon
      case 0xFE56: // ﹖
      case 0xFE57: // ﹗
        return true;
      default:
        return false;
    }
  }

  /** Characters that may end a sentence: the CJK terminators and . ! ? ; */
  static boolean isTerminatorChar(int cp) {
    return isCjkTerminator(cp) || cp == '.' || cp == '!' || cp == '?' || cp == ';';
  }

  /** ，、： and their variants: a clause ends here whatever follows. */
  static boolean isCjkClauseMark(int cp) {
    switch (cp) {
      case '，':
      case '、':
      case '：':
      case 0xFE50: // ﹐
      case 0xFE51: // ﹑
      case 0xFE55: // ﹕
      case 0xFF64: // ､ halfwidth ideographic comma
        return true;
      default:
        return false;
    }
  }

  /** Closing quotes and brackets that stay with the sentence or clause they end. */
  static boolean isTrailingCloser(int cp) {
    switch (cp) {
      case '”':
      case '’':
      case '」':
      case '』':
      case '）':
      case ')':
      case '》':
      case '〉':
      case '】':
      case '〕':
      case ']':
      case '"':
      case '\'':
        return true;
      default:
        return false;
    }
  }

  /** The closing counterpart of an opening bracket or quote, or 0 if {@code cp} opens nothing. */
  static int closerOf(int cp) {
    switch (cp) {
      case '（':
        return '）';
      case '(':
        return ')';
      case '《':
        return '》';
      case '〈':
        return '〉';
      case '“':
        return '”';
      case '‘':
        return '’';
      case '「':
        return '」';
      case '『':
        return '』';
      case '【':
        return '】';
      case '〔':
        return '〕';
      case '[':
        return ']';
      case '［':
        return '］';
      case '｛':
        return '｝';
      default:
        return 0;
    }
  }

  /** Whether {@code cp} closes some bracket or quote pair. */
  static boolean isCloser(int cp) {
    switch (cp) {
      case '）':
      case ')':
      case '》':
      case '〉':
      case '”':
      case '’':
      case '」':
      case '』':
      case '】':
      case '〕':
      case ']':
      case '］':
      case '｝':
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether {@code cp} is in the basic block of CJK ideographs (U+4E00–U+9FFF), most of a Chinese
   * text: no class here contains one, so a scan for punctuation can pass it at once.
   */
  static boolean isBasicIdeograph(int cp) {
    return cp >= 0x4E00 && cp <= 0x9FFF;
  }

  static boolean isSpace(int cp) {
    return CodePoints.isWhitespace(cp);
  }

  static boolean isAsciiLetter(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }

  static boolean isLowercaseLetter(int cp) {
    return Character.isLowerCase(cp);
  }
}
