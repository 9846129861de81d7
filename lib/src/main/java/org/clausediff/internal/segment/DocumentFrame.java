package org.clausediff.internal.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausediff.internal.text.CodePoints;

/**
 * Finds the ends of the framing lines of an official document (公文) — the metadata fields of a web
 * copy ({@code 索 引 号 :…}, {@code 发布机构 :…}), the issuer and title ({@code 青海省人民政府办公厅} {@code
 * 关于…的实施意见}), the document number ({@code 青政办〔2018〕6号}), the addressee ({@code 各市、自治州人民政府，省政府
 * 各委、办、厅、局：}) and the signature with its date ({@code 河南省人民政府办公厅} {@code 2017年8月19日}) — where the
 * line breaks that ended them were lost and nothing else would end a sentence there (cause 8 of
 * issue 16): glued to one another and to the first sentence of the body, they made one unit that no
 * counterpart matches. Each line is a line of its own in a document that kept its breaks, so
 * cutting there changes nothing in such documents. No cut falls inside a bracket or quote pair.
 */
final class DocumentFrame {
  private DocumentFrame() {}

  private static final String DIGIT = "[0-9０-９]";
  private static final String ISSUER = "(?:人民政府|办公厅|委员会|常务委员会)";
  private static final String DATE =
      DIGIT
          + "{4}(?:年"
          + DIGIT
          + "{1,2}月"
          + DIGIT
          + "{1,2}日|[-－/]"
          + DIGIT
          + "{1,2}[-－/]"
          + DIGIT
          + "{1,2})";
  private static final String NUMBER = "\\p{IsHan}{1,6}〔" + DIGIT + "{4}〕" + DIGIT + "{1,4}号";

  /** A metadata field label of a web copy: cut before it. */
  static final Pattern FIELD =
      Pattern.compile(
          "(?:索\\s*引\\s*号|发文字号|发布机构|发文机关|公文时效|主题分类|成文日期|发布日期|公开方式)\\s*[:：]",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** A date as a field's value, then more text: cut after it. */
  static final Pattern FIELD_DATE =
      Pattern.compile("(?<=[:：])\\s*" + DATE + "(?=\\p{IsHan})", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * An issuer's name that starts a line (the stretch, or after a sentence end, a document number or
   * a field's date), as the issuer line of a title or a signature does; inside a sentence an issuer
   * is a subject, not a line.
   */
  private static final String ISSUER_LINE = "(?:^|(?<=[。！？；）号0-9０-９]))\\p{IsHan}{0,16}?" + ISSUER;

  /**
   * A title after its issuer line, then a document number, an addressee or the end: cut around it.
   */
  static final Pattern TITLE =
      Pattern.compile(
          ISSUER_LINE
              + "(关于[^。，、：；！？（）《》“”\\s]{2,80}?(?:实施意见|意见|通知|办法|方案|规定|决定|条例|规划|措施|细则))(?="
              + NUMBER
              + "|各|$)",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** A document number after a title, then more text: cut after it. */
  static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("(?<=实施意见|意见|通知|办法|方案|规定|决定|条例|规划|措施|细则)" + NUMBER + "(?=\\p{IsHan})");

  /**
   * An addressee line (主送机关): names of offices ending in {@code 人民政府：}, {@code 部门：}, {@code 局：} …
   * that open the stretch or follow a document number or a sentence end; cut after it.
   */
  static final Pattern ADDRESSEE =
      Pattern.compile(
          "(?:^|(?<=[号。]))[\\p{IsHan}、，（）]{1,80}?(?:人民政府|部门|局|单位|委员会)：(?=\\S)",
          Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * A signature date after its issuer (any white space between): cut before it, and after it when
   * more text follows (not a terminator).
   */
  static final Pattern SIGNATURE_DATE =
      Pattern.compile(
          ISSUER_LINE + "\\s*(" + DIGIT + "{4}年" + DIGIT + "{1,2}月" + DIGIT + "{1,2}日)",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** What may follow a signature date within its sentence: white space and a terminator. */
  static final Pattern DATE_END =
      Pattern.compile("\\s*(?:[。．.！？；]|$)", Pattern.UNICODE_CHARACTER_CLASS);

  /** The positions in {@code (from, to)} where a framing line ends, ascending. */
  static List<Integer> boundaries(int[] cps, int from, int to, Brackets brackets) {
    // Each pattern runs only where its literal cue is (FrameCues): most paragraphs have none, and
    // a regular expression would try every position of the paragraph.
    Set<FrameCues.Cue> cues = FrameCues.find(cps, from, to);
    if (cues.isEmpty()) {
      return List.of();
    }
    String text = new String(cps, from, to - from);
    TreeSet<Integer> cuts = new TreeSet<>();
    if (cues.contains(FrameCues.Cue.FIELD)) {
      Matcher m = FIELD.matcher(text);
      while (m.find()) {
        add(cuts, text, m.start(), from, to, brackets);
      }
    }
    if (cues.contains(FrameCues.Cue.FIELD_DATE)) {
      Matcher m = FIELD_DATE.matcher(text);
      while (m.find()) {
        add(cuts, text, m.end(), from, to, brackets);
      }
    }
    if (cues.contains(FrameCues.Cue.TITLE)) {
      Matcher m = TITLE.matcher(text);
      while (m.find()) {
        if (!inside(text, m.start(1), from, brackets)) {
          add(cuts, text, m.start(1), from, to, brackets);
          add(cuts, text, m.end(1), from, to, brackets);
        }
      }
    }
    if (cues.contains(FrameCues.Cue.DOCUMENT_NUMBER)) {
      Matcher m = DOCUMENT_NUMBER.matcher(text);
      while (m.find()) {
        add(cuts, text, m.end(), from, to, brackets);
      }
    }
    if (cues.contains(FrameCues.Cue.ADDRESSEE)) {
      // Each match ends at a colon with the cue, at most MAX_ADDRESSEE code points after its start:
      // the search need not look outside that stretch (a paragraph with a responsibility note
      // （责任单位：…） can be long). The bounds are transparent: the look-arounds see past them.
      int first = to;
      int last = from;
      for (int i = from; i < to; i++) {
        if (cps[i] == '：' && FrameCues.endsAddressee(cps, from, i)) {
          first = Math.min(first, i);
          last = i;
        }
      }
      int regionStart = Math.max(from, first - FrameCues.MAX_ADDRESSEE);
      Matcher m =
          ADDRESSEE
              .matcher(text)
              .region(
                  CodePoints.utf16Length(cps, from, regionStart),
                  CodePoints.utf16Length(cps, from, last + 1))
              .useTransparentBounds(true)
              .useAnchoringBounds(false);
      while (m.find()) {
        add(cuts, text, m.end(), from, to, brackets);
      }
    }
    if (cues.contains(FrameCues.Cue.SIGNATURE_DATE)) {
      Matcher m = SIGNATURE_DATE.matcher(text);
      while (m.find()) {
        add(cuts, text, m.start(1), from, to, brackets);
        if (!DATE_END.matcher(text).region(m.end(1), text.length()).lookingAt()) {
          add(cuts, text, m.end(1), from, to, brackets);
        }
      }
    }
    return new ArrayList<>(cuts);
  }

  private static boolean inside(String text, int charIndex, int from, Brackets brackets) {
    return brackets.isInside(from + text.codePointCount(0, charIndex));
  }

  private static void add(
      TreeSet<Integer> cuts, String text, int charIndex, int from, int to, Brackets brackets) {
    int at = from + text.codePointCount(0, charIndex);
    if (at > from && at < to && !brackets.isInside(at) && !brackets.isInside(at - 1)) {
      cuts.add(at);
    }
  }
}
